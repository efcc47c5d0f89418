using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using HeelBot.Fuzz.Tests.Support;
using Xunit.Abstractions;

namespace HeelBot.Fuzz.Tests.Fuzzing;

/// <summary>Hostile activities through POST /api/messages: never a 5xx, and a conversation they never name is left alone.</summary>
public sealed class BotFrameworkFuzzTests(ITestOutputHelper output)
{
    public static readonly int InputCount = int.TryParse(Environment.GetEnvironmentVariable("HEELBOT_FUZZ_BF"), out var n) ? n : 82_000;

    private const string ProtectedConversation = "protected-bf-conversation-7c1d";

    [Fact]
    public async Task PostActivity_HostileInputs_NeverFailAndLeaveOtherConversationsAlone()
    {
        using var app = new FuzzApplication();
        using var client = app.CreateClient();
        (await SendAsync(client, Activity(ProtectedConversation, "conversationUpdate", null, "protected-user"))).Should().Be(HttpStatusCode.OK);
        (await SendAsync(client, Activity(ProtectedConversation, "message", "jeg har ondt i hælen", "protected-user"))).Should().Be(HttpStatusCode.OK);
        var key = $"emulator/conversations/{ProtectedConversation}";
        var before = await StateSnapshot.TakeAsync(app.Storage, key);
        before[key].Should().NotBe("(absent)", "the protected conversation has state to compare");

        string[] conversations = ["fuzz-a", "fuzz-b", "fuzz-c", "fuzz-d", "emulator/conversations/x", ".."];
        var watch = Stopwatch.StartNew();
        var failures = await FuzzRunner.RunAsync(
            FuzzRunner.Seed,
            InputCount,
            random => new HostileRequest("/api/messages", HostileActivities.Generate(random, conversations, botFramework: true)),
            request => SendAsync(client, request.Body));
        output.WriteLine($"/api/messages: {InputCount} inputs, seed {FuzzRunner.Seed}, {watch.Elapsed.TotalSeconds:F1} s");
        foreach (var (stateKey, stored) in await StateSnapshot.TakeAsync(app.Storage, [.. conversations.Select(id => $"emulator/conversations/{id}")]))
        {
            output.WriteLine($"{stateKey}: {stored.Length} characters of state");
        }

        failures.Should().BeEmpty("no input may make the host fail (replay with HEELBOT_FUZZ_SEED={0})", FuzzRunner.Seed);
        (await StateSnapshot.TakeAsync(app.Storage, key)).Should().Equal(before, "no fuzz input named the protected conversation");
        using var after = await client.PostAsync("/api/messages", Content(Activity("after-fuzz", "message", "jeg har ondt i hælen", "someone")));
        var body = await after.Content.ReadAsStringAsync();
        after.StatusCode.Should().Be(HttpStatusCode.OK, body);
        JsonDocument.Parse(body).RootElement.GetProperty("activities").GetArrayLength().Should().BePositive("the host still answers a normal conversation");
    }

    private static string Activity(string conversationId, string type, string? text, string userId) => JsonSerializer.Serialize(new
    {
        type,
        text,
        channelId = "emulator",
        conversation = new { id = conversationId },
        from = new { id = userId, name = "Test Person" },
        recipient = new { id = "heelbot", name = "HeelBot" },
        membersAdded = type == "conversationUpdate" ? new[] { new { id = userId, name = "Test Person" } } : null,
        locale = "da-DK",
        deliveryMode = "expectReplies",
    });

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string json)
    {
        using var response = await client.PostAsync("/api/messages", Content(json));
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HostileBody body)
    {
        using var content = new ByteArrayContent(body.Bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);
        return await client.PostAsync("/api/messages", content);
    }

    private static StringContent Content(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
