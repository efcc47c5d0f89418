using System.Text.Json;
using System.Threading.Channels;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// One open stream's view of its conversation: a signal for every change (carrying activities that are pushed
/// but never stored, such as typing), and a token that fires when a newer stream takes the conversation over.
/// </summary>
public sealed class DirectLineSubscription : IDisposable
{
    private readonly Channel<IReadOnlyList<JsonElement>> _signals = Channel.CreateUnbounded<IReadOnlyList<JsonElement>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _superseded = new();
    private readonly Action<DirectLineSubscription> _onDispose;

    internal DirectLineSubscription(string conversationId, Action<DirectLineSubscription> onDispose)
    {
        ConversationId = conversationId;
        _onDispose = onDispose;
    }

    public string ConversationId { get; }

    /// <summary>Empty lists mean "new activities were stored"; others are activities to push as they are.</summary>
    public ChannelReader<IReadOnlyList<JsonElement>> Signals => _signals.Reader;

    /// <summary>Cancelled when another stream subscribed to the same conversation (Direct Line allows one).</summary>
    public CancellationToken Superseded => _superseded.Token;

    public void Dispose()
    {
        _signals.Writer.TryComplete();
        _onDispose(this);
        _superseded.Dispose();
    }

    internal void Signal(IReadOnlyList<JsonElement> ephemeral) => _signals.Writer.TryWrite(ephemeral);

    internal void Supersede()
    {
        try
        {
            _superseded.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It closed on its own meanwhile.
        }
    }
}
