namespace HeelBot.Bot.Booking;

/// <summary>How failed bookings are retried (<c>Booking:Retry</c>).</summary>
public sealed record BookingRetryOptions
{
    /// <summary>Attempts in all, the one in the conversation included, before a request is handed to staff.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The wait before the first retry; each further one doubles, at most <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How often <see cref="BookingRetryJob"/> looks for due requests.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests retried per run at most.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>Quick retries of a transient database error within one attempt (Polly), before the attempt counts as failed.</summary>
    public int QuickRetries { get; init; } = 2;

    /// <summary>The first quick retry's wait; doubling, with jitter.</summary>
    public TimeSpan QuickRetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The wait before retry number <paramref name="attempts"/> (1 = after the first failed attempt).</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstDelay.Ticks * factor, MaxDelay.Ticks));
        return delay < FirstDelay ? FirstDelay : delay;
    }
}
