using HeelBot.Bot.Channels.BotFramework;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HeelBot.Teams.Tests.Support;

/// <summary>
/// The real host (Program.cs) in memory, in local-development mode (no MicrosoftAppId, so no tokens), with its
/// outgoing Bot Connector calls caught by <see cref="Connector"/> instead of going to Teams.
/// </summary>
public sealed class TeamsApplication : WebApplicationFactory<Program>
{
    public TeamsConnector Connector { get; } = new();

    /// <summary>A new personal chat between one Teams user and the bot.</summary>
    public TeamsChat Chat() => new(CreateClient(), Connector);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(nameof(ConnectorClient)).ConfigurePrimaryHttpMessageHandler(Connector.CreateHandler));
    }
}
