using HeelBot.Recognizers.Duration;

namespace HeelBot.Recognizers.Tests.Duration;

public sealed class DurationRecognizerTests
{
    /// <summary>A Monday; every "since" case counts back from here.</summary>
    private static readonly DateOnly Today = new(2025, 3, 10);

    private const double Month = 365.25 / 12 / 7;
    private const double Year = 365.25 / 7;

    [Theory]
    [InlineData("3 uger", 3.0)]
    [InlineData("tre uger", 3.0)]
    [InlineData("i 2 mdr", 2 * Month)]
    [InlineData("i 2 mdr.", 2 * Month)]
    [InlineData("et par måneder", 2 * Month)]
    [InlineData("halvandet år", 1.5 * Year)]
    [InlineData("et halvt år", 0.5 * Year)]
    [InlineData("et par dage", 2.0 / 7)]
    [InlineData("1,5 måned", 1.5 * Month)]
    [InlineData("fjorten dage", 2.0)]
    [InlineData("ca. 5 uger", 5.0)]
    [InlineData("over 6 uger", 6.0)]
    [InlineData("2-3 uger", 3.0)]
    [InlineData("2 til 3 måneder", 3 * Month)]
    [InlineData("en uge", 1.0)]
    [InlineData("1 år og 2 måneder", Year + (2 * Month))]
    [InlineData("nogle uger", 3.0)]
    [InlineData("flere måneder", 3 * Month)]
    [InlineData("4 ugr", 4.0)]
    [InlineData("4 UGER!!!", 4.0)]
    [InlineData("for 3 uger siden", 3.0)]
    [InlineData("3u", 3.0)]
    [InlineData("10 dage", 10.0 / 7)]
    [InlineData("seks måneder", 6 * Month)]
    [InlineData("i ugevis", 3.0)]
    [InlineData("i årevis", 2 * Year)]
    [InlineData("halvanden uge", 1.5)]
    [InlineData("otte maaneder", 8 * Month)]
    public void RecognizeDuration_DanishSpan_Weeks(string text, double weeks) =>
        Single(text, Culture.Danish).Get<double?>("weeks").Should().BeApproximately(weeks, 1e-6);

    [Theory]
    [InlineData("a week", 1.0)]
    [InlineData("two months", 2 * Month)]
    [InlineData("6 wks", 6.0)]
    [InlineData("3w", 3.0)]
    [InlineData("10d", 10.0 / 7)]
    [InlineData("a couple of weeks", 2.0)]
    [InlineData("a few months", 3 * Month)]
    [InlineData("for about 4 weeks", 4.0)]
    [InlineData("a fortnight", 2.0)]
    [InlineData("2 years", 2 * Year)]
    [InlineData("three weeks ago", 3.0)]
    [InlineData("for the past 5 weeks", 5.0)]
    [InlineData("over a month", Month)]
    [InlineData("18 months", 18 * Month)]
    [InlineData("6 weeeeks", 6.0)]
    [InlineData("for months", 3 * Month)]
    [InlineData("half a year", 0.5 * Year)]
    [InlineData("one and a half weeks", 1.5)]
    public void RecognizeDuration_EnglishSpan_Weeks(string text, double weeks) =>
        Single(text, Culture.English).Get<double?>("weeks").Should().BeApproximately(weeks, 1e-6);

