using HeelBot.Builder.Choices;
using HeelBot.Builder.Core;

namespace HeelBot.Builder.Prompts;

/// <summary>Offers a list of choices, rendered for the channel, and returns the one picked.</summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    public ChoiceRecognizer Recognizer { get; set; } = SimpleChoiceRecognizer.Recognize;

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        SendAsync(turnContext, options, isRetry, options?.Choices, cancellationToken);

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = Recognizer(turnContext.Activity.Text ?? string.Empty, options.Choices ?? [], turnContext.Activity.Locale);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
