using HeelBot.Authentication.Tests.Support;
using HeelBot.Bot.Authentication;

namespace HeelBot.Authentication.Tests.Configuration;

/// <summary>The app type rules, as ConfigurationServiceClientCredentialFactory in the Bot Framework SDK has them.</summary>
public sealed class BotFrameworkOptionsValidatorTests
{
    private const string Secret = "s3cret";

    [Theory]
    [InlineData("", "", "", "")] // anonymous development mode
    [InlineData("SingleTenant", BotHost.AppId, Secret, BotHost.TenantId)]
    [InlineData("singletenant", BotHost.AppId, Secret, BotHost.TenantId)]
    [InlineData("UserAssignedMSI", BotHost.AppId, "", BotHost.TenantId)]
    [InlineData("MultiTenant", BotHost.AppId, Secret, "")]
    [InlineData("", BotHost.AppId, Secret, "")] // empty app type means MultiTenant, as in the SDK
    public void Validate_ConsistentIdentity_Succeeds(string appType, string appId, string password, string tenantId)
    {
        var result = Validate(appType, appId, password, tenantId);

        result.Succeeded.Should().BeTrue(result.FailureMessage);
    }

    [Theory]
    [InlineData("SingleTenant", BotHost.AppId, "", BotHost.TenantId, "SingleTenant needs MicrosoftAppPassword")]
    [InlineData("SingleTenant", BotHost.AppId, Secret, "", "SingleTenant needs MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", BotHost.AppId, Secret, BotHost.TenantId, "UserAssignedMSI takes no MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", BotHost.AppId, "", "", "UserAssignedMSI needs MicrosoftAppTenantId")]
    [InlineData("MultiTenant", BotHost.AppId, "", "", "MultiTenant needs MicrosoftAppPassword")]
    [InlineData("SystemAssignedMSI", BotHost.AppId, Secret, BotHost.TenantId, "'SystemAssignedMSI' is not one of")]
    [InlineData("SingleTenant", "", Secret, BotHost.TenantId, "MicrosoftAppPassword is set but MicrosoftAppId is empty")]
    public void Validate_InconsistentIdentity_FailsSayingWhatToFix(string appType, string appId, string password, string tenantId, string expected)
    {
        var result = Validate(appType, appId, password, tenantId);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain(expected);
    }

    [Theory]
    [InlineData("http://login.example.com/metadata", "BotFramework:OpenIdMetadataUrl")]
    [InlineData("not a url", "BotFramework:OpenIdMetadataUrl")]
    public void Validate_MetadataUrlNotHttpsAndNotLocal_Fails(string url, string expected)
    {
        var options = Options("SingleTenant", BotHost.AppId, Secret, BotHost.TenantId);
        options.BotFramework.OpenIdMetadataUrl = url;

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        result.FailureMessage.Should().Contain(expected);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("https://login.microsoftonline.us")]
    public void Validate_TokenAuthorityHttpsOrLocal_Succeeds(string authority)
    {
        var options = Options("SingleTenant", BotHost.AppId, Secret, BotHost.TenantId);
        options.BotFramework.TokenAuthority = authority;

        new BotFrameworkOptionsValidator().Validate(null, options).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_TokenAuthorityPlainHttpElsewhere_FailsBecauseTheSecretWouldTravelInClear()
    {
        var options = Options("SingleTenant", BotHost.AppId, Secret, BotHost.TenantId);
        options.BotFramework.TokenAuthority = "http://login.example.com";

        new BotFrameworkOptionsValidator().Validate(null, options).FailureMessage.Should().Contain("BotFramework:TokenAuthority");
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string appType, string appId, string password, string tenantId) =>
        new BotFrameworkOptionsValidator().Validate(null, Options(appType, appId, password, tenantId));

    private static BotFrameworkOptions Options(string appType, string appId, string password, string tenantId) => new()
    {
        MicrosoftAppType = appType,
        MicrosoftAppId = appId,
        MicrosoftAppPassword = password,
        MicrosoftAppTenantId = tenantId,
    };
}
