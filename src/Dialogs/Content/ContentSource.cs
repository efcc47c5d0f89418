namespace HeelBot.Dialogs.Content;

/// <summary>
/// Where an advice section's facts come from: a seed article in shared/seeds, and the external
/// study, guideline or organisation that article names for the point, when it names one.
/// </summary>
public sealed record ContentSource(string Seed, string? Reference = null);
