namespace HeelBot.Dialogs.Conversation;

/// <summary>Where the red-flag question stands: how many answers were not understood, and whether to ask "which?".</summary>
public sealed record RedFlagRound(int Attempts, bool AskWhich);