    [Theory]
    [InlineData("siden jul", Culture.Danish, "2024-12-24")]
    [InlineData("lige siden julen", Culture.Danish, "2024-12-24")]
    [InlineData("siden sommer", Culture.Danish, "2024-06-01")]
    [InlineData("siden i sommers", Culture.Danish, "2024-06-01")]
    [InlineData("siden marts", Culture.Danish, "2025-03-01")]
    [InlineData("siden februar", Culture.Danish, "2025-02-01")]
    [InlineData("siden oktober", Culture.Danish, "2024-10-01")]
    [InlineData("siden i går", Culture.Danish, "2025-03-09")]
    [InlineData("i går", Culture.Danish, "2025-03-09")]
    [InlineData("siden nytår", Culture.Danish, "2025-01-01")]
    [InlineData("siden påske", Culture.Danish, "2024-03-31")]
    [InlineData("siden starten af januar", Culture.Danish, "2025-01-01")]
    [InlineData("siden midten af januar", Culture.Danish, "2025-01-15")]
    [InlineData("siden 1. februar", Culture.Danish, "2025-02-01")]
    [InlineData("siden i mandags", Culture.Danish, "2025-03-03")]
    [InlineData("siden efteråret", Culture.Danish, "2024-09-01")]
    [InlineData("startede i december", Culture.Danish, "2024-12-01")]
    [InlineData("siden 2023", Culture.Danish, "2023-01-01")]
    [InlineData("since Christmas", Culture.English, "2024-12-25")]
    [InlineData("since March", Culture.English, "2025-03-01")]
    [InlineData("since last summer", Culture.English, "2024-06-01")]
    [InlineData("since yesterday", Culture.English, "2025-03-09")]
    [InlineData("since the new year", Culture.English, "2025-01-01")]
    [InlineData("since Easter", Culture.English, "2024-03-31")]
    [InlineData("ever since January", Culture.English, "2025-01-01")]
    [InlineData("it started in the autumn", Culture.English, "2024-09-01")]
    [InlineData("since 3rd of February", Culture.English, "2025-02-03")]
    [InlineData("since February 3rd", Culture.English, "2025-02-03")]
    [InlineData("since Friday", Culture.English, "2025-03-07")]
    [InlineData("siden jeg begyndte at løbe i januar", Culture.Danish, "2025-01-01")]
    [InlineData("since I started running in the summer", Culture.English, "2024-06-01")]
    public void RecognizeDuration_Since_CountsBackFromReferenceDate(string text, string culture, string since)
    {
        var expected = (Today.DayNumber - DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture).DayNumber) / 7.0;

        var result = Single(text, culture);

