using System.Net.Http.Headers;
using System.Net.Http.Json;
using HeelBot.Builder.Schema;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeelBot.Authentication.Tests.Support;

/// <summary>
/// The real host (Program.cs) in memory, configured through the same keys an operator sets, with the clock pinned and
/// every log line captured.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    public const string AppId = "5b1a6c3e-2f4d-4e8a-9c71-0d2e3f4a5b6c";
    public const string TenantId = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4";
    public const string AppPassword = "test-client-secret";

    private readonly Dictionary<string, string?> _settings;

    private BotHost(Dictionary<string, string?> settings) => _settings = settings;

    public PinnedTimeProvider Time { get; } = new();

    public CapturedLogs Logs { get; } = new();

    /// <summary>No app id: local development mode.</summary>
    public static BotHost Anonymous() => new(new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = string.Empty,
        ["MicrosoftAppId"] = string.Empty,
        ["MicrosoftAppPassword"] = string.Empty,
        ["MicrosoftAppTenantId"] = string.Empty,
    });

    /// <summary>A single-tenant bot whose metadata (and, if given, token authority) are the fakes.</summary>
    public static BotHost SingleTenant(FakeIssuer issuer, Uri? tokenAuthority = null) => WithIdentity(issuer, tokenAuthority, new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["MicrosoftAppTenantId"] = TenantId,
    });

    /// <summary>A host with exactly these identity keys (the rest as for <see cref="SingleTenant"/>).</summary>
    public static BotHost WithIdentity(FakeIssuer? issuer, Uri? tokenAuthority, IReadOnlyDictionary<string, string?> identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var settings = new Dictionary<string, string?>(identity);
        if (issuer is not null)
        {
            settings["BotFramework:OpenIdMetadataUrl"] = issuer.OpenIdMetadataUrl;
            settings["BotFramework:EntraMetadataUrl"] = issuer.EntraMetadataUrlTemplate;
        }

        if (tokenAuthority is not null)
        {
            settings["BotFramework:TokenAuthority"] = tokenAuthority.ToString();
        }

        return new BotHost(settings);
    }

    /// <summary>Posts the activity to /api/messages with the given Authorization header value (none when null).</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Posts with <c>Authorization: Bearer token</c>.</summary>
    public Task<HttpResponseMessage> PostWithTokenAsync(Activity activity, string token) =>
        PostAsync(activity, new AuthenticationHeaderValue("Bearer", token).ToString());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Provider", "Memory");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}
