using HeelBot.Builder.State;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// A Direct Line conversation as stored: who takes part and how far its activity queue has grown. The activities
/// themselves live in <see cref="DirectLineActivityChunk"/> documents beside it, so this one stays small.
/// </summary>
public sealed class DirectLineConversationDocument : IStoreItem
{
    public string ConversationId { get; set; } = string.Empty;

    /// <summary>
    /// The channelId every activity of this conversation carries: <c>webchat</c> when Web Chat started it, else
    /// <c>directline</c>. Fixed for the conversation's life because the bot keeps its state per channel.
    /// </summary>
    public string ChannelId { get; set; } = HeelBot.Builder.Schema.Channels.Directline;

    public string UserId { get; set; } = string.Empty;

    public string? UserName { get; set; }

    /// <summary>The locale the client asked for when it started the conversation (the welcome's language).</summary>
    public string? Locale { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The sequence number of the newest stored activity (0 = none); also the newest watermark.</summary>
    public long LastSequence { get; set; }

    /// <summary>The newest stored timestamp: Web Chat orders by timestamp, so each one must be later than this.</summary>
    public DateTimeOffset? LastTimestamp { get; set; }

    public string? ETag { get; set; }
}
