namespace HeelBot.Dialogs.Conversation;

/// <summary>How much the one-at-a-time red-flag check asks this time.</summary>
/// <param name="CareNowOnly">Only the unclear mentions that could call for care now, before the other questions.</param>
public sealed record RedFlagCheckOptions(bool CareNowOnly);
