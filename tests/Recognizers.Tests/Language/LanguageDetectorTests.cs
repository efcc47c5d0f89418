using HeelBot.Recognizers.Language;

namespace HeelBot.Recognizers.Tests.Language;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Jeg har ondt under hælen")]
    [InlineData("jeg har ikke feber")]
    [InlineData("Hej, min hæl gør ondt om morgenen")]
    [InlineData("det gør ondt når jeg går")]
    [InlineData("smerter i 3 uger")]
    [InlineData("min søn på 10 halter")]
    [InlineData("jeg har ondt i hael en om morgenen")]
    [InlineData("hej jeg har ondt i foden")]
    [InlineData("nej ikke rigtig")]
    [InlineData("Ja tak, det vil jeg gerne")]
    [InlineData("fødder")]
    [InlineData("ØMT UNDER HÆLEN!!!")]
    [InlineData("2 uger")]
    public void Detect_DanishText_Danish(string text) =>
        LanguageDetector.Detect(text).Should().NotBeNull().And.Subject.As<DetectedLanguage>().Language.Should().Be("da");

    [Theory]
    [InlineData("My heel hurts in the morning")]
    [InlineData("I have pain under my heel")]
    [InlineData("it hurts when I walk")]
    [InlineData("no fever but it is swollen")]
    [InlineData("Hello, I need help with my foot")]
    [InlineData("my son is 10 and he limps")]
    [InlineData("yes please")]
    [InlineData("I've had it for 3 weeks")]
    [InlineData("HEEL PAIN WHEN RUNNING")]
    [InlineData("none of those")]
    public void Detect_EnglishText_English(string text) =>
        LanguageDetector.Detect(text).Should().NotBeNull().And.Subject.As<DetectedLanguage>().Language.Should().Be("en");

    [Theory]
    [InlineData("ok")]
    [InlineData("3")]
    [InlineData("👍")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("under")]
    [InlineData("ok 👍")]
    [InlineData("ja")]
    [InlineData("yes")]
    [InlineData("nope")]
    [InlineData("nej")]
    [InlineData("Yes!")]
    [InlineData("hej")]
    [InlineData("ok tak")]
    [InlineData("nope 👎")]
    public void Detect_ShortOrAmbiguous_Null(string text) => LanguageDetector.Detect(text).Should().BeNull();

    [Theory]
    [InlineData("Hej! my heel hurts", "en")]
    [InlineData("hej, min heel gør ondt om morgenen", "da")]
    [InlineData("yes jeg har feber", "da")]
    [InlineData("nej, it doesn't hurt at night", "en")]
    [InlineData("har ondt i haelen, idk hvor laenge", "da")]
    [InlineData("MY HEEL HURTS SO BAD", "en")]
    public void Detect_MixedMessage_MostlyWrittenLanguage(string text, string language) =>
        LanguageDetector.Detect(text).Should().NotBeNull().And.Subject.As<DetectedLanguage>().Language.Should().Be(language);

    [Fact]
    public void Detect_MoreEvidence_HigherConfidence()
    {
        var little = LanguageDetector.Detect("jeg har ondt")!;
        var much = LanguageDetector.Detect("jeg har haft ondt under hælen i flere uger og det er værst om morgenen")!;

        much.Confidence.Should().BeGreaterThan(little.Confidence);
        much.Confidence.Should().BeLessThanOrEqualTo(1.0);
    }
}
