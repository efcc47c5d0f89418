using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Authentication;

/// <summary>
/// The app type rules of the Bot Framework SDK (ConfigurationServiceClientCredentialFactory), checked when the host
/// starts so a half-configured identity never serves a request.
/// </summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.IsAuthenticationDisabled)
        {
            // A secret without an id is almost certainly a misspelt key, and would silently mean "no authentication".
            if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty. Set MicrosoftAppId, or remove the password to run without authentication.");
            }

            return Result(failures);
        }

        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        switch (options.AppType)
        {
            case null:
                failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of MultiTenant, SingleTenant or UserAssignedMSI.");
                break;
            case BotAppType.SingleTenant:
                if (!hasPassword)
                {
                    failures.Add("MicrosoftAppType SingleTenant needs MicrosoftAppPassword (the app registration's client secret).");
                }

                if (!hasTenant)
                {
                    failures.Add("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId (the tenant of the app registration).");
                }

                break;
            case BotAppType.UserAssignedMsi:
                if (hasPassword)
                {
                    failures.Add("MicrosoftAppType UserAssignedMSI takes no MicrosoftAppPassword: the managed identity has no secret. Remove it.");
                }

                if (!hasTenant)
                {
                    failures.Add("MicrosoftAppType UserAssignedMSI needs MicrosoftAppTenantId (the tenant of the managed identity).");
                }

                break;
            case BotAppType.MultiTenant:
                if (!hasPassword)
                {
                    failures.Add("MicrosoftAppType MultiTenant needs MicrosoftAppPassword (the app registration's client secret).");
                }

                break;
        }

        var services = options.BotFramework ?? new BotFrameworkServiceOptions();
        CheckUrl(failures, "BotFramework:OpenIdMetadataUrl", services.OpenIdMetadataUrl);
        CheckUrl(failures, "BotFramework:TokenAuthority", services.TokenAuthority);
        if (hasTenant)
        {
            CheckUrl(failures, "BotFramework:EntraMetadataUrl", ResolveTenant(services.EntraMetadataUrl, options.MicrosoftAppTenantId));
        }

        return Result(failures);
    }

    /// <summary>Puts the tenant id into a URL template ({tenant}).</summary>
    public static string ResolveTenant(string? template, string tenantId) =>
        (template ?? string.Empty).Replace(AuthenticationConstants.TenantPlaceholder, Uri.EscapeDataString(tenantId.Trim()), StringComparison.OrdinalIgnoreCase);

    /// <summary>Plain http is only for a service on this machine (tests, local fakes): keys and secrets travel over these URLs.</summary>
    public static bool IsAllowedServiceUrl(string? url, out Uri? uri) =>
        Uri.TryCreate(url, UriKind.Absolute, out uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private static void CheckUrl(List<string> failures, string key, string? url)
    {
        if (!IsAllowedServiceUrl(url, out _))
        {
            failures.Add($"{key} '{url}' must be an absolute https URL (http only for localhost).");
        }
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
