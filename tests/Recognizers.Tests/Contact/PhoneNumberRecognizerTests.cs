using HeelBot.Recognizers.Contact;

namespace HeelBot.Recognizers.Tests.Contact;

public sealed class PhoneNumberRecognizerTests
{
    [Theory]
    [InlineData("20123456", "+4520123456")]
    [InlineData("20 12 34 56", "+4520123456")]
    [InlineData("2012 3456", "+4520123456")]
    [InlineData("20-12-34-56", "+4520123456")]
    [InlineData("20.12.34.56", "+4520123456")]
    [InlineData("+45 20 12 34 56", "+4520123456")]
    [InlineData("+4520123456", "+4520123456")]
    [InlineData("0045 20123456", "+4520123456")]
    [InlineData("(+45) 86 12 34 56", "+4586123456")]
    [InlineData("45 31 23 45 67", "+4531234567")]
    [InlineData("mit nummer er 42 42 42 42", "+4542424242")]
    [InlineData("tlf. 99 88 77 66.", "+4599887766")]
    [InlineData("My number is +45 71 23 45 67, thanks", "+4571234567")]
    [InlineData("+46 70 123 45 67", "+46701234567")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("0049 30 1234567", "+49301234567")]
    [InlineData("+1 (212) 555-0123", "+12125550123")]
    public void Recognize_ValidNumber_NormalisesToE164(string text, string e164)
    {
        var result = PhoneNumberRecognizer.Recognize(text);

        result.Problem.Should().Be(PhoneNumberProblem.None);
        result.IsValid.Should().BeTrue();
        result.E164.Should().Be(e164);
    }

    [Theory]
    [InlineData("", PhoneNumberProblem.Missing, 0)]
    [InlineData("ved ikke", PhoneNumberProblem.Missing, 0)]
    [InlineData("2012345", PhoneNumberProblem.TooFewDigits, 7)]
    [InlineData("20 12 34", PhoneNumberProblem.TooFewDigits, 6)]
    [InlineData("201234567", PhoneNumberProblem.TooManyDigits, 9)]
    [InlineData("+45 2012345", PhoneNumberProblem.TooFewDigits, 9)]
    [InlineData("+45 201234567", PhoneNumberProblem.TooManyDigits, 11)]
    [InlineData("2012 34ab", PhoneNumberProblem.Letters, 6)]
    [InlineData("20 12 34 56 eller 30 11 22 33", PhoneNumberProblem.Letters, 16)]
    [InlineData("12345678", PhoneNumberProblem.NotADanishNumber, 8)]
    [InlineData("0045 01234567", PhoneNumberProblem.NotADanishNumber, 10)]
    [InlineData("+46 70123", PhoneNumberProblem.TooFewDigits, 7)]
    [InlineData("+1 234 567 890 123 456", PhoneNumberProblem.TooManyDigits, 16)]
    [InlineData("+0 123 456 789", PhoneNumberProblem.InvalidCountryCode, 10)]
    [InlineData("20#12*34*56", PhoneNumberProblem.InvalidCharacters, 8)]
    public void Recognize_InvalidNumber_SaysWhy(string text, PhoneNumberProblem problem, int digits)
    {
        var result = PhoneNumberRecognizer.Recognize(text);

        result.Problem.Should().Be(problem);
        result.IsValid.Should().BeFalse();
        result.E164.Should().BeNull();
        result.DigitCount.Should().Be(digits);
    }

    [Fact]
    public void Display_DanishNumber_InPairs()
    {
        PhoneNumberRecognizer.Recognize("20123456").Display.Should().Be("+45 20 12 34 56");
        PhoneNumberRecognizer.Recognize("+46701234567").Display.Should().Be("+46701234567");
        PhoneNumberRecognizer.Recognize("+46701234567").IsDanish.Should().BeFalse();
    }
}
