using HeelBot.Builder.Choices;
using HeelBot.Builder.Prompts;
using HeelBot.Builder.Schema;
using HeelBot.Builder.Tests.Support;

namespace HeelBot.Builder.Tests.Prompts;

public class ChoicePromptTests
{
    private static readonly PromptOptions WhereOptions = new()
    {
        Prompt = MessageFactory.Text("Hvor gør det ondt?"),
        RetryPrompt = MessageFactory.Text("Vælg et af punkterne."),
        Choices =
        [
            new Choice("heel_bottom", "Under hælen", ["trædefladen", "under foden"]),
            new Choice("heel_back", "Bag på hælen", ["akillessenen", "senen"]),
            new Choice("elsewhere", "Et andet sted"),
        ],
    };

    [Theory]
    [InlineData("Under hælen", "heel_bottom#0")]
    [InlineData("bag på hælen", "heel_back#1")]
    [InlineData("akillessenen", "heel_back#1")]
    [InlineData("det er nok senen der driller", "heel_back#1")]
    [InlineData("2", "heel_back#1")]
    [InlineData("3", "elsewhere#2")]
    [InlineData("heel_bottom", "heel_bottom#0")]
    public async Task ChoicePrompt_TitleSynonymOrOrdinal_PicksTheChoice(string answer, string expected)
    {
        var host = PromptTestHost.For(() => new ChoicePrompt("prompt"), WhereOptions);

        await host.Flow()
            .Send("hej").AssertReply(a => a.Text.Should().Be("Hvor gør det ondt?"))
            .Send(answer).AssertReply($"result: {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_NoMatch_SendsTheRetryPromptWithTheChoicesAgain()
    {
        var host = PromptTestHost.For(() => new ChoicePrompt("prompt"), WhereOptions, Channels.Webchat);

        await host.Flow()
            .Send("hej").AssertReply(a => a.Text.Should().Be("Hvor gør det ondt?"))
            .Send("i knæet").AssertReply(a =>
            {
                a.Text.Should().Be("Vælg et af punkterne.");
                a.SuggestedActions!.Actions.Select(x => x.Title).Should().Equal("Under hælen", "Bag på hælen", "Et andet sted");
            })
            .Send("4").AssertReply(a => a.Text.Should().Be("Vælg et af punkterne."))
            .Send("1").AssertReply("result: heel_bottom#0")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_OnSms_AcceptsTheNumberOfTheListedLine()
    {
        var host = PromptTestHost.For(() => new ChoicePrompt("prompt"), WhereOptions, Channels.Sms);

        await host.Flow()
            .Send("hej").AssertReply("Hvor gør det ondt?\n1. Under hælen\n2. Bag på hælen\n3. Et andet sted")
            .Send("3").AssertReply("result: elsewhere#2")
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_ExplicitStyle_OverridesTheChannelDefault()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("Side?"), Choices = [new Choice("left", "Venstre"), new Choice("right", "Højre")], Style = ListStyle.Inline };
        var host = PromptTestHost.For(() => new ChoicePrompt("prompt"), options, Channels.Webchat);

        await host.Flow().Send("hej").AssertReply("Side? (1) Venstre, (2) Højre").StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_CustomRecognizer_IsUsed()
    {
        var host = PromptTestHost.For(
            () => new ChoicePrompt("prompt") { Recognizer = (text, choices, _) => text == "den første" ? new FoundChoice(choices[0].Value, 0, 1) : null },
            WhereOptions);

        await host.Flow().Send("hej").AssertReply(_ => { }).Send("den første").AssertReply("result: heel_bottom#0").StartTestAsync();
    }

    [Fact]
    public async Task ChoicePrompt_ChoicesSurviveTheSaveBetweenTurns()
    {
        var host = PromptTestHost.For(() => new ChoicePrompt("prompt"), WhereOptions);

        await host.Flow().Send("hej").AssertReply(_ => { }).StartTestAsync();
        var stored = (await host.StoredDialogStateAsync())!;

        var inner = (HeelBot.Builder.Dialogs.DialogState)stored.DialogStack[0].State["dialogs"];
        var options = (PromptOptions)inner.DialogStack[0].State["options"];
        options.Choices!.Select(c => (c.Value, c.Title)).Should().Equal(WhereOptions.Choices!.Select(c => (c.Value, c.Title)));
        options.Choices![0].Synonyms.Should().Equal("trædefladen", "under foden");
    }
}
