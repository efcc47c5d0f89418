namespace HeelBot.Builder.Dialogs;

/// <summary>One step of a waterfall: ends in a prompt, a skip (NextAsync) or an end.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
