using HeelBot.Builder.Schema;

namespace HeelBot.Authentication.Tests.Support;

/// <summary>Activities as a channel posts them; each has a fresh conversation so tests never share state.</summary>
public static class TestActivities
{
    public const string ServiceUrl = "https://webchat.botframework.com/";

    /// <summary>A message answered in the HTTP response (deliveryMode expectReplies).</summary>
    public static Activity Message(string channelId = "webchat", string serviceUrl = ServiceUrl, string text = "hej") => new()
    {
        Type = ActivityTypes.Message,
        Id = $"activity-{Guid.NewGuid():N}",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount($"conv-{Guid.NewGuid():N}"),
        From = new ChannelAccount("user-1", "Test Person", "user"),
        Recipient = new ChannelAccount("heelbot", "HeelBot", "bot"),
        Locale = "da-DK",
        Text = text,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    /// <summary>A message whose replies the bot must POST to <paramref name="serviceUrl"/> (normal delivery).</summary>
    public static Activity DeliveredMessage(string serviceUrl, string channelId = "webchat", string text = "hej")
    {
        var activity = Message(channelId, serviceUrl, text);
        activity.DeliveryMode = null;
        return activity;
    }
}
