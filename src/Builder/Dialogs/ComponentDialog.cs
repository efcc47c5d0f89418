using HeelBot.Builder.Core;

namespace HeelBot.Builder.Dialogs;

/// <summary>A dialog made of other dialogs, with its own inner stack kept in its instance state.</summary>
public class ComponentDialog(string dialogId) : Dialog(dialogId)
{
    private const string InnerStateKey = "dialogs";

    protected DialogSet Dialogs { get; } = new();

    /// <summary>The dialog started when this component begins; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override string GetVersion() => $"{Id}:{Dialogs.GetVersion()}";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerState = new DialogState();
        dc.ActiveDialog!.State[InnerStateKey] = innerState;
        var inner = new DialogContext(Dialogs, dc.Context, innerState, dc);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken).ConfigureAwait(false);
        return await CompleteIfDoneAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = CreateInnerContext(dc, dc.ActiveDialog!);
        var result = await OnContinueDialogAsync(inner, cancellationToken).ConfigureAwait(false);
        return await CompleteIfDoneAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A dialog started on the outer stack came back: ask our current question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var inner = CreateInnerContext(null, instance, turnContext);
        return inner.RepromptDialogAsync(cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var inner = CreateInnerContext(null, instance, turnContext);
            await inner.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Override to handle interruptions (help, cancel) before the inner dialog sees the message.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Called when the inner stack completes; ends this component with the result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> CompleteIfDoneAsync(DialogContext outerDc, DialogTurnResult result, CancellationToken cancellationToken) =>
        result.Status switch
        {
            DialogTurnStatus.Complete => await EndComponentAsync(outerDc, result.Result, cancellationToken).ConfigureAwait(false),
            DialogTurnStatus.Cancelled => await outerDc.EndDialogAsync(result.Result, cancellationToken).ConfigureAwait(false),
            _ => EndOfTurn,
        };

    private DialogContext CreateInnerContext(DialogContext? outerDc, DialogInstance instance, ITurnContext? turnContext = null)
    {
        if (!instance.State.TryGetValue(InnerStateKey, out var stored) || stored is not DialogState innerState)
        {
            innerState = new DialogState();
            instance.State[InnerStateKey] = innerState;
        }

        return new DialogContext(Dialogs, outerDc?.Context ?? turnContext!, innerState, outerDc);
    }
}
