namespace HeelBot.Builder.State;

/// <summary>The consent a kept transcript rests on: when it was given, and which wording the person said yes to.</summary>
/// <param name="GivenAt">When the person answered yes.</param>
/// <param name="TextVersion">Identifies the exact question the person answered, so an audit can show it.</param>
public sealed record TranscriptConsent(DateTimeOffset GivenAt, string TextVersion);
