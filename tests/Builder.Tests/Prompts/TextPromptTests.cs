using HeelBot.Builder.Prompts;
using HeelBot.Builder.Schema;
using HeelBot.Builder.Tests.Support;
using static HeelBot.Builder.Tests.Support.DialogTestHost;

namespace HeelBot.Builder.Tests.Prompts;

public class TextPromptTests
{
    [Fact]
    public async Task TextPrompt_Answer_ReturnsTheTrimmedText()
    {
        var host = PromptTestHost.For(() => new TextPrompt("prompt"), Ask("Hvad hedder du?"));

        await host.Flow()
            .Send("hej").AssertReply(a =>
            {
                a.Text.Should().Be("Hvad hedder du?");
                a.InputHint.Should().Be(InputHints.AcceptingInput, "MessageFactory.Text's hint is kept");
            })
            .Send("  Mette  ").AssertReply("result: Mette")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_EmptyMessage_SendsTheRetryPrompt()
    {
        var host = PromptTestHost.For(() => new TextPrompt("prompt"), Ask("Hvad hedder du?", "Skriv dit navn, tak."));

        await host.Flow()
            .Send("hej").AssertReply("Hvad hedder du?")
            .Send(new Activity { Type = ActivityTypes.Message, Text = "   " }).AssertReply("Skriv dit navn, tak.")
            .Send(new Activity { Type = ActivityTypes.Message }).AssertReply("Skriv dit navn, tak.")
            .Send("Mette").AssertReply("result: Mette")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_NoRetryPrompt_RepeatsThePrompt()
    {
        var host = PromptTestHost.For(() => new TextPrompt("prompt"), Ask("Hvad hedder du?"));

        await host.Flow()
            .Send("hej").AssertReply("Hvad hedder du?")
            .Send(new Activity { Type = ActivityTypes.Message, Text = "" }).AssertReply("Hvad hedder du?")
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_PromptWithoutInputHint_IsSentAsExpectingInput()
    {
        var options = new PromptOptions { Prompt = new Activity { Type = ActivityTypes.Message, Text = "Navn?" } };
        var host = PromptTestHost.For(() => new TextPrompt("prompt"), options);

        await host.Flow()
            .Send("hej").AssertReply(a => a.InputHint.Should().Be(InputHints.ExpectingInput))
            .StartTestAsync();
    }

    [Fact]
    public async Task TextPrompt_NonMessageActivity_IsIgnored()
    {
        var host = PromptTestHost.For(() => new TextPrompt("prompt"), Ask("Hvad hedder du?"));

        await host.Flow()
            .Send("hej").AssertReply("Hvad hedder du?")
            .Send(new Activity { Type = ActivityTypes.Typing }).AssertNoReply()
            .Send("Mette").AssertReply("result: Mette")
            .StartTestAsync();
    }

    [Fact]
    public async Task Prompt_BegunWithoutPromptOptions_Throws()
    {
        var host = new DialogTestHost(() => Root(
            new HeelBot.Builder.Dialogs.WaterfallDialog("w", [(step, ct) => step.BeginDialogAsync("prompt", "not options", ct)]),
            new TextPrompt("prompt")));

        var act = () => host.Flow().Send("hej").StartTestAsync();

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*PromptOptions*");
    }
}
