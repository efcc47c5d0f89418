namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// Put in the turn state when the person's message could not be redacted (the analyzer failed): the conversation goes
/// on, and the turn is left out of the transcript rather than written with what the person typed.
/// </summary>
public sealed record RedactionFailed(Exception Error);
