using Polly;
using Polly.Retry;

namespace HeelBot.Bot.Booking;

/// <summary>The Polly pipeline around each store call of a booking attempt: quick retries of transient errors only.</summary>
internal static class BookingResilience
{
    public static ResiliencePipeline Create(BookingRetryOptions options, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.QuickRetries);
        if (options.QuickRetries == 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(BookingStoreErrors.IsTransient),
                MaxRetryAttempts = options.QuickRetries,
                Delay = options.QuickRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
    }
}
