using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Prompts;
using static HeelBot.Builder.Tests.Support.DialogTestHost;

namespace HeelBot.Builder.Tests.Dialogs;

/// <summary>The CancelAndHelp pattern: a component that handles "hjælp" and "afbryd" before its inner dialogs see the message.</summary>
internal sealed class HelpAndCancelDialog : ComponentDialog
{
    public HelpAndCancelDialog()
        : base(nameof(HelpAndCancelDialog))
    {
        AddDialog(new WaterfallDialog("questions", [
            (step, ct) => step.PromptAsync("text", Ask("Hvor gør det ondt?"), ct),
            (step, ct) =>
            {
                step.Values["where"] = step.Result!;
                return step.PromptAsync("text", Ask("Hvor længe?"), ct);
            },
            (step, ct) => step.EndDialogAsync($"{step.Values["where"]} / {step.Result}", ct),
        ]));
        AddDialog(new TextPrompt("text"));
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
        {
            case "hjælp":
                await innerDc.Context.SendActivityAsync("Svar med et par ord, eller skriv 'afbryd'.", cancellationToken);
                return EndOfTurn;
            case "afbryd":
                await innerDc.Context.SendActivityAsync("Afbrudt.", cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }
}
