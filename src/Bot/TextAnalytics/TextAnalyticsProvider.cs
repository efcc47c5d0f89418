namespace HeelBot.Bot.TextAnalytics;

/// <summary>Which <see cref="HeelBot.Dialogs.Privacy.ITextAnalyzer"/> the host uses (<c>TextAnalytics:Provider</c>).</summary>
public enum TextAnalyticsProvider
{
    /// <summary>In-process rules; no service, no data leaves the host.</summary>
    Local,

    /// <summary>Azure AI Language, with the local rules as fallback when the service fails.</summary>
    AzureLanguage,
}
