using Azure.Core;

namespace HeelBot.Bot.TextAnalytics;

/// <summary>
/// The Azure.Core pipeline settings (retries, timeout, transport) and how the analyzer reads the service's answers.
/// Retries follow Azure.Core's policy: 408, 429 and 5xx are retried, waiting at least what Retry-After asks.
/// </summary>
public sealed class AzureLanguageClientOptions : ClientOptions
{
    public AzureLanguageClientOptions()
    {
        Retry.MaxRetries = 2;
        Retry.Mode = RetryMode.Exponential;
        Retry.Delay = TimeSpan.FromSeconds(0.5);
        Retry.MaxDelay = TimeSpan.FromSeconds(10);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(10);

        // The text people type must never reach a log, Azure.Core's included.
        Diagnostics.IsLoggingContentEnabled = false;
    }

    /// <inheritdoc cref="TextAnalyticsOptions.ModelVersion"/>
    public string ModelVersion { get; set; } = "latest";

    /// <inheritdoc cref="TextAnalyticsOptions.CountryHint"/>
    public string? CountryHint { get; set; } = "dk";

    /// <inheritdoc cref="TextAnalyticsOptions.MinimumLanguageConfidence"/>
    public double MinimumLanguageConfidence { get; set; } = 0.6;

    /// <inheritdoc cref="TextAnalyticsOptions.AlsoApplyLocalRules"/>
    public bool AlsoApplyLocalRules { get; set; } = true;

    /// <summary>The client options for configured <paramref name="options"/>.</summary>
    public static AzureLanguageClientOptions From(TextAnalyticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = new AzureLanguageClientOptions
        {
            ModelVersion = options.ModelVersion,
            CountryHint = options.CountryHint,
            MinimumLanguageConfidence = options.MinimumLanguageConfidence,
            AlsoApplyLocalRules = options.AlsoApplyLocalRules,
        };
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.NetworkTimeout = options.NetworkTimeout;
        return client;
    }
}
