using HeelBot.Recognizers.Age;

namespace HeelBot.Recognizers.Tests.Age;

public sealed class AgeRecognizerTests
{
    [Theory]
    [InlineData("jeg er 45 år gammel", Culture.Danish, 45)]
    [InlineData("Jeg er 12", Culture.Danish, 12)]
    [InlineData("jeg er 67 år og går meget", Culture.Danish, 67)]
    [InlineData("min søn på 10 har ondt i hælen", Culture.Danish, 10)]
    [InlineData("Min datter på 9 år halter", Culture.Danish, 9)]
    [InlineData("en 45-årig mand", Culture.Danish, 45)]
    [InlineData("vores 11 årige dreng", Culture.Danish, 11)]
    [InlineData("alder: 52", Culture.Danish, 52)]
    [InlineData("min søn er ti", Culture.Danish, 10)]
    [InlineData("I'm 45", Culture.English, 45)]
    [InlineData("I am 38 and run a lot", Culture.English, 38)]
    [InlineData("my son is 9", Culture.English, 9)]
    [InlineData("my 10 year old daughter", Culture.English, 10)]
    [InlineData("my 10-year-old son", Culture.English, 10)]
    [InlineData("aged 13", Culture.English, 13)]
    [InlineData("she's twelve", Culture.English, 12)]
    [InlineData("he is 14 years old", Culture.English, 14)]
    public void RecognizeAge_Age_Value(string text, string culture, double expected) =>
        AgeRecognizer.RecognizeAge(text, culture).Should().ContainSingle().Which.Get<double>("value").Should().Be(expected);

    [Theory]
    [InlineData("min datter (13) har ondt", Culture.Danish, 13)]
    [InlineData("jeg (42) har haft ondt i 8 uger", Culture.Danish, 42)]
    [InlineData("min svigermor på 74 har ondt", Culture.Danish, 74)]
    [InlineData("hun har haft det i 3 mdr og er 14 år", Culture.Danish, 14)]
    [InlineData("min far som er 84", Culture.Danish, 84)]
    [InlineData("wife (58) diabetic", Culture.English, 58)]
    [InlineData("My son (14) says his heel hurts", Culture.English, 14)]
    [InlineData("writing for my dad who is 84", Culture.English, 84)]
    [InlineData("my 9yo has been limping", Culture.English, 9)]
    [InlineData("my granddaughter is 7", Culture.English, 7)]
    public void RecognizeAge_AsPeopleWriteIt_Value(string text, string culture, double expected)
    {
        var age = AgeRecognizer.RecognizeAge(text, culture).Should().ContainSingle().Subject;

        age.Get<double>("value").Should().Be(expected);
        age.Get<string>("bound").Should().BeNull();
    }

    [Theory]
    [InlineData("Under 16 år", Culture.Danish, 16, "below")]
    [InlineData("16 år eller ældre", Culture.Danish, 16, "atLeast")]
    [InlineData("han er under 16", Culture.Danish, 16, "below")]
    [InlineData("hun er over 60", Culture.Danish, 60, "above")]
    [InlineData("yngre end 12", Culture.Danish, 12, "below")]
    [InlineData("Under 16", Culture.English, 16, "below")]
    [InlineData("16 or older", Culture.English, 16, "atLeast")]
    [InlineData("over 16", Culture.English, 16, "above")]
    [InlineData("younger than 16", Culture.English, 16, "below")]
    [InlineData("16+", Culture.English, 16, "atLeast")]
    [InlineData("she is under 12", Culture.English, 12, "below")]
    public void RecognizeAge_AgeGroup_ValueAndBound(string text, string culture, double value, string bound)
    {
        var age = AgeRecognizer.RecognizeAge(text, culture).Should().ContainSingle().Subject;

        age.Get<double>("value").Should().Be(value);
        age.Get<string>("bound").Should().Be(bound);
    }

    [Theory]
    [InlineData("jeg har haft ondt i over 10 år", Culture.Danish)]
    [InlineData("det er 3 år siden", Culture.Danish)]
    [InlineData("feberen er over 39", Culture.Danish)]
    [InlineData("under 2 uger", Culture.Danish)]
    [InlineData("I've had it for over 10 years", Culture.English)]
    [InlineData("my temperature is over 39", Culture.English)]
    [InlineData("over 16 km a week", Culture.English)]
    public void RecognizeAge_SpansAndOtherNumbers_NoAge(string text, string culture) =>
        AgeRecognizer.RecognizeAge(text, culture).Should().BeEmpty();

    [Theory]
    [InlineData("ondt i 3 år", Culture.Danish)]
    [InlineData("jeg er 3 uger henne", Culture.Danish)]
    [InlineData("I've had it for 2 years", Culture.English)]
    [InlineData("I'm 3 weeks into a running plan", Culture.English)]
    public void RecognizeAge_Durations_NotAges(string text, string culture) =>
        AgeRecognizer.RecognizeAge(text, culture).Should().BeEmpty();
}
