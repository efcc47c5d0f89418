using HeelBot.Builder.Choices;
using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Prompts;
using HeelBot.Builder.Schema;
using static HeelBot.Builder.Tests.Support.DialogTestHost;

namespace HeelBot.Builder.Tests.Support;

/// <summary>
/// Asks one prompt inside a waterfall and reports its result as a message "result: …" (or the value
/// passed through <see cref="Describe"/>), so a TestFlow can check what the prompt returned.
/// </summary>
internal static class PromptTestHost
{
    public static DialogTestHost For(Func<Dialog> createPrompt, PromptOptions options, string channelId = Channels.Test, string locale = "da-DK")
    {
        return new DialogTestHost(
            () => Root(
                new WaterfallDialog("ask", [
                    (step, ct) => step.PromptAsync("prompt", options, ct),
                    async (step, ct) =>
                    {
                        await step.Context.SendActivityAsync($"result: {Describe(step.Result)}", cancellationToken: ct);
                        return await step.EndDialogAsync(step.Result, ct);
                    },
                ]),
                createPrompt()),
            channelId,
            locale);
    }

    public static string Describe(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        FoundChoice found => $"{found.Value}#{found.Index}",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}
