using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.DirectLine.Tests.Support;

/// <summary>Reads a Direct Line stream the way DirectLineJS does: text frames holding ActivitySets, empty ones ignored.</summary>
public sealed class ActivityStream(WebSocket socket)
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(10);

    public List<Activity> Received { get; } = [];

    public string? Watermark { get; private set; }

    /// <summary>Reads frames until <paramref name="done"/> holds for what was received; fails after a quiet 10 s.</summary>
    public async Task ReadUntilAsync(Func<IReadOnlyList<Activity>, bool> done, string because)
    {
        while (!done(Received))
        {
            var frame = await ReadFrameAsync();
            frame.Should().NotBeNull("the stream should go on until {0}; it closed after {1} activities", because, Received.Count);
            if (frame!.Length == 0)
            {
                continue;
            }

            var set = JsonSerializer.Deserialize<ActivitySetBody>(frame, BotJson.Options)!;
            Received.AddRange(set.Activities);
            Watermark = set.Watermark ?? Watermark;
        }
    }

    /// <summary>The next text frame, or null when the server closed the socket; close status and reason are kept.</summary>
    public async Task<string?> ReadFrameAsync()
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
