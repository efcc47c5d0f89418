using System.Net;
using System.Text.Json;
using HeelBot.DirectLine.Tests.Support;

namespace HeelBot.DirectLine.Tests.Clients;

/// <summary>
/// The real botframework-directlinejs (npm, run in Node 20 with the xhr2 and ws polyfills) holds whole triage
/// conversations against the host on a real loopback socket.
/// </summary>
public sealed class DirectLineJsTests : IDisposable
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(90);
    private static readonly string[] Questions = ["location", "timing", "duration", "age", "redflags", "activity"];

    // Buttons for most answers, typed text for the duration: both ways a person answers.
    private static readonly Dictionary<string, object> Answers = new()
    {
        ["location"] = new { button = 0 },
        ["timing"] = new { button = 0 },
        ["duration"] = new { text = "3 uger" },
        ["age"] = new { button = 0 },
        ["redflags"] = new { button = 0 },
        ["activity"] = new { button = 0 },
        ["booking.offer"] = new { button = -1 },
    };

    private readonly string _directory = Directory.CreateTempSubdirectory("heelbot-dljs-").FullName;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DirectLineJs_HoldsAWholeTriageConversation(bool webSocket)
    {
        using var app = new DirectLineApplication();
        var baseAddress = app.StartKestrel();

        var run = await NodeScript.RunAsync("conversation.js", Config(baseAddress, webSocket), NodeTimeout);
        var result = run.Result();

        Strings(result, "asked").Should().ContainInOrder(Questions, "the bot walks through every question in order");
        Strings(result, "dispositions").Should().Equal(["selfcare"], "no red flags, three weeks, an adult runner: self-care advice");
        result.GetProperty("echoes").GetInt32().Should().Be(result.GetProperty("posts").GetInt32(), "every message sent came back as its echo");
        await ShouldMatchServerQueueAsync(app, result);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DirectLineJs_ResumesAfterHostRestart_WithoutLosingAMessage(bool webSocket)
    {
        var database = Path.Combine(_directory, "heelbot.db");
        JsonElement before;
        using (var first = DirectLineApplication.WithSqlite(database))
        {
            var run = await NodeScript.RunAsync("conversation.js", Config(first.StartKestrel(), webSocket, stopAfter: 3), NodeTimeout);
            before = run.Result();
        }

        using var second = DirectLineApplication.WithSqlite(database);
        var resume = new
        {
            conversationId = before.GetProperty("conversationId").GetString(),
            token = before.GetProperty("token").GetString(),
            expectCount = before.GetProperty("count").GetInt32(),
        };
        var after = (await NodeScript.RunAsync("conversation.js", Config(second.StartKestrel(), webSocket, resume: resume), NodeTimeout)).Result();

        Strings(after, "transcript", "id").Take(resume.expectCount).Should().Equal(Strings(before, "transcript", "id"),
            "the new host replays the same activities with the same ids");
        Strings(before, "asked").Concat(Strings(after, "asked")).Should().ContainInOrder(Questions,
            "the conversation goes on where it stopped, its questions not asked again from the start");
        Strings(after, "asked").Should().NotContain("location");
        Strings(after, "dispositions").Should().Equal("selfcare");
        await ShouldMatchServerQueueAsync(second, after);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static object Config(Uri baseAddress, bool webSocket, int? stopAfter = null, object? resume = null) => new
    {
        domain = new Uri(baseAddress, "/v3/directline").ToString(),
        secret = DirectLineApplication.Secret,
        webSocket,
        locale = "da-DK",
        answers = Answers,
        maxTurns = 20,
        stopAfter,
        resume,
        timeoutMs = 60_000,
    };

    /// <summary>What the client saw is exactly the server's queue: nothing lost, nothing extra, the same watermark.</summary>
    private static async Task ShouldMatchServerQueueAsync(DirectLineApplication app, JsonElement result)
    {
        using var client = new DirectLineRestClient(new HttpClient { BaseAddress = app.ClientOptions.BaseAddress });
        var queue = await client.GetActivitiesAsync(DirectLineApplication.Secret, result.GetProperty("conversationId").GetString()!);
        Strings(result, "transcript", "id").Should().Equal(queue.Activities.Select(a => a.Id!));
        result.GetProperty("watermark").GetString().Should().Be(queue.Watermark);
    }

    private static IEnumerable<string> Strings(JsonElement result, string property) =>
        result.GetProperty(property).EnumerateArray().Select(item => item.GetString()!);

    private static IEnumerable<string> Strings(JsonElement result, string property, string field) =>
        result.GetProperty(property).EnumerateArray().Select(item => item.GetProperty(field).GetString()!);
}
