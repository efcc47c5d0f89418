namespace HeelBot.Builder.Dialogs;

public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
