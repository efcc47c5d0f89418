using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Channels.BotFramework;

/// <summary>What an incoming activity must carry before a turn can run on it.</summary>
public static class ActivityValidator
{
    /// <summary>HeelBot reads text; a channel sends at most a handful of attachments, so more is a malformed or hostile request.</summary>
    public const int MaxAttachments = 10;

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

        return ContentProblem(activity);
    }

    /// <summary>
    /// Returns why the activity's content cannot be taken (from any channel), or null when it can: too many
    /// attachments, or text that cannot be written back as JSON. JSON may escape a lone UTF-16 surrogate
    /// ("\ud800"); fields kept as raw JSON (value, channelData, unknown properties) accept it when read but throw
    /// when the activity is stored or echoed, so such an activity is refused here rather than failing mid-turn.
    /// </summary>
    public static string? ContentProblem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Attachments is { Count: > MaxAttachments })
        {
            return $"The activity has more than {MaxAttachments} attachments.";
        }

        try
        {
            JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return "The activity contains text that is not valid Unicode (a lone surrogate).";
        }

        return null;
    }
}
