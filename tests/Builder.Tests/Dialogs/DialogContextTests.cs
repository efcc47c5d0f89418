using HeelBot.Builder.Core;
using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Prompts;
using HeelBot.Builder.State;
using HeelBot.Builder.Testing;
using HeelBot.Builder.Tests.Support;
using static HeelBot.Builder.Tests.Support.DialogTestHost;

namespace HeelBot.Builder.Tests.Dialogs;

public class DialogContextTests
{
    [Fact]
    public async Task EndDialog_ChildEndsWithAResult_ParentStepReceivesIt()
    {
        var results = new List<object?>();
        var host = new DialogTestHost(() => [
            new WaterfallDialog("parent", [
                (step, ct) => step.BeginDialogAsync("child", null, ct),
                (step, ct) =>
                {
                    results.Add(step.Result);
                    return step.EndDialogAsync(null, ct);
                },
            ]),
            new WaterfallDialog("child", [
                (step, ct) => step.PromptAsync("number", Ask("Hvor ondt, 0 til 10?"), ct),
                (step, ct) => step.EndDialogAsync(new PainScore((int)step.Result!), ct),
            ]),
            new NumberPrompt<int>("number"),
        ]);

        await host.Flow().Send("hej").AssertReply("Hvor ondt, 0 til 10?").Send("7").StartTestAsync();

        results.Should().Equal(new PainScore(7));
        host.LastResult.Status.Should().Be(DialogTurnStatus.Complete);
    }

    [Fact]
    public async Task CancelAllDialogs_FromANestedStep_EmptiesTheStackAndTheNextMessageStartsOver()
    {
        var ended = new List<string>();
        var host = new DialogTestHost(() => [
            new WaterfallDialog("main", [
                (step, ct) => step.BeginDialogAsync("questions", null, ct),
                (step, ct) => step.EndDialogAsync("main done", ct),
            ]),
            new WaterfallDialog("questions", [
                (step, ct) => step.PromptAsync("text", Ask("Spørgsmål 1?"), ct),
                async (step, ct) =>
                {
                    if ((string)step.Result! != "stop")
                    {
                        return await step.PromptAsync("text", Ask("Spørgsmål 2?"), ct);
                    }

                    await step.Context.SendActivityAsync("Vi stopper her.", cancellationToken: ct);
                    return await step.CancelAllDialogsAsync(ct);
                },
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]),
            new TextPrompt("text"),
        ]);

        await host.Flow()
            .Send("hej").AssertReply("Spørgsmål 1?")
            .Send("stop").AssertReply("Vi stopper her.").AssertNoReply()
            .StartTestAsync();

        host.LastResult.Status.Should().Be(DialogTurnStatus.Cancelled);
        (await host.StoredDialogStateAsync())!.DialogStack.Should().BeEmpty();

        await host.Flow().Send("hej igen").AssertReply("Spørgsmål 1?").StartTestAsync();
    }

    [Fact]
    public async Task CancelAllDialogs_EmptyStack_ReturnsEmpty()
    {
        var host = new DialogTestHost(() => new WaterfallDialog("w"));

        var dc = await host.LoadDialogContextAsync(new WaterfallDialog("w"));

        (await dc.CancelAllDialogsAsync()).Status.Should().Be(DialogTurnStatus.Empty);
        (await dc.ContinueDialogAsync()).Status.Should().Be(DialogTurnStatus.Empty);
    }

    [Fact]
    public async Task Restart_NewDialogSetAndStateOnTheSameStorage_ResumesWhereTheConversationWas()
    {
        var storage = new MemoryStorage();
        var conversation = TestAdapter.CreateConversation(channelId: "webchat", conversationId: "restart-1");
        var before = new TestAdapter(conversation);
        var after = new TestAdapter(TestAdapter.CreateConversation(channelId: "webchat", conversationId: "restart-1"));
        var steps = new List<string>();

        await before.SendTextToBotAsync("hej", (context, ct) => RunFreshAsync(storage, steps, context, ct));
        before.GetNextReply()!.Text.Should().Be("Hvilken fod?");

        // "Restart": a new adapter, state, dialog set and dialog objects; only the storage is the same.
        await after.SendTextToBotAsync("venstre", (context, ct) => RunFreshAsync(storage, steps, context, ct));

        after.GetNextReply()!.Text.Should().Be("Hvor på foden?");
        steps.Should().Equal("ask foot", "got venstre");
    }

