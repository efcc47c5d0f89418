using HeelBot.Builder.Choices;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Prompts;

/// <summary>What a prompt asks, what it says when the answer is not understood, and the choices it offers.</summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }

    public Activity? RetryPrompt { get; set; }

    public IList<Choice>? Choices { get; set; }

    public ListStyle? Style { get; set; }

    /// <summary>Extra data for a validator (kept with the prompt's state).</summary>
    public object? Validations { get; set; }
}
