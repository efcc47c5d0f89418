using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HeelBot.Browser.Tests.Support;

/// <summary>
/// The real host (Program.cs, its page and its Direct Line) as an operator runs it, its state in memory, served on a
/// free loopback port so a browser outside the process can open it. No Direct Line secret: the page gets its
/// token the way it does in production, as the host's own origin. <paramref name="settings"/> replace the defaults
/// (such as <c>Storage:Provider</c>, to keep state and bookings in a SQLite file the test reads afterwards).
/// </summary>
public sealed class ChatHost(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>Starts serving on 127.0.0.1 and returns the page's address.</summary>
    public Uri Start()
    {
        var port = FreePort.Next();
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Storage:Provider", "Memory");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
