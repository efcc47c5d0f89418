using System.Text.Json;
using HeelBot.LoadTool.People;

namespace HeelBot.LoadTool.Transports;

/// <summary>Reads the bot's message activities (from an expectReplies body or a Direct Line ActivitySet).</summary>
public static class ReplyParser
{
    public const string TurnEntityType = "heelbot.turn";

    /// <summary>
    /// The message activities in <paramref name="activities"/>, skipping those from <paramref name="skipFromId"/>
    /// (Direct Line echoes the person's own messages) and other types (typing, traces).
    /// </summary>
    public static List<BotReply> Messages(JsonElement activities, string? skipFromId = null)
    {
        if (activities.ValueKind != JsonValueKind.Array)
        {
            throw new TurnFailedException($"expected an array of activities, got {activities.ValueKind}");
        }

        var replies = new List<BotReply>(activities.GetArrayLength());
        foreach (var activity in activities.EnumerateArray())
        {
            if (String(activity, "type") != "message")
            {
                continue;
            }

            if (skipFromId is not null && activity.TryGetProperty("from", out var from) && String(from, "id") == skipFromId)
            {
                continue;
            }

            replies.Add(Parse(activity));
        }

        return replies;
    }

    public static BotReply Parse(JsonElement activity)
    {
        string? asks = null;
        string? disposition = null;
        var hasTurn = false;
        if (activity.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
        {
            foreach (var entity in entities.EnumerateArray())
            {
                if (String(entity, "type") == TurnEntityType)
                {
                    hasTurn = true;
                    asks = String(entity, "asks");
                    disposition = String(entity, "disposition");
                    break;
                }
            }
        }

        return new BotReply(String(activity, "text"), String(activity, "inputHint"), hasTurn, asks, disposition);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
