using HeelBot.Bot.TextAnalytics;
using HeelBot.Dialogs.Privacy;
using HeelBot.TextAnalytics.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeelBot.TextAnalytics.Tests.AzureLanguage;

public class TextAnalyticsServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Local")]
    [InlineData("local")]
    public void AddTextAnalytics_LocalOrNoProvider_RegistersTheLocalAnalyzer(string? provider)
    {
        using var services = Build(("TextAnalytics:Provider", provider));

        services.GetRequiredService<ITextAnalyzer>().Should().BeOfType<LocalTextAnalyzer>();
    }

    [Fact]
    public void AddTextAnalytics_AzureWithKey_RegistersTheAzureAnalyzer()
    {
        using var services = Build(
            ("TextAnalytics:Provider", "AzureLanguage"),
            ("TextAnalytics:Endpoint", "https://heelbot-language.cognitiveservices.azure.com/"),
            ("TextAnalytics:Key", "a-key"));

        services.GetRequiredService<ITextAnalyzer>().Should().BeOfType<AzureLanguageTextAnalyzer>();
    }

    [Fact]
    public void AddTextAnalytics_AzureWithoutKey_RegistersTheAzureAnalyzerWithATokenCredential()
    {
        using var services = Build(
            ("TextAnalytics:Provider", "azurelanguage"),
            ("TextAnalytics:Endpoint", "https://heelbot-language.cognitiveservices.azure.com"),
            ("TextAnalytics:ManagedIdentityClientId", "00000000-0000-0000-0000-000000000001"));

        services.GetRequiredService<ITextAnalyzer>().Should().BeOfType<AzureLanguageTextAnalyzer>();
    }

    [Theory]
    [InlineData("AzureLanguage", null, "a-key", "TextAnalytics:Endpoint is empty")]
    [InlineData("AzureLanguage", "   ", "a-key", "TextAnalytics:Endpoint is empty")]
    [InlineData("AzureLanguage", "heelbot-language.cognitiveservices.azure.com", "a-key", "must be an absolute https URL")]
    [InlineData("AzureLanguage", "http://heelbot-language.cognitiveservices.azure.com/", "a-key", "must be an absolute https URL")]
    [InlineData("AzureLanguage", "https://heelbot-language.cognitiveservices.azure.com/?api-version=2023-04-01", "a-key", "without a query")]
    [InlineData("AzureLanguage", "http://127.0.0.1:5000/", null, "https only")]
    [InlineData("Azure", "https://heelbot-language.cognitiveservices.azure.com/", "a-key", "TextAnalytics:Provider 'Azure' is not supported")]
    public async Task AddTextAnalytics_BadConfiguration_StopsTheHostAtStartWithAClearMessage(string provider, string? endpoint, string? key, string message)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TextAnalytics:Provider"] = provider,
            ["TextAnalytics:Endpoint"] = endpoint,
            ["TextAnalytics:Key"] = key,
        });
        builder.Services.AddTextAnalytics(builder.Configuration);
        using var host = builder.Build();

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(message);
    }

    [Fact]
    public async Task AddTextAnalytics_AzureOnLoopbackWithKey_RedactsThroughTheService()
    {
        await using var fake = await FakeLanguageService.StartAsync(https: false);
        fake.ExpectedKey = "loopback-key";
        fake.Entities.Add(new FakeEntity("Mette", "Person"));
        using var services = Build(
            ("TextAnalytics:Provider", "AzureLanguage"),
            ("TextAnalytics:Endpoint", fake.Endpoint.ToString()),
            ("TextAnalytics:Key", "loopback-key"),
            ("TextAnalytics:AlsoApplyLocalRules", "false"));

        var redacted = await services.GetRequiredService<ITextAnalyzer>().RedactAsync("Mette har ondt", "en");

        redacted.Text.Should().Be("[name] har ondt");
        fake.Requests.Should().ContainSingle().Which.SubscriptionKey.Should().Be("loopback-key");
    }

    private static ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTextAnalytics(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
