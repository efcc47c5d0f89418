using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Channels.BotFramework;

/// <summary>What an incoming activity must carry before a turn can run on it.</summary>
public static class ActivityValidator
{
    /// <summary>Returns why the activity cannot be processed, or null when it can.</summary>
    public static string? Problem(Activity? activity)
    {
        if (activity is null)
        {
            return "The body must be an Activity JSON object.";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no 'channelId'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (activity.DeliveryMode != DeliveryModes.ExpectReplies
            && (string.IsNullOrWhiteSpace(activity.ServiceUrl) || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUri)
                || (serviceUri.Scheme != Uri.UriSchemeHttps && serviceUri.Scheme != Uri.UriSchemeHttp)))
        {
            return "The activity needs an absolute http(s) 'serviceUrl' to send replies to (or deliveryMode 'expectReplies').";
        }

        return null;
    }
}
