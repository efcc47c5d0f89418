using Microsoft.Extensions.Options;

namespace HeelBot.Bot.TextAnalytics;

/// <summary>Checks the <c>TextAnalytics</c> section when the host starts, so a mistyped endpoint fails loudly there and not on a turn.</summary>
public sealed class TextAnalyticsOptionsValidator : IValidateOptions<TextAnalyticsOptions>
{
    public ValidateOptionsResult Validate(string? name, TextAnalyticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        switch (options.ParsedProvider)
        {
            case null:
                failures.Add($"TextAnalytics:Provider '{options.Provider}' is not supported; use 'Local' or 'AzureLanguage'.");
                break;
            case TextAnalyticsProvider.AzureLanguage:
                ValidateAzure(options, failures);
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAzure(TextAnalyticsOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            failures.Add("TextAnalytics:Provider is 'AzureLanguage' but TextAnalytics:Endpoint is empty. Set it to the Language resource's endpoint, e.g. https://NAME.cognitiveservices.azure.com/.");
        }
        else if (!Uri.TryCreate(options.Endpoint.Trim(), UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            failures.Add($"TextAnalytics:Endpoint '{options.Endpoint}' must be an absolute https URL without a query, e.g. https://NAME.cognitiveservices.azure.com/ (http only for localhost).");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !options.HasKey)
        {
            failures.Add($"TextAnalytics:Endpoint '{options.Endpoint}' is http: Azure.Core sends Entra ID tokens over https only. Use https, or set TextAnalytics:Key.");
        }

        if (string.IsNullOrWhiteSpace(options.ModelVersion))
        {
            failures.Add("TextAnalytics:ModelVersion must not be empty; use 'latest' or a dated model version.");
        }

        if (options.MinimumLanguageConfidence is < 0 or > 1 || double.IsNaN(options.MinimumLanguageConfidence))
        {
            failures.Add("TextAnalytics:MinimumLanguageConfidence must be between 0 and 1.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("TextAnalytics:MaxRetries must be between 0 and 10.");
        }

        if (options.NetworkTimeout <= TimeSpan.Zero)
        {
            failures.Add("TextAnalytics:NetworkTimeout must be a positive TimeSpan, e.g. \"00:00:10\".");
        }
    }
}
