namespace HeelBot.Storage.Postgres;

/// <summary>How <see cref="PostgresStorage"/> rides out transient database errors.</summary>
public sealed record PostgresStorageOptions
{
    /// <summary>
    /// Retries after the first attempt when the server is unreachable, restarting or failing over (0 = none).
    /// An ETag conflict is never retried: it is an answer, not a fault.
    /// </summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The first wait; each further one doubles (with jitter), at most <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(2);
}
