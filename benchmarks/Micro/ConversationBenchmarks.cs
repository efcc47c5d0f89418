using BenchmarkDotNet.Attributes;
using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Builder.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeelBot.Benchmarks;

/// <summary>
/// A whole conversation in memory, from the first message to the disposition: the bot and adapter of the real host
/// (Program.cs, built by <see cref="WebApplicationFactory{TEntryPoint}"/> with storage on <c>Memory</c>), so the dialogs,
/// state, understanding and the adapter's middleware are the ones production runs; no HTTP, no JSON on the wire. Each
/// conversation gets a new id, and its state is deleted afterwards so the store does not grow across iterations.
/// </summary>
public class ConversationBenchmarks
{
    private WebApplicationFactory<Program> _host = null!;
    private IBot _bot = null!;
    private BufferedTurnAdapter _adapter = null!;
    private IStorage _storage = null!;
    private long _conversation;

    [GlobalSetup]
    public void Setup()
    {
        // The host exactly as Program.cs composes it (every registration, whatever gets added later), on Memory
        // storage and without logging; nothing listens: the benchmark calls the bot and its adapter directly.
        const string ContentRootVariable = "ASPNETCORE_TEST_CONTENTROOT_HEELBOT_BOT";
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ContentRootVariable)))
        {
            Environment.SetEnvironmentVariable(ContentRootVariable, BotContentRoot());
        }

        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Production");
            web.UseSetting("Storage:Provider", "Memory");
            web.UseSetting("MicrosoftAppId", string.Empty);
            web.ConfigureLogging(logging => logging.ClearProviders());
        });
        var services = _host.Services;
        _bot = services.GetRequiredService<IBot>();
        _adapter = services.GetRequiredService<BufferedTurnAdapter>();
        _storage = services.GetRequiredService<IStorage>();

        // One conversation before measuring: a script that no longer fits the bot fails here, not silently later.
        _ = DanishStepByStep().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    /// <summary>"hej", then one answer per question (7 turns for an adult runner; more if the bot asks for consent).</summary>
    [Benchmark(Baseline = true)]
    public Task<int> DanishStepByStep() => RunAsync(ScriptedPerson.DanishSteps, "da-DK");

    /// <summary>Most facts in the first message; the rest asked (4 turns).</summary>
    [Benchmark]
    public Task<int> EnglishFreeText() => RunAsync(ScriptedPerson.EnglishFreeText, "en-GB");

    /// <summary>The dialogs through the Builder's <see cref="TestAdapter"/>: the same bot, without the host adapter's middleware.</summary>
    [Benchmark]
    public async Task<int> DanishStepByStepOnTestAdapter()
    {
        var id = $"bench-t{Interlocked.Increment(ref _conversation)}";
        var adapter = new TestAdapter(TestAdapter.CreateConversation(channelId: Channels.Webchat, conversationId: id, userId: id + "-user")) { Locale = "da-DK" };
        var person = ScriptedPerson.DanishSteps;
        var text = person.Opening;
        var turns = 0;
        while (text is not null)
        {
            await adapter.SendTextToBotAsync(text, _bot.OnTurnAsync).ConfigureAwait(false);
            var replies = new List<Activity>();
            while (adapter.GetNextReply() is { } reply)
            {
                replies.Add(reply);
            }

            text = ++turns < ScriptedPerson.MaxTurns ? person.Next(replies) : throw new InvalidOperationException("No disposition.");
        }

        await ForgetAsync(Channels.Webchat, id, id + "-user").ConfigureAwait(false);
        return turns;
    }

    /// <summary>
    /// src/Bot, where the host's appsettings.json is: WebApplicationFactory would otherwise look for a folder named
    /// after the assembly beside the solution.
    /// </summary>
    private static string BotContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HeelBot.sln")))
            {
                return Path.Combine(dir.FullName, "src", "Bot");
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the HeelBot repository (src/Bot is needed).");
    }

    private async Task<int> RunAsync(ScriptedPerson person, string locale)
    {
        var id = $"bench-{Interlocked.Increment(ref _conversation)}";
        var text = person.Opening;
        var turns = 0;
        while (text is not null)
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = $"{id}-{turns}",
                ChannelId = Channels.Webchat,
                ServiceUrl = "https://channel.test/",
                Conversation = new ConversationAccount(id),
                From = new ChannelAccount(id + "-user", "Person", "user"),
                Recipient = new ChannelAccount("heelbot", "HeelBot", "bot"),
                Locale = locale,
                Text = text,
                Timestamp = DateTimeOffset.UtcNow,
            };
            var replies = await _adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync).ConfigureAwait(false);
            text = ++turns < ScriptedPerson.MaxTurns ? person.Next(replies) : throw new InvalidOperationException("No disposition.");
        }

        await ForgetAsync(Channels.Webchat, id, id + "-user").ConfigureAwait(false);
        return turns;
    }

    private Task ForgetAsync(string channelId, string conversationId, string userId) =>
        _storage.DeleteAsync([$"{channelId}/conversations/{conversationId}", $"{channelId}/users/{userId}"]);
}