        result.Get<double?>("weeks").Should().BeApproximately(expected, 1e-6);
        result.Get<string>("kind").Should().Be("since");
    }

    [Fact]
    public void RecognizeDuration_SinceChristmasInJanuary_UsesLastDecember()
    {
        var result = DurationRecognizer.RecognizeDuration("siden jul", Culture.Danish, new DateOnly(2025, 1, 7)).Single();

        result.Get<double?>("weeks").Should().BeApproximately(14 / 7.0, 1e-9);
    }

    [Theory]
    [InlineData("for ages", Culture.English)]
    [InlineData("a long time", Culture.English)]
    [InlineData("a while", Culture.English)]
    [InlineData("længe", Culture.Danish)]
    [InlineData("i lang tid", Culture.Danish)]
    [InlineData("et stykke tid", Culture.Danish)]
    [InlineData("i evigheder", Culture.Danish)]
    public void RecognizeDuration_Vague_UnclearWithoutValue(string text, string culture)
    {
        var result = Single(text, culture);

        result.Get<bool>("unclear").Should().BeTrue();
        result.Get<double?>("weeks").Should().BeNull();
    }

    [Theory]
    [InlineData("jeg er 45 år gammel", Culture.Danish)]
    [InlineData("my 10 year old son", Culture.English)]
    [InlineData("jeg løber 3 gange om ugen", Culture.Danish)]
    [InlineData("I run twice a week", Culture.English)]
    [InlineData("en dag faldt jeg ned af trappen og slog hælen", Culture.Danish)]
    [InlineData("ondt under hælen om morgenen", Culture.Danish)]
    [InlineData("jeg står 12 timer om dagen", Culture.Danish)]
    [InlineData("on my feet 12 hours a day", Culture.English)]
    [InlineData("I stretch 10 minutes daily", Culture.English)]
    public void RecognizeDuration_AgesFrequenciesAndArticles_NoDuration(string text, string culture) =>
        DurationRecognizer.RecognizeDuration(text, culture, Today).Should().BeEmpty();

    [Theory]
    [InlineData("my foot went cold and blue after the fall", Culture.English)]
    [InlineData("after the fall it hurt", Culture.English)]
    [InlineData("efter sommeren gjorde det ondt", Culture.Danish)]
    [InlineData("16 år eller ældre", Culture.Danish)]
    [InlineData("16 years or older", Culture.English)]
    [InlineData("han er 14 år og derover", Culture.Danish)]
    public void RecognizeDuration_SeasonAfterAfterOrAgeGroup_NoDuration(string text, string culture) =>
        DurationRecognizer.RecognizeDuration(text, culture, Today).Should().BeEmpty();

    [Theory]
    [InlineData("since the fall", Culture.English, "2024-09-01")]
    [InlineData("it started in the fall", Culture.English, "2024-09-01")]
    [InlineData("det startede i efteråret", Culture.Danish, "2024-09-01")]
    [InlineData("siden sommer", Culture.Danish, "2024-06-01")]
    [InlineData("i søndags", Culture.Danish, "2025-03-09")]
    [InlineData("i mandags", Culture.Danish, "2025-03-03")]
    [InlineData("i sidste uge", Culture.Danish, "2025-03-03")]
    [InlineData("last week", Culture.English, "2025-03-03")]
    [InlineData("last friday", Culture.English, "2025-03-07")]
    [InlineData("since he fell on saturday", Culture.English, "2025-03-08")]
    [InlineData("siden jeg faldt i lørdags", Culture.Danish, "2025-03-08")]
    [InlineData("siden jeg startede på mit nye job som tjener i august", Culture.Danish, "2024-08-01")]
    public void RecognizeDuration_SeasonsWeekdaysAndLastWeek_CountsBack(string text, string culture, string since)
    {
        var expected = (Today.DayNumber - DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture).DayNumber) / 7.0;

        Single(text, culture).Get<double?>("weeks").Should().BeApproximately(expected, 1e-6);
    }

    [Theory]
    [InlineData("started running in March", Culture.English, true)]
    [InlineData("det begyndte i januar", Culture.Danish, true)]
    [InlineData("since March", Culture.English, false)]
    [InlineData("siden januar", Culture.Danish, false)]
    public void RecognizeDuration_CountedFromAVerb_MarkedSinceVerb(string text, string culture, bool sinceVerb) =>
        Single(text, culture).Get<bool>("sinceVerb").Should().Be(sinceVerb);

    [Theory]
    [InlineData("om 2 uger", Culture.Danish)]
    [InlineData("in 2 weeks", Culture.English)]
    public void RecognizeDuration_InFuture_MarkedFuture(string text, string culture) =>
        Single(text, culture).Get<bool>("future").Should().BeTrue();

    [Fact]
    public void RecognizeDuration_Sentence_SpanAndUnit()
    {
        const string text = "Jeg har haft ondt under hælen i 3 uger nu";
        var result = Single(text, Culture.Danish);

        result.Text.Should().Be("i 3 uger");
        result.Get<string>("unit").Should().Be("week");
        result.Get<double?>("amount").Should().Be(3);
        text[result.Start..(result.End + 1)].Should().Be(result.Text);
    }

    [Fact]
    public void RecognizeDuration_ApproximateQuantity_MarkedApproximate() =>
        Single("et par uger", Culture.Danish).Get<bool>("approximate").Should().BeTrue();

    [Fact]
    public void RecognizeDuration_Modifier_Reported() =>
        Single("more than 6 weeks", Culture.English).Get<string>("modifier").Should().Be("more");

    private static ModelResult Single(string text, string culture)
    {
        var results = DurationRecognizer.RecognizeDuration(text, culture, Today);
        results.Should().ContainSingle($"'{text}' holds one duration");
        return results[0];
    }
}
