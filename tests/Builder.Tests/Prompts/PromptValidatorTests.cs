using HeelBot.Builder.Prompts;
using HeelBot.Builder.Tests.Support;
using static HeelBot.Builder.Tests.Support.DialogTestHost;

namespace HeelBot.Builder.Tests.Prompts;

public class PromptValidatorTests
{
    [Fact]
    public async Task Validator_ReturnsFalse_SendsTheRetryPromptAndCountsAttempts()
    {
        var attempts = new List<(int Attempt, bool Recognized)>();
        var host = PromptTestHost.For(
            () => new NumberPrompt<int>("prompt", (context, _) =>
            {
                attempts.Add((context.AttemptCount, context.Recognized.Succeeded));
                return Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value is >= 0 and <= 10);
            }),
            Ask("Hvor ondt, 0 til 10?", "Et tal fra 0 til 10, tak."));

        await host.Flow()
            .Send("hej").AssertReply("Hvor ondt, 0 til 10?")
            .Send("11").AssertReply("Et tal fra 0 til 10, tak.")
            .Send("meget").AssertReply("Et tal fra 0 til 10, tak.")
            .Send("8").AssertReply("result: 8")
            .StartTestAsync();

        attempts.Should().Equal((1, true), (2, false), (3, true));
    }

    [Fact]
    public async Task Validator_SendsItsOwnMessage_SuppressesTheRetryPrompt()
    {
        var host = PromptTestHost.For(
            () => new TextPrompt("prompt", async (context, ct) =>
            {
                if (context.Recognized.Value?.Length >= 2)
                {
                    return true;
                }

                await context.Context.SendActivityAsync($"'{context.Recognized.Value}' er for kort (forsøg {context.AttemptCount}).", cancellationToken: ct);
                return false;
            }),
            Ask("Navn?", "Prøv igen."));

        await host.Flow()
            .Send("hej").AssertReply("Navn?")
            .Send("M").AssertReply("'M' er for kort (forsøg 1).")
            .AssertNoReply()
            .Send("Mette").AssertReply("result: Mette")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_AcceptsAfterMaxAttempts_EndsThePromptWithTheRecognizedValue()
    {
        var host = PromptTestHost.For(
            () => new ConfirmPrompt("prompt", (context, _) => Task.FromResult(context.Recognized.Succeeded || context.AttemptCount >= 2)),
            Ask("Feber?", "Ja eller nej?"));

        await host.Flow()
            .Send("hej").AssertReply(_ => { })
            .Send("hmm").AssertReply(_ => { })
            .Send("stadig hmm").AssertReply("result: false")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_SeesThePromptOptions()
    {
        PromptOptions? seen = null;
        var options = new PromptOptions { Prompt = HeelBot.Builder.Schema.MessageFactory.Text("Alder?"), Validations = new AgeRange(18, 120) };
        var host = PromptTestHost.For(
            () => new NumberPrompt<int>("prompt", (context, _) =>
            {
                seen = context.Options;
                var range = (AgeRange)context.Options.Validations!;
                return Task.FromResult(context.Recognized.Value >= range.Min && context.Recognized.Value <= range.Max);
            }),
            options);

        await host.Flow()
            .Send("hej").AssertReply("Alder?")
            .Send("12").AssertReply("Alder?")
            .Send("40").AssertReply("result: 40")
            .StartTestAsync();

        seen!.Validations.Should().Be(new AgeRange(18, 120), "the options were read back from storage with their typed validations");
    }

    public sealed record AgeRange(int Min, int Max);
}
