namespace HeelBot.Dialogs.Privacy;

/// <summary>One piece of personal data found in a text: its category and where it was in the original.</summary>
public sealed record PiiMatch(PiiCategory Category, int Offset, int Length);
