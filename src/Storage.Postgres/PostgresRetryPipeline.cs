using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace HeelBot.Storage.Postgres;

/// <summary>The Polly retry every storage operation runs in.</summary>
internal static class PostgresRetryPipeline
{
    public static ResiliencePipeline Create(PostgresStorageOptions options, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetryAttempts);
        if (options.MaxRetryAttempts == 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(PostgresTransientErrors.IsTransient),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,

                // Hosts that lost the database together should not all come back in the same millisecond.
                UseJitter = true,
                OnRetry = arguments =>
                {
                    logger.LogWarning(
                        arguments.Outcome.Exception,
                        "PostgreSQL storage: transient error, retry {Attempt} of {MaxAttempts} in {Delay} ms.",
                        arguments.AttemptNumber + 1,
                        options.MaxRetryAttempts,
                        (int)arguments.RetryDelay.TotalMilliseconds);
                    return default;
                },
            })
            .Build();
    }
}
