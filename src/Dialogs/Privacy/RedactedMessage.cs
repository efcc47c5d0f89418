namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// The person's message of this turn as it may go into the transcript (redacted), kept in the turn state between the
/// bot reading the message and the transcript logger writing it. When it is missing, the message is left out.
/// </summary>
public sealed record RedactedMessage(string Text);
