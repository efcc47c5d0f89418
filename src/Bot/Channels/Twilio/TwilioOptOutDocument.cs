using HeelBot.Builder.State;

namespace HeelBot.Bot.Channels.Twilio;

/// <summary>A phone number (by its hashed id, in the key) that said STOP: nothing is sent to it until it says START.</summary>
public sealed class TwilioOptOutDocument : IStoreItem
{
    public DateTimeOffset OptedOutAt { get; set; }

    public string? ETag { get; set; }
}
