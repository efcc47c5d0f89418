using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Prompts;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Builder.Tests.Support;
using static HeelBot.Builder.Tests.Support.DialogTestHost;

namespace HeelBot.Builder.Tests.Dialogs;

public class WaterfallDialogTests
{
    private readonly List<string> _log = [];

    [Fact]
    public async Task Run_ThreeSteps_RunOneStepPerTurnInOrder()
    {
        var host = new DialogTestHost(() => Root(
            new WaterfallDialog("intake", [
                async (step, ct) =>
                {
                    _log.Add($"1 {step.Reason}");
                    return await step.PromptAsync("text", Ask("Hvor gør det ondt?"), ct);
                },
                async (step, ct) =>
                {
                    _log.Add($"2 {step.Reason} {step.Result}");
                    return await step.PromptAsync("text", Ask("Hvor længe har det varet?"), ct);
                },
                async (step, ct) =>
                {
                    _log.Add($"3 {step.Reason} {step.Result}");
                    await step.Context.SendActivityAsync("Tak.", cancellationToken: ct);
                    return await step.EndDialogAsync("færdig", ct);
                },
            ]),
            new TextPrompt("text")));

        await host.Flow()
            .Send("hej").AssertReply("Hvor gør det ondt?")
            .Send("under hælen").AssertReply("Hvor længe har det varet?")
            .Send("tre uger").AssertReply("Tak.")
            .AssertNoReply()
            .StartTestAsync();

        _log.Should().Equal("1 BeginCalled", "2 EndCalled under hælen", "3 EndCalled tre uger");
        host.Results.Select(r => r.Status).Should().Equal(DialogTurnStatus.Waiting, DialogTurnStatus.Waiting, DialogTurnStatus.Complete);
        host.LastResult.Result.Should().Be("færdig");
    }

    [Fact]
    public async Task Run_LastStepReturnsWithoutEnding_EndsWithTheLastResult()
    {
        var host = new DialogTestHost(() => Root(new WaterfallDialog("w", [
            (step, ct) => step.PromptAsync("text", Ask("Navn?"), ct),
            (step, ct) => step.NextAsync($"hej {step.Result}", ct),
        ]), new TextPrompt("text")));

        await host.Flow().Send("start").AssertReply("Navn?").Send("Mette").StartTestAsync();

        host.LastResult.Should().Be(new DialogTurnResult(DialogTurnStatus.Complete, "hej Mette"));
        (await host.StoredDialogStateAsync())!.DialogStack.Should().BeEmpty();
    }

    [Fact]
    public async Task Continue_MessageWhileNoPromptIsActive_BecomesTheStepResult()
    {
        var host = new DialogTestHost(() => Root(new WaterfallDialog("w", [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Skriv hvad som helst.", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                _log.Add($"{step.Reason} {step.Result}");
                return await step.EndDialogAsync(null, ct);
            },
        ])));

        await host.Flow().Send("hej").AssertReply("Skriv hvad som helst.").Send("noget").StartTestAsync();

