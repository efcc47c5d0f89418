namespace HeelBot.Bot.Channels.Twilio;

/// <summary>The outbound seam for <see cref="TwilioReplyMode.Rest"/>: sends one SMS through Twilio.</summary>
public interface ITwilioMessageSender
{
    Task SendAsync(TwilioOutboundMessage message, CancellationToken cancellationToken);
}
