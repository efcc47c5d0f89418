using HeelBot.Bot.Channels.Twilio;
using HeelBot.Builder.State;
using HeelBot.Dialogs.Conversation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace HeelBot.Sms.Tests.Support;

/// <summary>
/// The real host (Program.cs) in memory with the Twilio webhook switched on through configuration, as an operator
/// would. Its storage records what is written (<see cref="Storage"/>) and the REST seam records what would be sent.
/// </summary>
public class SmsApplication : WebApplicationFactory<Program>
{
    public const string AuthToken = "3c0ffee5a1b2c3d4e5f60718293a4b5c";
    public const string PublicUrl = "https://heelbot.example.dk";
    public const string WebhookUrl = PublicUrl + "/api/sms";
    public const string PhoneHashKey = "test-phone-hash-key-9f8e7d6c5b4a";
    public const string ClinicNumber = "+4570203040";

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Storage:Provider"] = "Memory",
        ["Twilio:AuthToken"] = AuthToken,
        ["Twilio:AccountSid"] = "AC11111111111111111111111111111111",
        ["Twilio:PublicUrl"] = PublicUrl,
        ["Twilio:PhoneHashKey"] = PhoneHashKey,
    };

    private int _nextAddress;

    public SmsApplication()
    {
    }

    /// <summary>A host with these configuration values changed (subclasses are fixtures for one configuration each).</summary>
    protected SmsApplication(IReadOnlyDictionary<string, string?> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        foreach (var (key, value) in overrides)
        {
            _settings[key] = value;
        }
    }

    public RecordingStorage Storage => (RecordingStorage)Services.GetRequiredService<IStorage>();

    public RecordingMessageSender Sender => (RecordingMessageSender)Services.GetRequiredService<ITwilioMessageSender>();

    /// <summary>Everything the host logged, from start-up on.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>A phone texting the clinic's number; each phone gets its own client address unless one is given.</summary>
    public SmsPhone Phone(string number, string? clientAddress = null) =>
        new(CreateClient(), number, clientAddress ?? $"198.51.100.{Interlocked.Increment(ref _nextAddress) % 250 + 1}");

    public static string PhoneId(string number) => TwilioSmsMapper.PhoneId(number, PhoneHashKey);

    /// <summary>The conversation's triage session as stored (null: nothing stored for that number).</summary>
    public async Task<TriageSession?> SessionAsync(string number)
    {
        var key = $"sms/conversations/{PhoneId(number)}";
        var items = await Storage.ReadAsync([key]);
        return items.TryGetValue(key, out var item) && item is StateDocument document
            && document.State.TryGetValue(nameof(TriageSession), out var session)
                ? session as TriageSession
                : null;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IStorage>();
            services.AddSingleton<IStorage>(new RecordingStorage(new MemoryStorage()));
            services.RemoveAll<ITwilioMessageSender>();
            services.AddSingleton<ITwilioMessageSender, RecordingMessageSender>();
            services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>();
            services.AddSingleton<ILoggerProvider>(Logs);
        });
    }
}
