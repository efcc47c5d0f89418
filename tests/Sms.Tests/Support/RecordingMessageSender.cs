using System.Collections.Concurrent;
using HeelBot.Bot.Channels.Twilio;

namespace HeelBot.Sms.Tests.Support;

/// <summary>Stands in for Twilio's REST API at the <see cref="ITwilioMessageSender"/> seam: records what would be sent.</summary>
public sealed class RecordingMessageSender : ITwilioMessageSender
{
    private readonly ConcurrentQueue<TwilioOutboundMessage> _sent = new();

    public IReadOnlyList<TwilioOutboundMessage> Sent => [.. _sent];

    public Task SendAsync(TwilioOutboundMessage message, CancellationToken cancellationToken)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
