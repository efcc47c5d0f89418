namespace HeelBot.Bot.Hosting;

/// <summary>
/// How long conversation state is kept (<c>Retention:ConversationStateAge</c>, default 30 days, counted from the
/// conversation's last write) and how often the job looks (<c>Retention:Interval</c>, default 1 hour). Both are
/// TimeSpans in configuration, e.g. "30.00:00:00" and "01:00:00".
/// </summary>
public sealed record RetentionOptions
{
    public const string SectionName = "Retention";

    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan ConversationStateAge { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The options from configuration; a zero or negative time is a configuration mistake, not "never".</summary>
    public static RetentionOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(SectionName).Get<RetentionOptions>() ?? new RetentionOptions();
        if (options.Interval <= TimeSpan.Zero || options.ConversationStateAge <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Retention:Interval and Retention:ConversationStateAge must be positive TimeSpans, e.g. \"01:00:00\" and \"30.00:00:00\".");
        }

        return options;
    }
}
