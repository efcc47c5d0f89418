using System.Collections.Concurrent;
using System.Globalization;

namespace HeelBot.Fuzz.Tests.Support;

/// <summary>
/// Sends <c>count</c> generated requests with a few workers in parallel. Input <c>i</c> is generated from its own
/// <see cref="Random"/> seeded with (seed, i), so one failing input is replayed by its seed and index alone, whatever
/// the order the workers ran in. A 5xx or an exception escaping the host is a failure.
/// </summary>
public static class FuzzRunner
{
    /// <summary>The seed from HEELBOT_FUZZ_SEED when set (to replay a failure), else a new one per run.</summary>
    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("HEELBOT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
        ? seed
        : Random.Shared.Next();

    public static Random RandomFor(int seed, int index) => new(HashCode.Combine(seed, index));

    public static async Task<IReadOnlyList<string>> RunAsync(int seed, int count, Func<Random, HostileRequest> generate, Func<HostileRequest, Task<HttpResponseMessage>> send, int workers = 4)
    {
        ArgumentNullException.ThrowIfNull(generate);
        ArgumentNullException.ThrowIfNull(send);
        var failures = new ConcurrentQueue<string>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count && failures.Count < 5)
            {
                var request = generate(RandomFor(seed, index));
                try
                {
                    using var response = await send(request);
                    if ((int)response.StatusCode >= 500 && !IsDeclared(response))
                    {
                        // In Development the host answers an unhandled exception with its stack trace: the finding.
                        var answer = await response.Content.ReadAsStringAsync();
                        failures.Enqueue($"seed {seed}, input {index}: {(int)response.StatusCode} for {request.Describe()}\nanswer: {Cut(answer, 1_500)}");
                    }
                }
                catch (Exception ex)
                {
                    failures.Enqueue($"seed {seed}, input {index}: {ex.GetType().Name} {ex.Message} for {request.Describe()}");
                }
            }
        })));
        return [.. failures];
    }

    /// <summary>
    /// The two 5xx answers the host gives on purpose: 501 to an invoke the bot does not handle (as the Bot Framework
    /// SDK does), and 503 with Retry-After when parallel requests kept changing one conversation (the workers here
    /// share a few conversations on purpose). Anything else of 500 and up is a failure.
    /// </summary>
    public static bool IsDeclared(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == System.Net.HttpStatusCode.NotImplemented
            || (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null);
    }

    public static string Cut(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > length ? $"{text[..length]}… ({text.Length} chars)" : text;
    }
}
