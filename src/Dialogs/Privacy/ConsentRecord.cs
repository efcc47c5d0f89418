namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// The person's answer to "may we keep a copy of this conversation?", kept with the conversation: yes or no, when,
/// and which wording they answered (see <see cref="HeelBot.Dialogs.Dialogs.ConsentDialog"/>). Asked once per conversation.
/// </summary>
public sealed record ConsentRecord(bool Given, DateTimeOffset AnsweredAt, string TextVersion);
