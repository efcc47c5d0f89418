using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Tests.Understanding;

public sealed class FactExtractorDurationAgeTests
{
    private const double Month = 365.25 / 12 / 7;

    [Theory]
    [InlineData("ondt under hælen i 3 uger", "da", 3.0)]
    [InlineData("det har varet tre uger nu", "da", 3.0)]
    [InlineData("i et par måneder", "da", 2 * Month)]
    [InlineData("siden jul", "da", 76 / 7.0)]
    [InlineData("det startede i går", "da", 1 / 7.0)]
    [InlineData("halvandet år", "da", 1.5 * 365.25 / 7)]
    [InlineData("jeg har løbet i 10 år, men hælen har gjort ondt i 4 uger", "da", 4.0)]
    [InlineData("har gået med det i 2 mdr.", "da", 2 * Month)]
    [InlineData("for 5 uger siden faldt jeg", "da", 5.0)]
    [InlineData("I've had it for 6 weeks", "en", 6.0)]
    [InlineData("two months now", "en", 2 * Month)]
    [InlineData("since Christmas", "en", 75 / 7.0)]
    [InlineData("it started a couple of weeks ago", "en", 2.0)]
    [InlineData("about 3w", "en", 3.0)]
    [InlineData("min hæl har gjort ondt siden jeg begyndte at løbe i januar", "da", 68 / 7.0)]
    [InlineData("jeg har ondt i hælen og det har jeg haft i et halvt år", "da", 0.5 * 365.25 / 7)]
    [InlineData("hej, jeg har haft ondt siden sommerferien", "da", 252 / 7.0)]
    [InlineData("my heel has been sore for a few weeks", "en", 3.0)]
    public void Extract_Duration_Weeks(string text, string language, double weeks) =>
        Extractor.Read(text, language).DurationWeeks.Should().BeApproximately(weeks, 1e-6);

    [Theory]
    [InlineData("jeg er 45 år og har ondt", "da")]
    [InlineData("i lang tid", "da")]
    [InlineData("jeg skal til lægen om 2 uger", "da")]
    [InlineData("I've been running for 10 years", "en")]
    [InlineData("for ages", "en")]
    [InlineData("I'm a nurse, on my feet 12 hours a day", "en")]
    [InlineData("jeg står 10 timer om dagen", "da")]
    public void Extract_NoPainDuration_NoDuration(string text, string language) =>
        Extractor.Read(text, language).DurationWeeks.Should().BeNull();

    [Theory]
    [InlineData("min søn på 10 har ondt i hælen", "da", 10, true)]
    [InlineData("min datter på 9 halter", "da", 9, true)]
    [InlineData("jeg er 12", "da", 12, true)]
    [InlineData("jeg er 45 år gammel", "da", 45, false)]
    [InlineData("min mand er 52 og har ondt under hælen", "da", 52, false)]
    [InlineData("my son is 11 and plays football", "en", 11, true)]
    [InlineData("I'm 38", "en", 38, false)]
    [InlineData("my 14-year-old daughter", "en", 14, true)]
    [InlineData("My dad is 75 and his heel is sore", "en", 75, false)]
    [InlineData("jeg skriver for min far på 80", "da", 80, false)]
    public void Extract_Age_AgeAndChildFlag(string text, string language, int age, bool child)
    {
        var facts = Extractor.Read(text, language);

        facts.Age.Should().Be(age);
        facts.Flags.Should().Contain(RedFlagIds.Child, child);
    }

    [Theory]
    [InlineData("min søn har ondt i hælen", "da")]
    [InlineData("my daughter has heel pain", "en")]
    public void Extract_ChildWithoutAge_ChildUnclear(string text, string language) =>
        Extractor.Read(text, language).Unclear.Should().Contain(RedFlagIds.Child);

    [Fact]
    public void Extract_ChildWord_ChildPresent() =>
        Extractor.Read("mit barn har ondt i hælen efter fodbold", "da").Flags.Should().Contain(RedFlagIds.Child, true);
}
