using Azure;
using Azure.Core;
using Azure.Identity;
using HeelBot.Dialogs.Privacy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HeelBot.Bot.TextAnalytics;

public static class TextAnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITextAnalyzer"/> by <c>TextAnalytics:Provider</c>: the <see cref="LocalTextAnalyzer"/>
    /// (default), or <see cref="AzureLanguageTextAnalyzer"/> on <c>TextAnalytics:Endpoint</c> with
    /// <c>TextAnalytics:Key</c> or, without a key, DefaultAzureCredential. The section is checked when the host starts:
    /// an unknown provider or a missing or malformed endpoint stops it with a message naming the key to fix.
    /// </summary>
    public static IServiceCollection AddTextAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TextAnalyticsOptions>().Bind(configuration.GetSection(TextAnalyticsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TextAnalyticsOptions>, TextAnalyticsOptionsValidator>());
        services.TryAddSingleton<LocalTextAnalyzer>();
        services.TryAddSingleton<ITextAnalyzer>(CreateAnalyzer);
        return services;
    }

    private static ITextAnalyzer CreateAnalyzer(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<TextAnalyticsOptions>>().Value;
        var local = provider.GetRequiredService<LocalTextAnalyzer>();
        var logger = provider.GetRequiredService<ILogger<AzureLanguageTextAnalyzer>>();
        if (options.ParsedProvider != TextAnalyticsProvider.AzureLanguage)
        {
            return local;
        }

        // The validator has vouched for the endpoint by now.
        var endpoint = new Uri(options.Endpoint!.Trim());
        var clientOptions = AzureLanguageClientOptions.From(options);
        if (options.HasKey)
        {
            logger.LogInformation("Text analytics: Azure AI Language at {Endpoint} with a key.", endpoint);
            return new AzureLanguageTextAnalyzer(endpoint, new AzureKeyCredential(options.Key!.Trim()), local, logger, clientOptions);
        }

        logger.LogInformation("Text analytics: Azure AI Language at {Endpoint} with DefaultAzureCredential.", endpoint);
        return new AzureLanguageTextAnalyzer(endpoint, CreateCredential(options), local, logger, clientOptions);
    }

    private static TokenCredential CreateCredential(TextAnalyticsOptions options)
    {
        var credentialOptions = new DefaultAzureCredentialOptions();
        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            credentialOptions.ManagedIdentityClientId = options.ManagedIdentityClientId.Trim();
        }

        return new DefaultAzureCredential(credentialOptions);
    }
}
