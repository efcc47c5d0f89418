namespace HeelBot.Bot.Hosting;

/// <summary>
/// How long what the bot stores is kept, each counted from its last write, and how often the job looks
/// (<c>Retention:Interval</c>, default 1 hour). All are TimeSpans in configuration, e.g. "30.00:00:00" and "01:00:00".
/// <list type="bullet">
/// <item><c>Retention:UnconsentedAge</c> (default 24 hours): conversation state and pending transcripts of a
/// conversation whose person has not agreed to keep it – the conversation has ended by then.</item>
/// <item><c>Retention:ConversationStateAge</c> (default 30 days): the state of a conversation whose person agreed.</item>
/// <item><c>Retention:TranscriptAge</c> (default 90 days): kept transcripts; the consent question states this age.</item>
/// </list>
/// </summary>
public sealed record RetentionOptions
{
    public const string SectionName = "Retention";

    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan ConversationStateAge { get; init; } = TimeSpan.FromDays(30);

    public TimeSpan UnconsentedAge { get; init; } = TimeSpan.FromHours(24);

    public TimeSpan TranscriptAge { get; init; } = TimeSpan.FromDays(90);

    /// <summary>The options from configuration; a zero or negative time is a configuration mistake, not "never".</summary>
    public static RetentionOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(SectionName).Get<RetentionOptions>() ?? new RetentionOptions();
        var invalid = new (string Name, TimeSpan Value)[]
        {
            (nameof(Interval), options.Interval),
            (nameof(ConversationStateAge), options.ConversationStateAge),
            (nameof(UnconsentedAge), options.UnconsentedAge),
            (nameof(TranscriptAge), options.TranscriptAge),
        }.Where(setting => setting.Value <= TimeSpan.Zero).Select(setting => $"Retention:{setting.Name}").ToList();
        if (invalid.Count > 0)
        {
            throw new InvalidOperationException(
                $"{string.Join(" and ", invalid)} must be positive TimeSpans, e.g. \"01:00:00\" (an hour) or \"30.00:00:00\" (30 days).");
        }

        return options;
    }
}
