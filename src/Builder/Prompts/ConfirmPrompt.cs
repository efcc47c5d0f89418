using HeelBot.Builder.Choices;
using HeelBot.Builder.Core;

namespace HeelBot.Builder.Prompts;

/// <summary>
/// Asks a yes/no question, offering two choices. The default recogniser knows a handful of Danish
/// and English words; set <see cref="Recognizer"/> and <see cref="ChoicesFor"/> for more.
/// </summary>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    private static readonly string[] Yes = ["ja", "jo", "yes", "y", "ok", "okay", "yep", "yeah", "sure"];
    private static readonly string[] No = ["nej", "no", "n", "nope", "nej tak", "no thanks"];

    /// <summary>Reads yes (true), no (false) or neither (null).</summary>
    public Func<string, string?, bool?> Recognizer { get; set; } = RecognizeDefault;

    /// <summary>The yes and no choices for a locale (Danish by default).</summary>
    public Func<string?, (Choice Yes, Choice No)> ChoicesFor { get; set; } = locale =>
        locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true
            ? (new Choice("yes", "Yes"), new Choice("no", "No"))
            : (new Choice("yes", "Ja"), new Choice("no", "Nej"));

    public static bool? RecognizeDefault(string text, string? locale)
    {
        var answer = (text ?? string.Empty).Trim().TrimEnd('.', '!').ToLowerInvariant();
        if (Yes.Contains(answer))
        {
            return true;
        }

        return No.Contains(answer) ? false : null;
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var (yes, no) = ChoicesFor(turnContext.Activity.Locale);
        return SendAsync(turnContext, options, isRetry, options?.Choices ?? [yes, no], cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text ?? string.Empty;
        var (yes, no) = ChoicesFor(turnContext.Activity.Locale);
        var answer = Recognizer(text, turnContext.Activity.Locale);
        if (answer is null && SimpleChoiceRecognizer.Recognize(text, [yes, no], turnContext.Activity.Locale) is { } found)
        {
            answer = found.Index == 0;
        }

        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = answer.HasValue, Value = answer ?? false });
    }
}
