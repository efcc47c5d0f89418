using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeelBot.Bot.Tests.Privacy;

/// <summary>
/// The real host in memory with every category (ASP.NET Core and HttpClient included) logging at Trace into
/// <see cref="Logs"/>, and the Twilio SMS webhook switched on, so a test sees the most the host could ever log.
/// </summary>
public sealed class LogPrivacyApplication : WebApplicationFactory<Program>
{
    public const string TwilioAuthToken = "5ec12e7a1b2c3d4e5f60718293a4b5c6";
    public const string TwilioWebhookUrl = "https://heelbot.example.dk/api/sms";

    public TraceLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("Twilio:AuthToken", TwilioAuthToken);
        builder.UseSetting("Twilio:AccountSid", "AC22222222222222222222222222222222");
        builder.UseSetting("Twilio:PublicUrl", "https://heelbot.example.dk");
        builder.UseSetting("Twilio:PhoneHashKey", "log-privacy-phone-hash-key");

        // appsettings.json turns these categories down; an operator chasing a problem might turn them all up.
        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "System", "System.Net.Http", "System.Net.Http.HttpClient" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", "Trace");
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Trace);

                // A provider-specific rule wins over every category rule, whatever configuration says.
                logging.AddFilter<TraceLogs>(null, LogLevel.Trace);
            });
        });
    }
}
