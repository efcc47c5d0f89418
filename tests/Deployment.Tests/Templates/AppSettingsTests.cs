using System.Text.Json.Nodes;
using System.Xml.Linq;
using HeelBot.Bot.Hosting;
using HeelBot.Deployment.Tests.Support;

namespace HeelBot.Deployment.Tests.Templates;

/// <summary>
/// The app settings the template gives the host are the configuration the host reads: every key an operator must
/// decide on is set, every key set is one the host reads, and every secret arrives as a Key Vault reference.
/// </summary>
public sealed class AppSettingsTests
{
    /// <summary>
    /// Keys of appsettings.json that production leaves at their defaults, each with the reason. A key added to
    /// appsettings.json (or read by name in the code) that is neither set by the template nor listed here fails
    /// <see cref="AppSettings_SetEveryKeyTheHostDocuments_ExceptDeliberateDefaults"/>.
    /// </summary>
    private static readonly Dictionary<string, string> LeftAtDefault = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Logging"] = "the log levels in appsettings.json are the production ones",
        ["AllowedHosts"] = "App Service's front end only forwards requests for the app's own host names",
        ["BotFramework"] = "the defaults are the Bot Framework's and Entra's public endpoints; only tests point them elsewhere",
        ["ConnectionStrings:Sqlite"] = "production stores state in PostgreSQL (Storage:Provider is asserted below)",
    };

    /// <summary>Settings read by the platform or the runtime, not by HeelBot's configuration.</summary>
    private static readonly Dictionary<string, string> PlatformSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "ASP.NET Core's environment name",
        ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "ASP.NET Core applies X-Forwarded-Proto/For from App Service's front end",
        ["WEBSITES_PORT"] = "the port App Service forwards requests to",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "where Application Insights SDKs and exporters send telemetry; not a secret (ingestion only)",
    };

    private readonly ArmTemplate _template = ArmTemplate.Load(RepositoryPaths.Template);
    private readonly HostConfiguration _host = HostConfiguration.Load();
    private readonly IReadOnlyList<AppSetting> _settings;

    public AppSettingsTests() => _settings = ArmTemplate.AppSettings(_template.Single("Microsoft.Web/sites"));

    [Fact]
    public void HostConfiguration_IsFoundInTheHost()
    {
        // The derivation must find something, or the coverage tests below would pass on nothing.
        _host.AppSettingsKeys.Should().Contain(["MicrosoftAppId", "Storage:Provider", "ConnectionStrings:Postgres", "Twilio:AuthToken", "DirectLine:Secrets"]);
        _host.KeysReadInCode.Should().Contain(["Storage:Provider", "ConnectionStrings:Postgres"]);
        _host.OptionKeys.Should().Contain(["MicrosoftAppPassword", "Twilio:PublicUrl", "Retention:ConversationStateAge", "Storage:Postgres:MaxRetryAttempts"]);
    }

    [Fact]
    public void AppSettings_SetEveryKeyTheHostDocuments_ExceptDeliberateDefaults()
    {
        // Arrange
        var set = _settings.Select(s => s.ConfigurationKey).ToList();

        // Act: an array key (DirectLine:Secrets) is set by its items (DirectLine:Secrets:0).
        var missing = _host.DocumentedKeys
            .Where(key => !LeftAtDefault.Keys.Any(exempt => Covers(exempt, key)))
            .Where(key => !set.Any(s => Covers(key, s)))
            .Order(StringComparer.Ordinal)
            .ToList();

        // Assert
        missing.Should().BeEmpty("the template should set each key the host reads, or this test should say why production keeps its default");
    }

    [Fact]
    public void AppSettings_AreAllKeysTheHostReads_OrPlatformSettings()
    {
        // Act
        var unknown = _settings
            .Where(s => !PlatformSettings.ContainsKey(s.Name) && !_host.Reads(s.ConfigurationKey))
            .Select(s => s.Name)
            .ToList();

        // Assert: a misspelt key (Twillio__AuthToken) is silently ignored by the host, so it fails here.
        unknown.Should().BeEmpty();
        _settings.Select(s => s.Name.ToUpperInvariant()).Should().OnlyHaveUniqueItems("App Service keeps one value per name");
    }

    [Fact]
    public void AppSettings_StoreStateInPostgres_ThroughAKeyVaultReference()
    {
        Value("Storage:Provider").Should().Be("Postgres", "instances behind the load balancer must share one store");
        Value("ConnectionStrings:Postgres").Should().Contain("secretReferences").And.Contain("postgresConnectionString");
    }

    [Fact]
    public void AppSettings_WithSecrets_AreKeyVaultReferencesOrEmpty()
    {
        // Arrange: by key name, so a new secret-looking key is checked without editing this test.
        var secrets = _settings.Where(s => IsSecretKey(s.ConfigurationKey)).ToList();

        // Assert
        secrets.Select(s => s.ConfigurationKey).Should().Contain(["MicrosoftAppPassword", "ConnectionStrings:Postgres", "Twilio:AuthToken", "DirectLine:Secrets:0", "TextAnalytics:Key"]);
        foreach (var setting in secrets)
        {
            ArmExpression.IsExpression(setting.Value).Should().BeTrue("{0} should not hold a literal secret", setting.Name);
            var body = ArmExpression.WithoutEmptinessTests(setting.Value);
            ArmExpression.VariableNames(body).Should().Contain("secretReferences", "{0} should be a Key Vault reference", setting.Name);
            ArmExpression.ParameterNames(body).Should().BeEmpty("{0} may test whether a secret is set, never carry it", setting.Name);
            body.Should().NotContain("reference(").And.NotContain("listKeys(", "{0} should not copy a key out of another resource", setting.Name);
        }
    }

    [Fact]
    public void SecretReferences_AreKeyVaultReferencesToSecretsTheTemplateCreates()
    {
        // Arrange
        var references = _template.Variables["secretReferences"]!.AsObject();
        var secrets = _template.OfType("Microsoft.KeyVault/vaults/secrets");
        var vault = _template.Single("Microsoft.KeyVault/vaults");

        // Assert
        references.Should().NotBeEmpty();
        foreach (var (name, value) in references)
        {
            var text = (string)value!;
            text.Should().Contain("@Microsoft.KeyVault(VaultName={0};SecretName={1})").And.Contain(vault.NameSegments[0]);
            text.Should().Contain($"secretNames').{name}");
            secrets.Should().ContainSingle(s => s.LastNameSegment == $"variables('secretNames').{name}", "Key Vault reference {0} needs its secret", name);
        }
    }

    [Fact]
    public void AppSettings_ListenWhereAppServiceForwards()
    {
        // appsettings.json says http://localhost:3978 for development; App Service cannot reach localhost, and an
        // environment variable overrides appsettings.json, so the template must set Urls to the forwarded port.
        var urls = Value("Urls");
        urls.Should().Contain("http://+:").And.Contain("variables('appPort')");
        Value("WEBSITES_PORT").Should().Be("[variables('appPort')]");
        Value("ASPNETCORE_FORWARDEDHEADERS_ENABLED").Should().Be("true", "Direct Line stream URLs must be wss:// behind App Service's TLS, and rate limits need the client's address");
    }

    [Fact]
    public void AppSettings_PublicUrls_AreTheOneTheBotServiceCalls()
    {
        Value("Twilio:PublicUrl").Should().Be("[variables('publicBaseUrl')]", "Twilio signs the URL it called");
        ((string?)_template.Variables["botEndpoint"]).Should().Contain("variables('publicBaseUrl')");
        ((string?)_template.Single("Microsoft.BotService/botServices").Properties!["endpoint"]).Should().Be("[variables('botEndpoint')]");
    }

    [Fact]
    public void AppSettings_BotIdentity_IsTheManagedIdentityOrTheAppRegistration()
    {
        var appId = Value("MicrosoftAppId");
        appId.Should().Contain("variables('useManagedIdentity')").And.Contain("clientId").And.Contain("parameters('botAppId')");
        ((string?)_template.Single("Microsoft.BotService/botServices").Properties!["msaAppId"]).Should().Be(appId, "the bot registration and the host must name the same identity");
        Value("MicrosoftAppType").Should().Be("[parameters('botAppType')]");
        Value("MicrosoftAppTenantId").Should().Be("[parameters('botTenantId')]");
    }

    [Fact]
    public void Site_RunsTheHostOnItsFrameworkWithTheSettingsItNeeds()
    {
        // Arrange: the framework from the build props, the assembly from the host itself.
        var framework = XDocument.Load(RepositoryPaths.BuildProps).Descendants("TargetFramework").Single().Value;
        var version = framework.Replace("net", string.Empty, StringComparison.Ordinal);
        var site = _template.Single("Microsoft.Web/sites");
        var config = site.Properties!["siteConfig"]!;

        // Assert
        ((string?)config["linuxFxVersion"]).Should().Be($"DOTNETCORE|{version}");
        ((string?)config["appCommandLine"]).Should().Be($"dotnet {typeof(Program).Assembly.GetName().Name}.dll");
        ((bool?)site.Properties!["httpsOnly"]).Should().BeTrue();
        ((string?)config["minTlsVersion"]).Should().Be("1.2");
        ((string?)config["ftpsState"]).Should().Be("Disabled");
        ((bool?)config["alwaysOn"]).Should().BeTrue("the retention job runs in the background");
        ((bool?)config["webSocketsEnabled"]).Should().BeTrue("Web Chat streams Direct Line over WebSockets");
        ((bool?)site.Properties!["clientAffinityEnabled"]).Should().BeTrue("a browser's Direct Line posts should reach the instance holding its stream, so replies arrive without a hop through the database");
    }

    [Fact]
    public void Site_HealthCheckPath_IsTheHostsReadinessEndpoint()
    {
        var path = _template.ResolveLiteral((string)_template.Single("Microsoft.Web/sites").Properties!["siteConfig"]!["healthCheckPath"]!);
        path.Should().Be(HealthEndpoints.ReadinessPath);
    }

    private string Value(string configurationKey)
    {
        var setting = _settings.SingleOrDefault(s => string.Equals(s.ConfigurationKey, configurationKey, StringComparison.OrdinalIgnoreCase));
        setting.Should().NotBeNull("the template should set {0}", configurationKey);
        return setting!.Value;
    }

    /// <summary>Whether <paramref name="key"/> is <paramref name="prefix"/> or a key inside it.</summary>
    private static bool Covers(string prefix, string key) =>
        string.Equals(prefix, key, StringComparison.OrdinalIgnoreCase) || key.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase);

    private static bool IsSecretKey(string key)
    {
        var segments = key.Split(':').Where(s => !s.All(char.IsDigit)).ToList();
        var last = segments[^1];
        return !PlatformSettings.ContainsKey(key)
            && (segments[0].Equals("ConnectionStrings", StringComparison.OrdinalIgnoreCase)
                || last.Contains("Password", StringComparison.OrdinalIgnoreCase)
                || last.Contains("Secret", StringComparison.OrdinalIgnoreCase)
                || last.Contains("Token", StringComparison.OrdinalIgnoreCase)
                || last.EndsWith("Key", StringComparison.OrdinalIgnoreCase));
    }
}
