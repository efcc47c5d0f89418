using HeelBot.Recognizers.Choices;

namespace HeelBot.Recognizers.Tests.Choices;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Locations =
    [
        new("under", ["under hælen", "i fodsålen", "under foden"]),
        new("behind", ["bag på hælen", "ved achillessenen", "bagpå"]),
        new("whole", ["hele hælen", "rundt om hælen"]),
        new("pad", ["i hælpuden", "fedtpuden"]),
        new("unsure", ["ved ikke", "usikker"]),
    ];

    private static readonly Choice[] EnglishLocations =
    [
        new("under", ["under the heel", "the sole"]),
        new("behind", ["back of the heel", "achilles tendon", "achilles"]),
        new("whole", ["the whole heel", "all around"]),
        new("pad", ["heel pad", "fat pad"]),
        new("unsure", ["not sure", "don't know"]),
    ];

    [Theory]
    [InlineData("under hælen", "under")]
    [InlineData("Under hælen!", "under")]
    [InlineData("undr hælen", "under")]
    [InlineData("under haelen", "under")]
    [InlineData("i fodsaalen", "under")]
    [InlineData("det er bag på hælen", "behind")]
    [InlineData("bagpå", "behind")]
    [InlineData("bag paa", "behind")]
    [InlineData("ved akillessenen", "behind")]
    [InlineData("hele hælen", "whole")]
    [InlineData("i hæl puden", "pad")]
    [InlineData("fedt puden", "pad")]
    [InlineData("ved ikke", "unsure")]
    [InlineData("1", "under")]
    [InlineData("nr 2", "behind")]
    [InlineData("nummer 3", "whole")]
    [InlineData("den anden", "behind")]
    [InlineData("2.", "behind")]
    [InlineData("4️⃣", "pad")]
    [InlineData("den sidste", "unsure")]
    [InlineData("to", "behind")]
    public void RecognizeChoices_Danish_BestIsExpected(string text, string expected) =>
        ChoiceRecognizer.FindChoices(text, Locations, Culture.Danish).Should().NotBeEmpty()
            .And.Subject.First().Value.Should().Be(expected);

    [Theory]
    [InlineData("under the heel", "under")]
    [InlineData("Under the heal", "under")]
    [InlineData("at the back of the heel", "behind")]
    [InlineData("achilles", "behind")]
    [InlineData("the whole heel really", "whole")]
    [InlineData("fat pad", "pad")]
    [InlineData("second", "behind")]
    [InlineData("the third one", "whole")]
    [InlineData("option 4", "pad")]
    [InlineData("5", "unsure")]
    [InlineData("last", "unsure")]
    [InlineData("not sure", "unsure")]
    public void RecognizeChoices_English_BestIsExpected(string text, string expected) =>
        ChoiceRecognizer.FindChoices(text, EnglishLocations, Culture.English).Should().NotBeEmpty()
            .And.Subject.First().Value.Should().Be(expected);

    [Fact]
    public void RecognizeChoices_TwoMentioned_ReturnsBothWithScores()
    {
        var results = ChoiceRecognizer.FindChoices("både under hælen og bag på hælen", Locations, Culture.Danish);

        results.Select(r => r.Value).Should().Contain(["under", "behind"]);
        results.Should().OnlyContain(r => r.Score > 0.6 && r.Score <= 1.0);
    }

    [Fact]
    public void RecognizeChoices_SeveralNumbers_ReturnsEach() =>
        ChoiceRecognizer.FindChoices("1 og 3", Locations, Culture.Danish).Select(r => r.Index).Should().BeEquivalentTo([0, 2]);

    [Theory]
    [InlineData("9")]
    [InlineData("3 uger")]
    [InlineData("jeg har feber")]
    public void RecognizeChoices_NoChoice_Empty(string text) =>
        ChoiceRecognizer.FindChoices(text, Locations, Culture.Danish).Should().BeEmpty();

    [Fact]
    public void RecognizeChoices_NumbersTurnedOff_NoPick() =>
        ChoiceRecognizer.FindChoices("2", Locations, Culture.Danish, new ChoiceOptions { RecognizeNumbers = false }).Should().BeEmpty();

    [Fact]
    public void RecognizeChoices_ExactBeatsTypo()
    {
        var choices = new[] { new Choice("feber"), new Choice("fiber") };

        var results = ChoiceRecognizer.FindChoices("feber", choices, Culture.Danish);

        results[0].Value.Should().Be("feber");
        results[0].Score.Should().Be(1.0);
    }

    [Fact]
    public void RecognizeChoices_Result_HasModelResultShape()
    {
        var result = ChoiceRecognizer.RecognizeChoices("jeg tror det er under hælen", Locations, Culture.Danish).First();

        result.TypeName.Should().Be("choice");
        result.Text.Should().Be("under hælen");
        result.Get<int>("index").Should().Be(0);
        result.Get<string>("synonym").Should().Be("under hælen");
    }
}
