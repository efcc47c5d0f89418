namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// What the consent question promises: how long a kept transcript is kept. The host sets it from
/// <c>Retention:TranscriptAge</c>, the same value its retention job deletes kept transcripts by.
/// </summary>
public sealed record ConsentOptions(TimeSpan TranscriptAge)
{
    public static readonly TimeSpan DefaultTranscriptAge = TimeSpan.FromDays(90);

    public static ConsentOptions Default { get; } = new(DefaultTranscriptAge);

    /// <summary>The retention in whole days as the question states it; never less than one.</summary>
    public int TranscriptDays => Math.Max(1, (int)Math.Round(TranscriptAge.TotalDays, MidpointRounding.AwayFromZero));
}