    [Fact]
    public async Task Continue_StoredStackNamesARemovedDialog_ThrowsWithItsName()
    {
        var host = new DialogTestHost(() => [
            new WaterfallDialog("old-flow", [(step, ct) => step.PromptAsync("text", Ask("?"), ct), (step, ct) => step.EndDialogAsync(null, ct)]),
            new TextPrompt("text"),
        ]);
        await host.Flow().Send("hej").AssertReply("?").StartTestAsync();

        var dc = await host.LoadDialogContextAsync(new WaterfallDialog("new-flow"));
        var act = () => dc.ContinueDialogAsync();

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*'text'*no longer exists*");
    }

    [Fact]
    public async Task BeginDialog_UnknownId_Throws()
    {
        var host = new DialogTestHost(() => new WaterfallDialog("w"));
        var dc = await host.LoadDialogContextAsync(new WaterfallDialog("w"));

        var act = () => dc.BeginDialogAsync("missing");

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*'missing'*");
    }

    [Fact]
    public async Task PromptAsync_NullOptions_Throws()
    {
        var host = new DialogTestHost(() => new TextPrompt("text"));
        var dc = await host.LoadDialogContextAsync(new TextPrompt("text"));

        var act = () => dc.PromptAsync("text", null!);

        await act.Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public void DialogSet_AddSameIdTwice_AcceptsTheSameInstanceAndRejectsAnother()
    {
        var dialog = new WaterfallDialog("w");
        var set = new DialogSet().Add(dialog).Add(dialog);

        set.GetDialogs().Should().ContainSingle();
        FluentActions.Invoking(() => set.Add(new WaterfallDialog("w"))).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task DialogSet_WithoutAccessor_CannotCreateAContext()
    {
        var act = () => new DialogSet().CreateContextAsync(new TurnContext(new TestAdapter(), new HeelBot.Builder.Schema.Activity()));

        await act.Should().ThrowAsync<InvalidOperationException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Dialog_BlankId_Throws(string id)
    {
        FluentActions.Invoking(() => new WaterfallDialog(id)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task FindDialog_InAChildContext_FallsBackToTheParentsSet()
    {
        var host = new DialogTestHost(() => new WaterfallDialog("w"));
        var outer = new WaterfallDialog("outer");
        var parent = await host.LoadDialogContextAsync(outer);

        var child = new DialogContext(new DialogSet().Add(new WaterfallDialog("inner")), parent.Context, new DialogState(), parent);

        child.FindDialog("inner").Should().NotBeNull();
        child.FindDialog("outer").Should().BeSameAs(outer);
        child.FindDialog("none").Should().BeNull();
    }

    private static async Task RunFreshAsync(MemoryStorage storage, List<string> steps, ITurnContext context, CancellationToken ct)
    {
        var state = new ConversationState(storage);
        var set = new DialogSet(state.CreateProperty<DialogState>("DialogState"))
            .Add(new WaterfallDialog("foot", [
                (step, c) =>
                {
                    steps.Add("ask foot");
                    return step.PromptAsync("text", Ask("Hvilken fod?"), c);
                },
                (step, c) =>
                {
                    steps.Add($"got {step.Result}");
                    return step.PromptAsync("text", Ask("Hvor på foden?"), c);
                },
                (step, c) => step.EndDialogAsync(null, c),
            ]))
            .Add(new TextPrompt("text"));
        var dc = await set.CreateContextAsync(context, ct);
        var result = await dc.ContinueDialogAsync(ct);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await dc.BeginDialogAsync("foot", null, ct);
        }

        await state.SaveChangesAsync(context, false, ct);
    }

    public sealed record PainScore(int Value);
}
