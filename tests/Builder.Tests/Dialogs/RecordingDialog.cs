using HeelBot.Builder.Core;
using HeelBot.Builder.Dialogs;

namespace HeelBot.Builder.Tests.Dialogs;

/// <summary>A dialog that waits forever and records how it leaves the stack.</summary>
internal sealed class RecordingDialog(string id, List<string> ended) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(EndOfTurn);

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        Task.FromResult(EndOfTurn);

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ended.Add($"{Id}:{reason}");
        return Task.CompletedTask;
    }
}
