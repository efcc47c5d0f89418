using HeelBot.Recognizers.Contact;

namespace HeelBot.Recognizers.Tests.Contact;

public sealed class EmailRecognizerTests
{
    [Theory]
    [InlineData("anna@mail.dk", "anna@mail.dk")]
    [InlineData("  Anna.Hansen@Gmail.COM  ", "Anna.Hansen@gmail.com")]
    [InlineData("mette+heel@hotmail.dk", "mette+heel@hotmail.dk")]
    [InlineData("lars_p@firma.co.uk", "lars_p@firma.co.uk")]
    [InlineData("søren@blåbær.dk", "søren@blåbær.dk")]
    [InlineData("info@xn--blbr-roa6a.dk", "info@xn--blbr-roa6a.dk")]
    [InlineData("min mail er anna@mail.dk", "anna@mail.dk")]
    [InlineData("My email is john.smith@outlook.com.", "john.smith@outlook.com")]
    [InlineData("<anna@mail.dk>", "anna@mail.dk")]
    [InlineData("mailto:anna@mail.dk", "anna@mail.dk")]
    [InlineData("anna @ mail.dk", "anna@mail.dk")]
    [InlineData("k.o'neil@example.ie", "k.o'neil@example.ie")]
    [InlineData("hans@sub.domain.museum", "hans@sub.domain.museum")]
    public void Recognize_ValidAddress_Normalises(string text, string address)
    {
        var result = EmailRecognizer.Recognize(text);

        result.Problem.Should().Be(EmailProblem.None);
        result.IsValid.Should().BeTrue();
        result.Address.Should().Be(address);
    }

    [Theory]
    [InlineData("", EmailProblem.Missing)]
    [InlineData("anna.mail.dk", EmailProblem.MissingAt)]
    [InlineData("ved ikke", EmailProblem.MissingAt)]
    [InlineData("anna@@mail.dk", EmailProblem.SeveralAts)]
    [InlineData("anna@mail@dk.dk", EmailProblem.SeveralAts)]
    [InlineData("anna hansen@mail.dk", EmailProblem.Spaces)]
    [InlineData("@mail.dk", EmailProblem.InvalidLocalPart)]
    [InlineData(".anna@mail.dk", EmailProblem.InvalidLocalPart)]
    [InlineData("an..na@mail.dk", EmailProblem.InvalidLocalPart)]
    [InlineData("anna@mail", EmailProblem.MissingDomainDot)]
    [InlineData("anna@mail..dk", EmailProblem.InvalidDomain)]
    [InlineData("anna@-mail.dk", EmailProblem.InvalidDomain)]
    [InlineData("anna@mail.d", EmailProblem.InvalidTopLevelDomain)]
    [InlineData("anna@mail.123", EmailProblem.InvalidTopLevelDomain)]
    public void Recognize_InvalidAddress_SaysWhy(string text, EmailProblem problem)
    {
        var result = EmailRecognizer.Recognize(text);

        result.Problem.Should().Be(problem);
        result.IsValid.Should().BeFalse();
        result.Address.Should().BeNull();
    }

    [Theory]
    [InlineData("anna@gmail.con", "anna@gmail.com")]
    [InlineData("anna@gmail.cmo", "anna@gmail.com")]
    [InlineData("anna@firma.con", "anna@firma.com")]
    [InlineData("anna@gmial.com", "anna@gmail.com")]
    [InlineData("anna@hotmial.dk", "anna@hotmail.dk")]
    [InlineData("anna@gmail.dk", "anna@gmail.com")]
    [InlineData("anna@outlok.com", "anna@outlook.com")]
    [InlineData("anna@hotmail.con", "anna@hotmail.com")]
    [InlineData("anna@post.firma.cmo", "anna@post.firma.com")]
    public void Recognize_LikelyTypo_KeepsAddressAndSuggests(string text, string suggestion)
    {
        var result = EmailRecognizer.Recognize(text);

        result.Problem.Should().Be(EmailProblem.LikelyTypo);
        result.IsWellFormed.Should().BeTrue();
        result.Address.Should().Be(text);
        result.Suggestion.Should().Be(suggestion);
    }

    [Theory]
    [InlineData("anna@hotmail.dk")]
    [InlineData("anna@email.dk")]
    [InlineData("anna@yahoo.co.uk")]
    [InlineData("anna@live.dk")]
    public void Recognize_RealProviderDomain_NoSuggestion(string text)
    {
        var result = EmailRecognizer.Recognize(text);

        result.Problem.Should().Be(EmailProblem.None);
        result.Suggestion.Should().BeNull();
    }

    [Theory]
    [InlineData("anna@gmailcom", EmailProblem.MissingDomainDot, "anna@gmail.com")]
    [InlineData("anna@gmail,com", EmailProblem.InvalidDomain, "anna@gmail.com")]
    public void Recognize_MissingOrCommaDot_SuggestsFix(string text, EmailProblem problem, string suggestion)
    {
        var result = EmailRecognizer.Recognize(text);

        result.Problem.Should().Be(problem);
        result.Suggestion.Should().Be(suggestion);
    }
}
