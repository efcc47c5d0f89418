namespace HeelBot.Bot.Channels.Twilio;

/// <summary>A fixed-window limit: at most <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class TwilioRateLimitOptions
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
