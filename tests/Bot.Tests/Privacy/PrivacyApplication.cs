using HeelBot.Builder.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HeelBot.Bot.Tests.Privacy;

/// <summary>
/// The real host on a SQLite file with a Direct Line secret, configured through configuration keys as an operator
/// would, so "slet mine data" can be followed into every place the host stores a conversation.
/// </summary>
public sealed class PrivacyApplication(string databasePath) : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = "privacy-test-secret-3c9e1f";

    public IStorage Storage => Services.GetRequiredService<IStorage>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={databasePath}");
        builder.UseSetting("DirectLine:Secrets:0", DirectLineSecret);
    }
}
