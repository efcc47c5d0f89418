namespace HeelBot.LoadTool.People;

/// <summary>
/// One message the bot sent, reduced to what a simulated person reads: the text, and from HeelBot's
/// <c>heelbot.turn</c> entity the slot asked for and the disposition (the reference bot sends no such entity).
/// </summary>
public sealed record BotReply(string? Text, string? InputHint, bool HasTurnEntity, string? Asks, string? Disposition);
