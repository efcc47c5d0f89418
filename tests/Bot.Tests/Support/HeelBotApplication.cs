using HeelBot.Builder.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HeelBot.Bot.Tests.Support;

/// <summary>
/// The real host (Program.cs) in memory, configured the way an operator would: through configuration
/// keys. The parameterless form keeps state in memory; <see cref="WithSqlite"/> uses a database file.
/// </summary>
public sealed class HeelBotApplication : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    public HeelBotApplication()
        : this(new Dictionary<string, string> { ["Storage:Provider"] = "Memory" })
    {
    }

    private HeelBotApplication(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    /// <summary>A host whose state lives in the SQLite file at <paramref name="databasePath"/>.</summary>
    public static HeelBotApplication WithSqlite(string databasePath) => new(new Dictionary<string, string>
    {
        ["Storage:Provider"] = "Sqlite",
        ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}",
    });

    /// <summary>A conversation with this host over its in-memory HTTP pipeline.</summary>
    public BotConversation Conversation(string channelId = "emulator", string locale = "da-DK") =>
        new(CreateClient(), channelId, locale);

    /// <summary>
    /// The stored state of a conversation (null when nothing was saved): its ETag changes on every write,
    /// so equal snapshots before and after a request prove the request saved nothing.
    /// </summary>
    public async Task<StoredState?> ReadStateAsync(BotConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var key = $"{conversation.ChannelId}/conversations/{conversation.ConversationId}";
        var items = await Services.GetRequiredService<IStorage>().ReadAsync([key]);
        return items.TryGetValue(key, out var item) && item is StateDocument document
            ? new StoredState(document.ETag, StateJson.Serialize(document.State))
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
    }
}
