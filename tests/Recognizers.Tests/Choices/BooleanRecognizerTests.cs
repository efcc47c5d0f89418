using HeelBot.Recognizers.Choices;

namespace HeelBot.Recognizers.Tests.Choices;

public sealed class BooleanRecognizerTests
{
    [Theory]
    [InlineData("ja")]
    [InlineData("Ja")]
    [InlineData("JA!")]
    [InlineData("jo")]
    [InlineData("jep")]
    [InlineData("jeps")]
    [InlineData("jaa")]
    [InlineData("jaaaa")]
    [InlineData("ja tak")]
    [InlineData("ja, det har jeg")]
    [InlineData("ja gerne")]
    [InlineData("selvfølgelig")]
    [InlineData("selvfølglig")]
    [InlineData("helt sikkert")]
    [InlineData("ok")]
    [InlineData("okay")]
    [InlineData("👍")]
    [InlineData("yes")]
    [InlineData("det gør det")]
    [InlineData("ja, men kun lidt")]
    [InlineData("af og til")]
    public void Resolve_DanishYes_True(string text) => BooleanRecognizer.Resolve(text, Culture.Danish).Should().BeTrue();

    [Theory]
    [InlineData("nej")]
    [InlineData("Nej.")]
    [InlineData("NEJ")]
    [InlineData("neeej")]
    [InlineData("nje")]
    [InlineData("nej tak")]
    [InlineData("næ")]
    [InlineData("nope")]
    [InlineData("no")]
    [InlineData("ikke")]
    [InlineData("slet ikke")]
    [InlineData("ikke rigtig")]
    [InlineData("ingen af dem")]
    [InlineData("ingen")]
    [InlineData("det har jeg ikke")]
    [InlineData("nej, det gør det ikke")]
    [InlineData("aldrig")]
    [InlineData("👎")]
    [InlineData("nix")]
    public void Resolve_DanishNo_False(string text) => BooleanRecognizer.Resolve(text, Culture.Danish).Should().BeFalse();

    [Theory]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("yeah")]
    [InlineData("yep")]
    [InlineData("yup")]
    [InlineData("sure")]
    [InlineData("ok")]
    [InlineData("OK 👍")]
    [InlineData("of course")]
    [InlineData("definitely")]
    [InlineData("definately")]
    [InlineData("yesss")]
    [InlineData("yse")]
    [InlineData("y")]
    [InlineData("yes please")]
    [InlineData("I do")]
    [InlineData("sometimes")]
    public void Resolve_EnglishYes_True(string text) => BooleanRecognizer.Resolve(text, Culture.English).Should().BeTrue();

    [Theory]
    [InlineData("no")]
    [InlineData("No.")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("no thanks")]
    [InlineData("no thank you")]
    [InlineData("not really")]
    [InlineData("not at all")]
    [InlineData("none of them")]
    [InlineData("nope, none")]
    [InlineData("never")]
    [InlineData("n")]
    [InlineData("I don't")]
    [InlineData("noooo")]
    [InlineData("❌")]
    public void Resolve_EnglishNo_False(string text) => BooleanRecognizer.Resolve(text, Culture.English).Should().BeFalse();

    [Theory]
    [InlineData("måske", Culture.Danish)]
    [InlineData("ved ikke", Culture.Danish)]
    [InlineData("det ved jeg ikke", Culture.Danish)]
    [InlineData("ja nej", Culture.Danish)]
    [InlineData("ja... eller nej", Culture.Danish)]
    [InlineData("jeg tror det", Culture.Danish)]
    [InlineData("ikke sikker", Culture.Danish)]
    [InlineData("hælen gør ondt", Culture.Danish)]
    [InlineData("3", Culture.Danish)]
    [InlineData("", Culture.Danish)]
    [InlineData("maybe", Culture.English)]
    [InlineData("not sure", Culture.English)]
    [InlineData("idk", Culture.English)]
    [InlineData("yes and no", Culture.English)]
    [InlineData("I think so", Culture.English)]
    [InlineData("my heel hurts", Culture.English)]
    [InlineData("🤷", Culture.English)]
    public void Resolve_Unclear_Null(string text, string culture) => BooleanRecognizer.Resolve(text, culture).Should().BeNull();

    [Fact]
    public void RecognizeBoolean_WholeAnswer_ScoreOneAndSpan()
    {
        var results = BooleanRecognizer.RecognizeBoolean("nej tak", Culture.Danish);

        var result = results.Should().ContainSingle().Subject;
        result.Text.Should().Be("nej tak");
        result.Get<bool>("value").Should().BeFalse();
        result.Get<double>("score").Should().Be(1.0);
    }
}
