using HeelBot.Builder.Prompts;
using HeelBot.Builder.Schema;
using HeelBot.Builder.Tests.Support;
using static HeelBot.Builder.Tests.Support.DialogTestHost;

namespace HeelBot.Builder.Tests.Prompts;

public class ConfirmPromptTests
{
    [Theory]
    [InlineData("ja", "true")]
    [InlineData("Ja!", "true")]
    [InlineData("jo", "true")]
    [InlineData("nej", "false")]
    [InlineData("Nej tak", "false")]
    [InlineData("1", "true")]
    [InlineData("2", "false")]
    public async Task ConfirmPrompt_DanishAnswer_IsRecognised(string answer, string expected)
    {
        var host = PromptTestHost.For(() => new ConfirmPrompt("prompt"), Ask("Har du feber?"));

        await host.Flow().Send("hej").AssertReply("Har du feber?").Send(answer).AssertReply($"result: {expected}").StartTestAsync();
    }

    [Theory]
    [InlineData("yes", "true")]
    [InlineData("Yeah", "true")]
    [InlineData("no", "false")]
    [InlineData("No thanks", "false")]
    public async Task ConfirmPrompt_EnglishAnswer_IsRecognised(string answer, string expected)
    {
        var host = PromptTestHost.For(() => new ConfirmPrompt("prompt"), Ask("Do you have a fever?"), locale: "en-GB");

        await host.Flow().Send("hi").AssertReply("Do you have a fever?").Send(answer).AssertReply($"result: {expected}").StartTestAsync();
    }

    [Fact]
    public async Task ConfirmPrompt_UnclearAnswer_RetriesUntilYesOrNo()
    {
        var host = PromptTestHost.For(() => new ConfirmPrompt("prompt"), Ask("Har du feber?", "Svar ja eller nej."));

        await host.Flow()
            .Send("hej").AssertReply("Har du feber?")
            .Send("måske").AssertReply("Svar ja eller nej.")
            .Send("det ved jeg ikke").AssertReply("Svar ja eller nej.")
            .Send("nej").AssertReply("result: false")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("da-DK", "Ja", "Nej")]
    [InlineData("en-US", "Yes", "No")]
    public async Task ConfirmPrompt_OnWebChat_OffersYesAndNoInTheConversationsLanguage(string locale, string yes, string no)
    {
        var host = PromptTestHost.For(() => new ConfirmPrompt("prompt"), Ask("?"), Channels.Webchat, locale);

        await host.Flow()
            .Send("hej").AssertReply(a =>
            {
                a.SuggestedActions!.Actions.Select(x => x.Title).Should().Equal(yes, no);
                a.SuggestedActions.Actions.Should().OnlyContain(x => x.Type == ActionTypes.ImBack);
            })
            .Send(yes).AssertReply("result: true")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConfirmPrompt_OnSms_ListsNumberedOptions()
    {
        var host = PromptTestHost.For(() => new ConfirmPrompt("prompt"), Ask("Har du feber?"), Channels.Sms);

        await host.Flow()
            .Send("hej").AssertReply("Har du feber?\n1. Ja\n2. Nej")
            .Send("2").AssertReply("result: false")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConfirmPrompt_CustomRecognizer_IsUsedFirst()
    {
        var host = PromptTestHost.For(
            () => new ConfirmPrompt("prompt") { Recognizer = (text, _) => text == "jep" ? true : null },
            Ask("OK?"));

        await host.Flow().Send("hej").AssertReply("OK?").Send("jep").AssertReply("result: true").StartTestAsync();
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("JA.", true)]
    [InlineData("ok", true)]
    [InlineData("n", false)]
    [InlineData("nej", false)]
    [InlineData("jamen", null)]
    [InlineData("", null)]
    public void RecognizeDefault_Word_ReadsYesNoOrNeither(string text, bool? expected)
    {
        ConfirmPrompt.RecognizeDefault(text, "da-DK").Should().Be(expected);
    }
}
