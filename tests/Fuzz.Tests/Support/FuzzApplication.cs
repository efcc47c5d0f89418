using System.Net;
using HeelBot.Bot.Channels.BotFramework;
using HeelBot.Builder.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HeelBot.Fuzz.Tests.Support;

/// <summary>
/// The real host (Program.cs) in memory with every channel switched on through configuration: a Direct Line secret,
/// Twilio's Auth Token and public URL, memory state. Rate limits are raised out of the fuzz's way unless a
/// test sets its own (<see cref="WithPermitLimit"/>). Replies to a serviceUrl go to a stub that answers 200, so
/// hostile serviceUrls never leave the process.
/// </summary>
public sealed class FuzzApplication : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = "fuzz-secret-8b3e1d2c";
    public const string AuthToken = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    public const string PublicUrl = "https://heelbot.example.dk";
    public const string WebhookUrl = PublicUrl + "/api/sms";
    public const string PhoneHashKey = "fuzz-phone-hash-key-1a2b3c4d";

    private readonly int _permitLimit;

    public FuzzApplication()
        : this(100_000_000)
    {
    }

    private FuzzApplication(int permitLimit) => _permitLimit = permitLimit;

    /// <summary>A host that lets each client address make <paramref name="permitLimit"/> requests a minute.</summary>
    public static FuzzApplication WithPermitLimit(int permitLimit) => new(permitLimit);

    public IStorage Storage => Services.GetRequiredService<IStorage>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "None");
        var limit = _permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Memory",
            ["DirectLine:Secrets:0"] = DirectLineSecret,
            ["Twilio:AuthToken"] = AuthToken,
            ["Twilio:AccountSid"] = "AC11111111111111111111111111111111",
            ["Twilio:PublicUrl"] = PublicUrl,
            ["Twilio:PhoneHashKey"] = PhoneHashKey,
            ["Twilio:PerPhoneNumber:PermitLimit"] = "100000000",
            ["Twilio:PerIpAddress:PermitLimit"] = "100000000",
            ["RateLimiting:PermitLimit"] = limit,
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
            services.AddHttpClient(nameof(ConnectorClient)).ConfigurePrimaryHttpMessageHandler(() => new AcceptingHandler()));
    }

    /// <summary>Takes every reply the bot sends to a channel and answers 200 with a resource id.</summary>
    private sealed class AcceptingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"1\"}") });
    }
}
