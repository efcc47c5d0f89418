using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Understanding;

/// <summary>A place named in a message, with the tokens that name it (inclusive).</summary>
internal sealed record LocationMention(HeelLocation Location, int FirstToken, int LastToken);
