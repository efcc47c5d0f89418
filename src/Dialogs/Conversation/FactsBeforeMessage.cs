using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Conversation;

/// <summary>
/// What the conversation knew before this turn's message was read, kept in the turn state, so the dialogs can tell
/// what the message itself changed from what an earlier answer already settled.
/// </summary>
public sealed record FactsBeforeMessage(TriageFacts Facts);
