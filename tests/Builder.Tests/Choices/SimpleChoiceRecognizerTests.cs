using HeelBot.Builder.Choices;

namespace HeelBot.Builder.Tests.Choices;

public class SimpleChoiceRecognizerTests
{
    private static readonly List<Choice> Onset =
    [
        new("sudden", "Pludseligt", ["med et smæld", "på én gang"]),
        new("gradual", "Gradvist", ["langsomt", "lidt efter lidt"]),
        new("unknown", "Ved ikke"),
    ];

    [Theory]
    [InlineData("Pludseligt", "sudden", 0, 1.0)]
    [InlineData("pludseligt.", "sudden", 0, 1.0)]
    [InlineData("  GRADVIST!  ", "gradual", 1, 1.0)]
    [InlineData("langsomt", "gradual", 1, 1.0)]
    [InlineData("gradual", "gradual", 1, 1.0)]
    [InlineData("ved ikke", "unknown", 2, 1.0)]
    [InlineData("1", "sudden", 0, 1.0)]
    [InlineData("3", "unknown", 2, 1.0)]
    [InlineData("det kom lidt efter lidt", "gradual", 1, 0.8)]
    [InlineData("det skete med et smæld i går", "sudden", 0, 0.8)]
    public void Recognize_Utterance_FindsTheChoice(string text, string value, int index, double score)
    {
        var found = SimpleChoiceRecognizer.Recognize(text, Onset, "da-DK");

        found.Should().NotBeNull();
        found!.Value.Should().Be(value);
        found.Index.Should().Be(index);
        found.Score.Should().Be(score);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("+1")]
    [InlineData("i går")]
    [InlineData("langsomtgående")]
    [InlineData("gradvistnok")]
    public void Recognize_NoChoiceMeant_ReturnsNull(string text)
    {
        SimpleChoiceRecognizer.Recognize(text, Onset, "da-DK").Should().BeNull();
    }

    [Fact]
    public void Recognize_ExactMatchLaterInTheList_WinsOverAnEarlierPartialMatch()
    {
        List<Choice> choices = [new("a", "Ondt i hælen"), new("b", "hælen")];

        SimpleChoiceRecognizer.Recognize("hælen", choices, null)!.Value.Should().Be("b");
    }

    [Fact]
    public void Recognize_TwoPartialMatches_TheFirstChoiceWins()
    {
        List<Choice> choices = [new("morning", "morgen"), new("evening", "aften")];

        SimpleChoiceRecognizer.Recognize("både morgen og aften", choices, null)!.Value.Should().Be("morning");
    }

    [Fact]
    public void Recognize_MatchedSynonym_IsReported()
    {
        SimpleChoiceRecognizer.Recognize("langsomt", Onset, null)!.Synonym.Should().Be("langsomt");
    }

    [Fact]
    public void Recognize_NullText_ReturnsNull()
    {
        SimpleChoiceRecognizer.Recognize(null!, Onset, null).Should().BeNull();
    }
}
