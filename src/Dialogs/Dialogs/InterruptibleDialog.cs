using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Conversation;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// Handles what a person can say at any point – help, start over, stop – once, before the active
/// question sees the message (the CancelAndHelpDialog pattern).
/// </summary>
public abstract class InterruptibleDialog(string id, Replies replies, AnswerUnderstanding understanding) : ComponentDialog(id)
{
    protected Replies Replies { get; } = replies;

    protected AnswerUnderstanding Understanding { get; } = understanding;

    /// <summary>
    /// "Stop" as the message that would start a guide (the first message, or one after a finished guide) is taken
    /// at its word: a goodbye, not a greeting and a question.
    /// </summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        if (activity.Type == ActivityTypes.Message && activity.Text is { Length: > 0 } text
            && Understanding.Command(text, Replies.Session(innerDc.Context).Language) == Command.Stop)
        {
            OnStartOver(Replies.Session(innerDc.Context));
            await Replies.SayAsync(innerDc.Context, "goodbye", cancellationToken: cancellationToken).ConfigureAwait(false);
            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }

        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        if (activity.Type == ActivityTypes.Message && activity.Text is { Length: > 0 } text)
        {
            var session = Replies.Session(innerDc.Context);
            switch (Understanding.Command(text, session.Language))
            {
                case Command.Help:
                    await Replies.SayAsync(innerDc.Context, "help", cancellationToken: cancellationToken).ConfigureAwait(false);
                    await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                    return EndOfTurn;
                // Forget first, so the reply's heelbot.turn entity already shows the empty slate it announces.
                case Command.StartOver:
                    OnStartOver(session);
                    await Replies.SayAsync(innerDc.Context, "startover", cancellationToken: cancellationToken).ConfigureAwait(false);
                    await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                    return await innerDc.BeginDialogAsync(InitialDialogId!, null, cancellationToken).ConfigureAwait(false);
                case Command.Stop:
                    OnStartOver(session);
                    await Replies.SayAsync(innerDc.Context, "goodbye", cancellationToken: cancellationToken).ConfigureAwait(false);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return await OnContinueAfterCommandsAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Resets what the conversation knows before the dialog begins again.</summary>
    protected abstract void OnStartOver(TriageSession session);

    protected virtual Task<DialogTurnResult> OnContinueAfterCommandsAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        base.OnContinueDialogAsync(innerDc, cancellationToken);
}