        _log.Should().Equal("ContinueCalled noget");
    }

    [Fact]
    public async Task Continue_NonMessageActivityWhileWaiting_IsIgnored()
    {
        var host = new DialogTestHost(() => Root(new WaterfallDialog("w", [
            (_, _) => Task.FromResult(Dialog.EndOfTurn),
            (step, ct) =>
            {
                _log.Add("step 2");
                return step.EndDialogAsync(null, ct);
            },
        ])));

        await host.Flow()
            .Send("hej")
            .Send(new Activity { Type = ActivityTypes.Typing })
            .Send(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" })
            .StartTestAsync();

        _log.Should().BeEmpty();
        host.LastResult.Status.Should().Be(DialogTurnStatus.Waiting);
    }

    [Fact]
    public async Task NextAsync_FromAStep_RunsTheNextStepInTheSameTurnWithTheResult()
    {
        var host = new DialogTestHost(() => Root(new WaterfallDialog("w", [
            (step, ct) => step.NextAsync("allerede kendt", ct),
            async (step, ct) =>
            {
                _log.Add($"{step.Index} {step.Reason} {step.Result}");
                return await step.PromptAsync("text", Ask("Næste spørgsmål?"), ct);
            },
        ]), new TextPrompt("text")));

        await host.Flow().Send("hej").AssertReply("Næste spørgsmål?").AssertNoReply().StartTestAsync();

        _log.Should().Equal("1 NextCalled allerede kendt");
    }

    [Fact]
    public async Task NextAsync_CalledTwiceInOneStep_Throws()
    {
        Exception? caught = null;
        var host = new DialogTestHost(() => Root(new WaterfallDialog("w", [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                caught = await Record.ExceptionAsync(() => step.NextAsync(null, ct));
                return Dialog.EndOfTurn;
            },
            (_, _) => Task.FromResult(Dialog.EndOfTurn),
        ])));

        await host.Flow().Send("hej").StartTestAsync();

        caught.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Contain("step 0");
    }

    [Fact]
    public async Task Values_SetInEarlierTurns_AreReadBackFromStorageInLaterTurns()
    {
        IDictionary<string, object>? firstTurnValues = null;
        IDictionary<string, object>? lastTurnValues = null;
        var host = new DialogTestHost(() => Root(new WaterfallDialog("w", [
            async (step, ct) =>
            {
                firstTurnValues = step.Values;
                step.Values["side"] = "venstre";
                step.Values["answer"] = new Answer("location", 1);
                return await step.PromptAsync("text", Ask("Hvor?"), ct);
            },
            async (step, ct) =>
            {
                step.Values["location"] = (string)step.Result!;
                return await step.PromptAsync("text", Ask("Hvor længe?"), ct);
            },
            async (step, ct) =>
            {
                lastTurnValues = step.Values;
                var answer = (Answer)step.Values["answer"];
                await step.Context.SendActivityAsync($"{step.Values["side"]}, {step.Values["location"]}, {step.Result}, {answer.Key}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]), new TextPrompt("text")));

        await host.Flow()
            .Send("hej").AssertReply("Hvor?")
            .Send("hælen").AssertReply("Hvor længe?")
            .Send("to uger").AssertReply("venstre, hælen, to uger, location")
            .StartTestAsync();

        lastTurnValues.Should().NotBeSameAs(firstTurnValues, "each turn must read the values from storage, not from memory");
    }

    [Fact]
    public async Task Values_AfterASavedTurn_AreInTheStoredJson()
    {
        var host = new DialogTestHost(() => Root(new WaterfallDialog("w", [
            async (step, ct) =>
            {
                step.Values["side"] = "højre";
                return await step.PromptAsync("text", Ask("Hvor?"), ct);
            },
            (step, ct) => step.EndDialogAsync(null, ct),
        ]), new TextPrompt("text")));

        await host.Flow().Send("hej").AssertReply("Hvor?").StartTestAsync();

        var root = (await host.StoredDialogStateAsync())!.DialogStack.Single();
        var inner = (DialogState)root.State["dialogs"];
        inner.DialogStack.Select(d => d.Id).Should().Equal("text", "w");
        ((IDictionary<string, object>)inner.DialogStack[1].State["values"])["side"].Should().Be("højre");
    }

    [Fact]
    public async Task Options_TypedRecord_SurvivesTurns()
    {
        var options = new IntakeOptions("da", 2, Urgent: false);
        var host = new DialogTestHost(() => Root(
            new WaterfallDialog("start", [(step, ct) => step.BeginDialogAsync("intake", options, ct)]),
            new WaterfallDialog("intake", [
                (step, ct) => step.PromptAsync("text", Ask("Første?"), ct),
                (step, ct) => step.PromptAsync("text", Ask("Anden?"), ct),
                async (step, ct) =>
                {
                    var read = step.Options.Should().BeOfType<IntakeOptions>().Subject;
                    await step.Context.SendActivityAsync($"{read.Language} {read.Visit} {read.Urgent}", cancellationToken: ct);
                    return await step.EndDialogAsync(read with { Visit = read.Visit + 1 }, ct);
                },
            ]),
            new TextPrompt("text")));

        await host.Flow()
            .Send("hej").AssertReply("Første?")
            .Send("a").AssertReply("Anden?")
            .Send("b").AssertReply("da 2 False")
            .StartTestAsync();

        host.LastResult.Result.Should().Be(new IntakeOptions("da", 3, false));
    }

    [Fact]
    public async Task ReplaceDialog_Loop_RestartsWithoutGrowingTheStack()
    {
        var depths = new List<int>();
        var host = new DialogTestHost(() => Root(
            new WaterfallDialog("sum", [
                (step, ct) => step.PromptAsync("text", Ask($"Total {((SumOptions?)step.Options)?.Total ?? 0}. Tal?"), ct),
                (step, ct) =>
                {
                    depths.Add(step.Stack.Count);
                    var total = ((SumOptions?)step.Options)?.Total ?? 0;
                    return (string)step.Result! == "færdig"
                        ? step.EndDialogAsync(total, ct)
                        : step.ReplaceDialogAsync("sum", new SumOptions(total + int.Parse((string)step.Result!, System.Globalization.CultureInfo.InvariantCulture)), ct);
                },
            ]),
            new TextPrompt("text")));

        await host.Flow()
            .Send("hej").AssertReply("Total 0. Tal?")
            .Send("2").AssertReply("Total 2. Tal?")
            .Send("3").AssertReply("Total 5. Tal?")
            .Send("10").AssertReply("Total 15. Tal?")
            .Send("færdig")
            .StartTestAsync();

        depths.Should().Equal(1, 1, 1, 1);
        host.LastResult.Should().Be(new DialogTurnResult(DialogTurnStatus.Complete, 15));
    }

    [Fact]
    public void GetVersion_ChangesWithTheNumberOfSteps()
    {
        var waterfall = new WaterfallDialog("w", [(s, ct) => s.EndDialogAsync(null, ct)]);
        var before = waterfall.GetVersion();

        waterfall.AddStep((s, ct) => s.EndDialogAsync(null, ct));

        before.Should().Be("w:1");
        waterfall.GetVersion().Should().Be("w:2");
    }

    public sealed record Answer(string Key, int Attempt);

    public sealed record IntakeOptions(string Language, int Visit, bool Urgent);

    public sealed record SumOptions(int Total);
}
