using HeelBot.Builder.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HeelBot.DirectLine.Tests.Support;

/// <summary>
/// The real host (Program.cs) configured through configuration keys as an operator would: a Direct Line secret,
/// memory or SQLite state. In memory by default; <see cref="StartKestrel"/> puts it on a real loopback socket for
/// clients outside the process (Node).
/// </summary>
public sealed class DirectLineApplication : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret-5f1d0c7e9a";

    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _timeProvider;

    public DirectLineApplication(IDictionary<string, string?>? settings = null, TimeProvider? timeProvider = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["DirectLine:Secrets:0"] = Secret,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _timeProvider = timeProvider;
    }

    /// <summary>A host whose state (bot state and Direct Line queues) lives in the SQLite file at <paramref name="databasePath"/>.</summary>
    public static DirectLineApplication WithSqlite(string databasePath, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new DirectLineApplication(all);
    }

    public IStorage Storage => Services.GetRequiredService<IStorage>();

    /// <summary>Serves on a free loopback port (a real socket) and returns its base address.</summary>
    public Uri StartKestrel()
    {
        var port = FreePort.Next();
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        var address = new Uri($"http://127.0.0.1:{port}");
        ClientOptions.BaseAddress = address;
        return address;
    }

    public DirectLineRestClient RestClient() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_timeProvider is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_timeProvider));
        }
    }
}
