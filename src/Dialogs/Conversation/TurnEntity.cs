namespace HeelBot.Dialogs.Conversation;

/// <summary>
/// The <c>heelbot.turn</c> entity every message carries (DESIGN.md, the conversation contract): what the
/// message asks for, the disposition once decided, red flags found so far, advice shown, and the language.
/// </summary>
public sealed record TurnEntity(
    string? Asks,
    string? Disposition,
    IReadOnlyList<string> RedFlags,
    IReadOnlyList<string> Sections,
    string Language)
{
    public const string EntityType = "heelbot.turn";
}
