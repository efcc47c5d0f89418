namespace HeelBot.Builder.Prompts;

/// <summary>Decides whether a recognised answer is acceptable; false re-asks with the retry prompt.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
