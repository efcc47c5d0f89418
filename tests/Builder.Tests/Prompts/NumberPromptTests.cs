using HeelBot.Builder.Prompts;
using HeelBot.Builder.Tests.Support;
using static HeelBot.Builder.Tests.Support.DialogTestHost;

namespace HeelBot.Builder.Tests.Prompts;

public class NumberPromptTests
{
    [Theory]
    [InlineData("42", "42")]
    [InlineData("Jeg er 52 år", "52")]
    [InlineData("ca. 3 uger", "3")]
    [InlineData("-5", "-5")]
    [InlineData("2,0", "2")]
    public async Task NumberPromptInt_Digits_ReturnsTheNumber(string answer, string expected)
    {
        var host = PromptTestHost.For(() => new NumberPrompt<int>("prompt"), Ask("Hvor gammel er du?"));

        await host.Flow()
            .Send("hej").AssertReply("Hvor gammel er du?")
            .Send(answer).AssertReply($"result: {expected}")
            .StartTestAsync();

        host.LastResult.Result.Should().BeOfType<int>();
    }

    [Theory]
    [InlineData("3,5", 3.5)]
    [InlineData("3.5", 3.5)]
    [InlineData("smerten er 7,25 ud af 10", 7.25)]
    [InlineData("0,5", 0.5)]
    public async Task NumberPromptDouble_DecimalWithCommaOrPoint_ReturnsTheNumber(string answer, double expected)
    {
        var host = PromptTestHost.For(() => new NumberPrompt<double>("prompt"), Ask("Hvor ondt?"));

        await host.Flow().Send("hej").AssertReply("Hvor ondt?").Send(answer).StartTestAsync();

        host.LastResult.Result.Should().Be(expected);
    }

    [Fact]
    public async Task NumberPromptInt_DecimalAnswer_IsNotTruncatedButAskedAgain()
    {
        var host = PromptTestHost.For(() => new NumberPrompt<int>("prompt"), Ask("Hvor mange uger?", "Skriv et helt tal."));

        await host.Flow()
            .Send("hej").AssertReply("Hvor mange uger?")
            .Send("2,5").AssertReply("Skriv et helt tal.")
            .Send("3").AssertReply("result: 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPromptInt_NoNumber_SendsTheRetryPromptUntilANumberComes()
    {
        var host = PromptTestHost.For(() => new NumberPrompt<int>("prompt"), Ask("Hvor gammel er du?", "Skriv din alder med tal, fx 45."));

        await host.Flow()
            .Send("hej").AssertReply("Hvor gammel er du?")
            .Send("abc").AssertReply("Skriv din alder med tal, fx 45.")
            .Send("ved ikke").AssertReply("Skriv din alder med tal, fx 45.")
            .Send("45").AssertReply("result: 45")
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPromptByte_TooLarge_IsAskedAgain()
    {
        var host = PromptTestHost.For(() => new NumberPrompt<byte>("prompt"), Ask("Tal?", "Et tal fra 0 til 255."));

        await host.Flow()
            .Send("hej").AssertReply("Tal?")
            .Send("300").AssertReply("Et tal fra 0 til 255.")
            .Send("255").AssertReply("result: 255")
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPrompt_CustomRecognizer_IsUsed()
    {
        var host = PromptTestHost.For(
            () => new NumberPrompt<int>("prompt") { Recognizer = (text, _) => text == "tre" ? 3 : null },
            Ask("Hvor mange?"));

        await host.Flow().Send("hej").AssertReply("Hvor mange?").Send("tre").AssertReply("result: 3").StartTestAsync();
    }

    [Theory]
    [InlineData("12", 12.0)]
    [InlineData("1,5 km", 1.5)]
    [InlineData("-0,75", -0.75)]
    [InlineData("3. marts", 3.0)]
    [InlineData("abc", null)]
    [InlineData("", null)]
    public void ParseFirstNumber_Text_FindsTheFirstNumber(string text, double? expected)
    {
        NumberPrompt<double>.ParseFirstNumber(text, "da-DK").Should().Be(expected);
    }
}
