using HeelBot.Recognizers.Number;

namespace HeelBot.Recognizers.Tests.Number;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("12", 12)]
    [InlineData("1,5", 1.5)]
    [InlineData("1.5", 1.5)]
    [InlineData("39,5", 39.5)]
    [InlineData("1½", 1.5)]
    [InlineData("½", 0.5)]
    [InlineData("1.500", 1500)]
    [InlineData("tre", 3)]
    [InlineData("Tre", 3)]
    [InlineData("fjorten", 14)]
    [InlineData("fjortn", 14)]
    [InlineData("tyve", 20)]
    [InlineData("enogtyve", 21)]
    [InlineData("femogfyrre", 45)]
    [InlineData("toogtredive", 32)]
    [InlineData("halvtreds", 50)]
    [InlineData("halvanden", 1.5)]
    [InlineData("halvandet", 1.5)]
    [InlineData("en halv", 0.5)]
    [InlineData("et halvt", 0.5)]
    [InlineData("to og en halv", 2.5)]
    [InlineData("en og en halv", 1.5)]
    [InlineData("3 og en halv", 3.5)]
    [InlineData("et par", 2)]
    [InlineData("nogle", 3)]
    [InlineData("nogle få", 3)]
    [InlineData("ni", 9)]
    [InlineData("elleve", 11)]
    [InlineData("hundrede", 100)]
    [InlineData("to hundrede", 200)]
    [InlineData("én", 1)]
    [InlineData("en", 1)]
    public void RecognizeNumber_Danish_Value(string text, double expected)
    {
        var results = NumberRecognizer.RecognizeNumber(text, Culture.Danish);

        results.Should().ContainSingle();
        results[0].TypeName.Should().Be("number");
        results[0].Get<double>("value").Should().BeApproximately(expected, 1e-9);
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("1,500", 1500)]
    [InlineData("2.5", 2.5)]
    [InlineData("three", 3)]
    [InlineData("Fourteen", 14)]
    [InlineData("twenty-one", 21)]
    [InlineData("twenty one", 21)]
    [InlineData("forty five", 45)]
    [InlineData("a couple", 2)]
    [InlineData("a couple of", 2)]
    [InlineData("a few", 3)]
    [InlineData("half", 0.5)]
    [InlineData("one and a half", 1.5)]
    [InlineData("two and a half", 2.5)]
    [InlineData("a dozen", 12)]
    [InlineData("seventeen", 17)]
    [InlineData("sevnteen", 17)]
    [InlineData("one hundred and five", 105)]
    public void RecognizeNumber_English_Value(string text, double expected)
    {
        var results = NumberRecognizer.RecognizeNumber(text, Culture.English);

        results.Should().ContainSingle();
        results[0].Get<double>("value").Should().BeApproximately(expected, 1e-9);
    }

    [Theory]
    [InlineData("et par", Culture.Danish)]
    [InlineData("nogle", Culture.Danish)]
    [InlineData("a few", Culture.English)]
    [InlineData("a couple", Culture.English)]
    public void RecognizeNumber_VagueQuantity_MarkedApproximate(string text, string culture) =>
        NumberRecognizer.RecognizeNumber(text, culture)[0].Get<bool>("approximate").Should().BeTrue();

    [Fact]
    public void RecognizeNumber_InSentence_ReportsSpanWithInclusiveEnd()
    {
        const string text = "Jeg har haft ondt i fjorten dage og tre nætter";
        var results = NumberRecognizer.RecognizeNumber(text, Culture.Danish);

        results.Select(r => r.Get<double>("value")).Should().Equal(14, 3);
        results[0].Text.Should().Be("fjorten");
        text[results[0].Start..(results[0].End + 1)].Should().Be("fjorten");
    }

    [Theory]
    [InlineData("Jeg har en hæl der gør ondt", Culture.Danish)]
    [InlineData("I have a heel that hurts", Culture.English)]
    [InlineData("ingen tal her", Culture.Danish)]
    public void RecognizeNumber_ArticlesInSentence_NotNumbers(string text, string culture) =>
        NumberRecognizer.RecognizeNumber(text, culture).Should().BeEmpty();

    [Theory]
    [InlineData("første", Culture.Danish, 1)]
    [InlineData("den anden", Culture.Danish, 2)]
    [InlineData("tredje", Culture.Danish, 3)]
    [InlineData("femte", Culture.Danish, 5)]
    [InlineData("2.", Culture.Danish, 2)]
    [InlineData("second", Culture.English, 2)]
    [InlineData("the third one", Culture.English, 3)]
    [InlineData("2nd", Culture.English, 2)]
    [InlineData("4th", Culture.English, 4)]
    public void RecognizeOrdinal_Ordinal_Value(string text, string culture, int expected) =>
        NumberRecognizer.RecognizeOrdinal(text, culture).Should().ContainSingle().Which.Get<int>("value").Should().Be(expected);

    [Fact]
    public void RecognizeOrdinal_SentenceEndAfterNumber_NotOrdinal() =>
        NumberRecognizer.RecognizeOrdinal("Jeg er 45. Jeg løber meget", Culture.Danish).Should().BeEmpty();
}
