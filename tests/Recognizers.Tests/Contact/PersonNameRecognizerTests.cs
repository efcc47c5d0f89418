using HeelBot.Recognizers.Contact;

namespace HeelBot.Recognizers.Tests.Contact;

public sealed class PersonNameRecognizerTests
{
    [Theory]
    [InlineData("Mette Hansen", "Mette Hansen")]
    [InlineData("Jeg hedder Mette Hansen", "Mette Hansen")]
    [InlineData("mit navn er Jens Peter Nielsen.", "Jens Peter Nielsen")]
    [InlineData("Hej, jeg hedder Lars", "Lars")]
    [InlineData("Det er Søren Kierkegaard", "Søren Kierkegaard")]
    [InlineData("navn: Karen Blixen", "Karen Blixen")]
    [InlineData("My name is John O'Brien", "John O'Brien")]
    [InlineData("I'm Sarah", "Sarah")]
    [InlineData("Hi! My name's Tom Jones", "Tom Jones")]
    [InlineData("mette hansen", "Mette Hansen")]
    [InlineData("METTE HANSEN", "Mette Hansen")]
    [InlineData("ann-sofie møller-jørgensen", "Ann-Sofie Møller-Jørgensen")]
    [InlineData("Ann-Sofie Møller-Jørgensen", "Ann-Sofie Møller-Jørgensen")]
    [InlineData("Ludwig van Beethoven", "Ludwig van Beethoven")]
    [InlineData("ludwig van beethoven", "Ludwig van Beethoven")]
    [InlineData("Maria de la Cruz", "Maria de la Cruz")]
    [InlineData("DeShawn McDonald", "DeShawn McDonald")]
    [InlineData("o'brien", "O'Brien")]
    [InlineData("Mette H. Hansen", "Mette H. Hansen")]
    [InlineData("Zoë Saldaña", "Zoë Saldaña")]
    [InlineData("Jeg hedder Mette, og jeg har ondt i hælen", "Mette")]
    [InlineData("Mette Hansen 😊", "Mette Hansen")]
    [InlineData("Mette Hansen, tak", "Mette Hansen")]
    public void Recognize_Name_ExtractsAndCases(string text, string name)
    {
        var result = PersonNameRecognizer.Recognize(text);

        result.Problem.Should().Be(PersonNameProblem.None);
        result.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("", PersonNameProblem.Missing)]
    [InlineData("M", PersonNameProblem.TooShort)]
    [InlineData("K.", PersonNameProblem.TooShort)]
    [InlineData("12345", PersonNameProblem.ContainsDigits)]
    [InlineData("Mette 2", PersonNameProblem.ContainsDigits)]
    [InlineData("anna@mail.dk", PersonNameProblem.LooksLikeEmail)]
    [InlineData("Anne_Marie", PersonNameProblem.InvalidCharacters)]
    [InlineData("ved ikke", PersonNameProblem.NotAName)]
    [InlineData("nej", PersonNameProblem.NotAName)]
    [InlineData("hej", PersonNameProblem.NotAName)]
    [InlineData("det vil jeg ikke sige", PersonNameProblem.NotAName)]
    [InlineData("I'd rather not say", PersonNameProblem.NotAName)]
    [InlineData("I don't know", PersonNameProblem.NotAName)]
    [InlineData("jeg hedder", PersonNameProblem.NotAName)]
    [InlineData("Abcdefghij Abcdefghij Abcdefghij Abcdefghij Abcdefghij Abcdefghij Abcdefghij Abcdefghij", PersonNameProblem.TooLong)]
    public void Recognize_NotAName_SaysWhy(string text, PersonNameProblem problem)
    {
        var result = PersonNameRecognizer.Recognize(text);

        result.Problem.Should().Be(problem);
        result.Name.Should().BeNull();
    }

    [Fact]
    public void IsFullName_OneOrTwoNames_TellsThemApart()
    {
        PersonNameRecognizer.Recognize("Mette").IsFullName.Should().BeFalse();
        PersonNameRecognizer.Recognize("Mette Hansen").IsFullName.Should().BeTrue();
        PersonNameRecognizer.Recognize("Mette Hansen").GivenName.Should().Be("Mette");
    }
}
