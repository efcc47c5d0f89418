using System.Text.Json;
using HeelBot.Builder.Choices;
using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Prompts;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;

namespace HeelBot.Builder.Tests.State;

public class StateJsonTests
{
    public enum Onset
    {
        Sudden,
        Gradual,
    }

    [Fact]
    public void RoundTrip_TypedRecordAsObject_ComesBackAsTheRecord()
    {
        object value = new Assessment(Onset.Gradual, 6, ["morgen", "trappe"]);

        var read = StateJson.Deserialize(StateJson.Serialize(value));

        read.Should().BeOfType<Assessment>().Which.Should().BeEquivalentTo(value);
    }

    [Fact]
    public void Serialize_Enum_IsWrittenAsCamelCaseText()
    {
        StateJson.Serialize(new Assessment(Onset.Gradual, null, [])).Should().Contain("\"gradual\"").And.NotContain("\"weeks\"");
    }

    [Fact]
    public void RoundTrip_DictionaryOfMixedValues_KeepsPrimitivesListsAndRecords()
    {
        var values = new Dictionary<string, object>
        {
            ["text"] = "hæl",
            ["whole"] = 3,
            ["fraction"] = 2.5,
            ["flag"] = true,
            ["list"] = new List<object> { "a", 1L },
            ["record"] = new Assessment(Onset.Sudden, 1, []),
            ["since"] = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
            ["words"] = new List<string> { "fod" },
        };

        var read = (Dictionary<string, object>)StateJson.Deserialize(StateJson.Serialize(values))!;

        read["text"].Should().Be("hæl");
        read["whole"].Should().Be(3L, "a number without a type comes back as the widest integer");
        read["fraction"].Should().Be(2.5);
        read["flag"].Should().Be(true);
        read["list"].Should().BeEquivalentTo(new List<object> { "a", 1L });
        read["record"].Should().BeOfType<Assessment>();
        read["since"].Should().Be(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        read["words"].Should().BeOfType<List<string>>().Which.Should().Equal("fod");
    }

    [Fact]
    public void RoundTrip_HeelBotGenericOverFrameworkType_IsAllowed()
    {
        object value = new PromptRecognizerResult<int> { Succeeded = true, Value = 7 };

        var read = StateJson.Deserialize(StateJson.Serialize(value));

        read.Should().BeOfType<PromptRecognizerResult<int>>().Which.Value.Should().Be(7);
    }

    [Fact]
    public void RoundTrip_DialogStateWithPromptOptions_KeepsTheStack()
    {
        var state = new DialogState();
        state.DialogStack.Add(new DialogInstance
        {
            Id = "ask",
            State = { ["options"] = new PromptOptions { Prompt = MessageFactory.Text("Hvor?"), Style = ListStyle.List } },
        });

        var read = (DialogState)StateJson.Deserialize(StateJson.Serialize(state))!;

        var options = read.DialogStack.Single().State["options"].Should().BeOfType<PromptOptions>().Subject;
        options.Prompt!.Text.Should().Be("Hvor?");
        options.Style.Should().Be(ListStyle.List);
    }

    [Theory]
    [InlineData("System.IO.FileInfo, System.Private.CoreLib")]
    [InlineData("System.Diagnostics.Process, System.Diagnostics.Process")]
    [InlineData("HeelBotX.Evil, HeelBotX")]
    [InlineData("System.Collections.ObjectModel.ObservableCollection`1[[HeelBot.Builder.Schema.Activity, HeelBot.Builder]], System.ObjectModel")]
    [InlineData("System.Collections.Generic.List`1[[System.IO.FileInfo, System.Private.CoreLib]], System.Private.CoreLib")]
    [InlineData("not a type name [[")]
    public void Deserialize_TypeOutsideTheAllowList_IsRefused(string typeName)
    {
        var json = $$"""{ "$type": {{JsonSerializer.Serialize(typeName)}}, "$value": [] }""";

        var act = () => StateJson.Deserialize(json);

        act.Should().Throw<JsonException>().WithMessage("*not allowed*");
    }

    [Fact]
    public void Serialize_ObjectOfAFrameworkTypeOutsideTheAllowList_FailsWhenSaving()
    {
        object value = new Uri("https://example.org/");

        var act = () => StateJson.Serialize(value);

        act.Should().Throw<JsonException>().WithMessage("*System.Uri*");
    }

    public sealed record Assessment(Onset Onset, int? Weeks, List<string> Triggers);
}
