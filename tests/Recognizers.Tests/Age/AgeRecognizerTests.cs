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
    [InlineData("ondt i 3 år", Culture.Danish)]
    [InlineData("jeg er 3 uger henne", Culture.Danish)]
    [InlineData("I've had it for 2 years", Culture.English)]
    [InlineData("I'm 3 weeks into a running plan", Culture.English)]
    public void RecognizeAge_Durations_NotAges(string text, string culture) =>
        AgeRecognizer.RecognizeAge(text, culture).Should().BeEmpty();
}
