using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Prompts;
using HeelBot.Builder.Tests.Support;
using static HeelBot.Builder.Tests.Support.DialogTestHost;

namespace HeelBot.Builder.Tests.Dialogs;

public class ComponentDialogTests
{
    [Fact]
    public async Task Run_NestedComponent_InnerResultFlowsToTheOuterStep()
    {
        var host = new DialogTestHost(() => new ComponentDialog("booking")
            .AddDialog(new WaterfallDialog("booking-flow", [
                (step, ct) => step.BeginDialogAsync("details", null, ct),
                async (step, ct) =>
                {
                    var details = step.Result.Should().BeOfType<Details>().Subject;
                    await step.Context.SendActivityAsync($"Booker {details.Name} til {details.Clinic}.", cancellationToken: ct);
                    return await step.EndDialogAsync(details, ct);
                },
            ]))
            .AddDialog(new ComponentDialog("details")
                .AddDialog(new WaterfallDialog("details-flow", [
                    (step, ct) => step.PromptAsync("text", Ask("Dit navn?"), ct),
                    (step, ct) =>
                    {
                        step.Values["name"] = step.Result!;
                        return step.PromptAsync("text", Ask("Hvilken klinik?"), ct);
                    },
                    (step, ct) => step.EndDialogAsync(new Details((string)step.Values["name"], (string)step.Result!), ct),
                ]))
                .AddDialog(new TextPrompt("text"))));

        await host.Flow()
            .Send("book").AssertReply("Dit navn?")
            .Send("Mette").AssertReply("Hvilken klinik?")
            .Send("Aarhus").AssertReply("Booker Mette til Aarhus.")
            .AssertNoReply()
            .StartTestAsync();

        host.LastResult.Should().Be(new DialogTurnResult(DialogTurnStatus.Complete, new Details("Mette", "Aarhus")));
    }

    [Fact]
    public async Task Continue_HelpInterruption_AnswersAndKeepsThePromptWaiting()
    {
        var host = new DialogTestHost(InterruptibleIntake);

        await host.Flow()
            .Send("hej").AssertReply("Hvor gør det ondt?")
            .Send("hjælp").AssertReply("Svar med et par ord, eller skriv 'afbryd'.")
            .AssertNoReply()
            .Send("under hælen").AssertReply("Hvor længe?")
            .Send("en måned").AssertReply("Resultat: under hælen / en måned")
            .StartTestAsync();
    }

    [Fact]
    public async Task Continue_CancelInterruption_EndsTheComponentAndTheParentGetsNoResult()
    {
        var host = new DialogTestHost(InterruptibleIntake);

        await host.Flow()
            .Send("hej").AssertReply("Hvor gør det ondt?")
            .Send("under hælen").AssertReply("Hvor længe?")
            .Send("afbryd").AssertReply("Afbrudt.").AssertReply("Resultat: intet")
            .AssertNoReply()
            .Send("hej igen").AssertReply("Hvor gør det ondt?")
            .StartTestAsync();

        host.Results[2].Status.Should().Be(DialogTurnStatus.Complete);
    }

    [Fact]
    public async Task CancelAllDialogs_ComponentOnTheStack_CancelsItsInnerStackToo()
    {
        var ended = new List<string>();
        Dialog[] Dialogs() => [
            new WaterfallDialog("outer", [
                (step, ct) => step.BeginDialogAsync("component", null, ct),
                (step, ct) => step.EndDialogAsync(null, ct),
            ]),
            new ComponentDialog("component").AddDialog(new RecordingDialog("inner", ended)),
        ];
        var host = new DialogTestHost(Dialogs);
        await host.Flow().Send("hej").StartTestAsync();

        var dc = await host.LoadDialogContextAsync(Dialogs());
        dc.Stack.Select(d => d.Id).Should().Equal("component", "outer");
        var result = await dc.CancelAllDialogsAsync();

        result.Status.Should().Be(DialogTurnStatus.Cancelled);
        dc.Stack.Should().BeEmpty();
        ended.Should().Equal("inner:CancelCalled");
    }

    [Fact]
    public async Task Resume_AfterADialogStartedOnTheOuterStackEnds_RepromptsTheInnerQuestion()
    {
        Dialog[] Dialogs() => [
            new ComponentDialog("component")
                .AddDialog(new WaterfallDialog("flow", [
                    (step, ct) => step.PromptAsync("text", Ask("Hvor gør det ondt?"), ct),
                    (step, ct) => step.EndDialogAsync(step.Result, ct),
                ]))
                .AddDialog(new TextPrompt("text")),
            new WaterfallDialog("aside", [(step, ct) => step.EndDialogAsync(null, ct)]),
        ];
        var host = new DialogTestHost(Dialogs);
        await host.Flow().Send("hej").AssertReply("Hvor gør det ondt?").StartTestAsync();

        var dc = await host.LoadDialogContextAsync(Dialogs());
        var result = await dc.BeginDialogAsync("aside");

        result.Status.Should().Be(DialogTurnStatus.Waiting);
        host.Adapter.GetNextReply()!.Text.Should().Be("Hvor gør det ondt?");
    }

    [Fact]
    public void AddDialog_First_BecomesTheInitialDialogAndIsFindable()
    {
        var first = new WaterfallDialog("first");
        var component = new ComponentDialog("c").AddDialog(first).AddDialog(new WaterfallDialog("second"));

        component.InitialDialogId.Should().Be("first");
        component.FindDialog("first").Should().BeSameAs(first);
        component.FindDialog("missing").Should().BeNull();
        component.GetVersion().Should().Be("c:first:0;second:0");
    }

    [Fact]
    public async Task Begin_EmptyComponent_Throws()
    {
        var host = new DialogTestHost(() => new ComponentDialog("empty"));

        var act = () => host.Flow().Send("hej").StartTestAsync();

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*empty*");
    }

    private static ComponentDialog InterruptibleIntake() => new ComponentDialog("root")
        .AddDialog(new WaterfallDialog("root-flow", [
            (step, ct) => step.BeginDialogAsync(nameof(HelpAndCancelDialog), null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Resultat: {step.Result ?? "intet"}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]))
        .AddDialog(new HelpAndCancelDialog());

    public sealed record Details(string Name, string Clinic);
}
