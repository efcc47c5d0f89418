namespace HeelBot.Dialogs.Privacy;

/// <summary>A text with its personal data replaced, and where the replaced parts were in the original.</summary>
public sealed record RedactedText(string Text, IReadOnlyList<PiiMatch> Matches);
