using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using HeelBot.Bot.Channels.DirectLine;
using HeelBot.Fuzz.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HeelBot.Fuzz.Tests.Fuzzing;

/// <summary>
/// Hostile requests to the Direct Line routes: activities, start parameters, conversation ids, watermarks and
/// credentials. Never a 5xx, and a conversation none of the fuzz tokens belongs to is never touched.
/// </summary>
public sealed class DirectLineFuzzTests(ITestOutputHelper output)
{
    public static readonly int InputCount = int.TryParse(Environment.GetEnvironmentVariable("HEELBOT_FUZZ_DL"), out var n) ? n : 3_000;

    private const string Base = DirectLineEndpoints.BasePath;

    [Fact]
    public async Task DirectLine_HostileInputs_NeverFailAndLeaveOtherConversationsAlone()
    {
        using var app = new FuzzApplication();
        using var client = app.CreateClient();
        var (protectedId, protectedToken) = await StartAsync(client);
        using (var first = await SendAsync(client, new HostileRequest($"{Base}/conversations/{protectedId}/activities", HostileBody.Json("{\"type\":\"message\",\"text\":\"jeg har ondt i hælen\",\"from\":{\"id\":\"x\"}}"), protectedToken)))
        {
            first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        }

        var store = app.Services.GetRequiredService<DirectLineStore>();
        string[] keys = [$"directline/conversations/{protectedId}", DirectLineStore.ConversationKey(protectedId), DirectLineStore.ChunkKey(protectedId, 0)];
        var before = await StateSnapshot.TakeAsync(app.Storage, keys);
        before[keys[0]].Should().NotBe("(absent)", "the protected conversation has bot state to compare");
        var activitiesBefore = (await store.ReadAsync(protectedId, 0, 100, CancellationToken.None))!.Activities.Count;

        var fuzz = new List<(string Id, string Token)>();
        for (var i = 0; i < 40; i++)
        {
            fuzz.Add(await StartAsync(client));
        }

        var watch = Stopwatch.StartNew();
        var failures = await FuzzRunner.RunAsync(FuzzRunner.Seed, InputCount, random => Generate(random, fuzz, protectedId), request => SendAsync(client, request));
        output.WriteLine($"Direct Line: {InputCount} inputs, seed {FuzzRunner.Seed}, {watch.Elapsed.TotalSeconds:F1} s");

        failures.Should().BeEmpty("no input may make the host fail (replay with HEELBOT_FUZZ_SEED={0})", FuzzRunner.Seed);
        (await StateSnapshot.TakeAsync(app.Storage, keys)).Should().Equal(before, "no fuzz token may reach the protected conversation");
        (await store.ReadAsync(protectedId, 0, 100, CancellationToken.None))!.Activities.Should().HaveCount(activitiesBefore);

        var (afterId, afterToken) = await StartAsync(client);
        using var after = await SendAsync(client, new HostileRequest($"{Base}/conversations/{afterId}/activities", HostileBody.Json("{\"type\":\"message\",\"text\":\"jeg har ondt i hælen\"}"), afterToken));
        after.StatusCode.Should().Be(HttpStatusCode.OK, "the host still answers a normal conversation");
        (await store.ReadAsync(afterId, 0, 100, CancellationToken.None))!.Activities.Should().Contain(a => a.GetProperty("from").GetProperty("id").GetString() == "heelbot", "the bot answered");
    }

    private static HostileRequest Generate(Random random, List<(string Id, string Token)> fuzz, string protectedId)
    {
        var (id, token) = fuzz[random.Next(fuzz.Count)];
        var bearer = random.Next(10) switch
        {
            0 => null,
            1 => FuzzApplication.DirectLineSecret,
            2 => Tamper(random, token),
            3 => Printable(random, random.Next(1, 3_000)),
            _ => token,
        };
        var activity = HostileActivities.Generate(random, [id], botFramework: false);
        return random.Next(12) switch
        {
            0 => new HostileRequest($"{Base}/tokens/generate", Body(random), random.Next(3) == 0 ? bearer : FuzzApplication.DirectLineSecret),
            1 => new HostileRequest($"{Base}/tokens/refresh", Body(random), bearer),
            2 => new HostileRequest($"{Base}/conversations", Body(random), bearer),
            3 => new HostileRequest($"{Base}/conversations/{PathPart(random, id)}/activities?watermark={PathPart(random, "1")}", activity, bearer, Method: "GET"),
            4 => new HostileRequest($"{Base}/conversations/{PathPart(random, id)}?watermark={PathPart(random, "3")}", activity, bearer, Method: "GET"),
            5 => new HostileRequest($"{Base}/conversations/{PathPart(random, id)}/upload", activity, bearer),

            // A fuzz token (or anything else) aimed at the protected conversation: refused, never stored.
            6 => new HostileRequest($"{Base}/conversations/{protectedId}/activities", activity, bearer == FuzzApplication.DirectLineSecret ? token : bearer),
            7 => new HostileRequest($"{Base}/conversations/{PathPart(random, id)}/activities", activity, bearer == FuzzApplication.DirectLineSecret ? token : bearer),
            _ => new HostileRequest($"{Base}/conversations/{id}/activities", activity, token),
        };
    }

    /// <summary>Start parameters and other bodies: a hostile activity-shaped object or any JSON at all.</summary>
    private static HostileBody Body(Random random) => random.Next(3) == 0
        ? HostileBody.Json($"{{\"user\":{HostileText.Value(random)},\"locale\":{HostileText.Value(random)},\"trustedOrigins\":{HostileText.Value(random)}}}")
        : HostileActivities.Generate(random, ["x"], botFramework: false);

    /// <summary>
    /// A path segment: the real one, or a hostile string escaped as a client would. Surrogates cannot be escaped, and
    /// Kestrel refuses an encoded NUL in a path before the app sees it (the test server throws instead).
    /// </summary>
    private static string PathPart(Random random, string real) => random.Next(3) switch
    {
        0 => Uri.EscapeDataString(new string(HostileText.String(random).Where(c => !char.IsSurrogate(c) && c != '\0').ToArray())),
        _ => real,
    };

    private static string Tamper(Random random, string token)
    {
        var chars = token.ToCharArray();
        chars[random.Next(chars.Length)] = (char)random.Next('0', 'z' + 1);
        return random.Next(4) == 0 ? new string(chars) + "." + Printable(random, 20) : new string(chars);
    }

    private static string Printable(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x21, 0x7F)).ToArray());

    private static async Task<(string Id, string Token)> StartAsync(HttpClient client)
    {
        using var generated = await SendAsync(client, new HostileRequest($"{Base}/tokens/generate", HostileBody.Json("{}"), FuzzApplication.DirectLineSecret));
        var token = JsonDocument.Parse(await generated.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
        using var started = await SendAsync(client, new HostileRequest($"{Base}/conversations", HostileBody.Json("{}"), token));
        started.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("conversationId").GetString()!;
        return (id, token);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HostileRequest hostile)
    {
        using var request = new HttpRequestMessage(new HttpMethod(hostile.Method), hostile.Path);
        if (hostile.Bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + hostile.Bearer);
        }

        if (hostile.Method == "POST")
        {
            request.Content = new ByteArrayContent(hostile.Body.Bytes);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(hostile.Body.ContentType);
        }

        return await client.SendAsync(request);
    }
}
