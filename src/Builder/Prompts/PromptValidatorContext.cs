using HeelBot.Builder.Core;

namespace HeelBot.Builder.Prompts;

public sealed class PromptValidatorContext<T>(ITurnContext context, PromptRecognizerResult<T> recognized, IDictionary<string, object> state, PromptOptions options)
{
    public ITurnContext Context { get; } = context;

    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    public PromptOptions Options { get; } = options;

    public IDictionary<string, object> State { get; } = state;

    /// <summary>How many answers have been tried, this one included.</summary>
    public int AttemptCount => Convert.ToInt32(State[Prompt<T>.AttemptCountKey], System.Globalization.CultureInfo.InvariantCulture);
}
