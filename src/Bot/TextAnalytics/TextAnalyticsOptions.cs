namespace HeelBot.Bot.TextAnalytics;

/// <summary>
/// The <c>TextAnalytics</c> configuration section. <c>Provider</c> is <c>Local</c> (default) or <c>AzureLanguage</c>;
/// for Azure, <c>Endpoint</c> is the Language resource (https://NAME.cognitiveservices.azure.com/) and <c>Key</c> its
/// key. Without a key the host signs in with Azure.Identity's DefaultAzureCredential (managed identity in Azure; set
/// <c>ManagedIdentityClientId</c> for a user-assigned one), which needs the Cognitive Services User role.
/// </summary>
public sealed record TextAnalyticsOptions
{
    public const string SectionName = "TextAnalytics";

    public string Provider { get; init; } = nameof(TextAnalyticsProvider.Local);

    public string? Endpoint { get; init; }

    public string? Key { get; init; }

    public string? ManagedIdentityClientId { get; init; }

    /// <summary>The service's model version; "latest" unless a pinned one is needed for reproducible redaction.</summary>
    public string ModelVersion { get; init; } = "latest";

    /// <summary>The country that settles ambiguous language detection; the bot's users are mostly in Denmark.</summary>
    public string? CountryHint { get; init; } = "dk";

    /// <summary>Below this confidence the service's language is not trusted and the local detector decides.</summary>
    public double MinimumLanguageConfidence { get; init; } = 0.6;

    /// <summary>
    /// Also redact what the local rules find. The service's models miss Danish phone formats and names in Danish
    /// text that the rules catch ("jeg hedder Mette"), and a transcript should lose too much rather than too little.
    /// </summary>
    public bool AlsoApplyLocalRules { get; init; } = true;

    /// <summary>Retries of throttled (429) and failed (408, 5xx) requests before the local analyzer answers.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>How long one request may take: the transcript waits for it.</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The provider, or null when <see cref="Provider"/> names none (empty means Local).</summary>
    public TextAnalyticsProvider? ParsedProvider => Provider?.Trim().ToUpperInvariant() switch
    {
        null or "" or "LOCAL" => TextAnalyticsProvider.Local,
        "AZURELANGUAGE" => TextAnalyticsProvider.AzureLanguage,
        _ => null,
    };

    public bool HasKey => !string.IsNullOrWhiteSpace(Key);
}
