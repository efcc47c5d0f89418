using System.Text.Json;

namespace HeelBot.Builder.Schema;

/// <summary>
/// The Bot Framework Activity (Connector API v3). Property names serialise camelCase; null fields are
/// omitted; unknown fields survive a round trip through <see cref="ExtensibleObject.Properties"/>.
/// </summary>
public sealed class Activity : ExtensibleObject
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? CallerId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Speak { get; set; }

    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public string? Action { get; set; }

    public string? ReplyToId { get; set; }

    public string? Label { get; set; }

    public string? ValueType { get; set; }

    public JsonElement? Value { get; set; }

    public string? Name { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    public string? Code { get; set; }

    public DateTimeOffset? Expiration { get; set; }

    public string? Importance { get; set; }

    public string? DeliveryMode { get; set; }

    public static Activity CreateMessageActivity() => new() { Type = ActivityTypes.Message };

    public static Activity CreateTypingActivity() => new() { Type = ActivityTypes.Typing };

    /// <summary>
    /// A reply addressed back to the sender: from/recipient swapped, same conversation, channel,
    /// serviceUrl and locale, replyToId = this activity's id.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = Recipient is null ? null : new ChannelAccount(Recipient.Id ?? string.Empty, Recipient.Name, "bot"),
        Recipient = From is null ? null : new ChannelAccount(From.Id ?? string.Empty, From.Name, From.Role),
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        ReplyToId = Id,
        Locale = Locale,
    };

    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>Fills in the addressing of an outgoing activity from a conversation reference.</summary>
    public Activity ApplyConversationReference(ConversationReference reference)
    {
        ChannelId ??= reference.ChannelId;
        ServiceUrl ??= reference.ServiceUrl;
        Conversation ??= reference.Conversation;
        From ??= reference.Bot;
        Recipient ??= reference.User;
        Locale ??= reference.Locale;
        ReplyToId ??= reference.ActivityId;
        return this;
    }

    /// <summary>Removes the @mention of the recipient from the text (Teams sends "&lt;at&gt;Bot&lt;/at&gt; hi").</summary>
    public string? RemoveRecipientMention()
    {
        if (Text is null || Entities is null || Recipient?.Id is null)
        {
            return Text;
        }

        foreach (var entity in Entities.Where(e => e.Type == "mention"))
        {
            Mention? mention;
            try
            {
                mention = entity.GetAs<Mention>();
            }
            catch (JsonException)
            {
                // A malformed mention is not ours to fix; leave the text as the channel sent it.
                continue;
            }

            if (mention?.Mentioned?.Id == Recipient.Id && !string.IsNullOrEmpty(mention.Text))
            {
                Text = Text.Replace(mention.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        Text = Text.Trim();
        return Text;
    }

    public Activity Clone()
    {
        // Field by field rather than through JSON: activities are copied several times a turn (sent, recorded,
        // logged), and a JSON round trip cost more than the rest of sending. Strings and JsonElements cannot change,
        // so they are shared; every object and list is new.
        var copy = ShallowCopy<Activity>();
        copy.From = From?.Clone();
        copy.Conversation = Conversation?.Clone();
        copy.Recipient = Recipient?.Clone();
        copy.MembersAdded = MembersAdded?.Select(member => member.Clone()).ToList();
        copy.MembersRemoved = MembersRemoved?.Select(member => member.Clone()).ToList();
        copy.SuggestedActions = SuggestedActions?.Clone();
        copy.Attachments = Attachments?.Select(attachment => attachment.Clone()).ToList();
        copy.Entities = Entities?.Select(entity => entity.Clone()).ToList();
        copy.RelatesTo = RelatesTo?.Clone();
        return copy;
    }
}
