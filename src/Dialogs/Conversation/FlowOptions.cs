namespace HeelBot.Dialogs.Conversation;

/// <summary>How the main flow begins.</summary>
/// <param name="Resumed">
/// The flow starts again mid-conversation to ask something first; what was understood has been confirmed already.
/// </param>
public sealed record FlowOptions(bool Resumed);
