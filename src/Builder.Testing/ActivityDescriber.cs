using System.Text;
using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Testing;

/// <summary>Renders activities for failure messages: the whole reply as JSON, the conversation as lines.</summary>
internal static class ActivityDescriber
{
    private static readonly JsonSerializerOptions Indented = new(BotJson.Options) { WriteIndented = true };

    public static string Json(Activity activity) => JsonSerializer.Serialize(activity, Indented);

    public static string Transcript(IEnumerable<Activity> activities, ConversationReference conversation)
    {
        var builder = new StringBuilder();
        foreach (var activity in activities)
        {
            var who = activity.From?.Id == conversation.Bot?.Id ? "bot " : "user";
            builder.Append("  ").Append(who).Append(": ").AppendLine(OneLine(activity));
        }

        return builder.Length == 0 ? "  (nothing yet)" : builder.ToString().TrimEnd();
    }

    public static string OneLine(Activity activity)
    {
        var text = activity.Type == ActivityTypes.Message
            ? Quote(activity.Text)
            : $"[{activity.Type}{(activity.Name is null ? string.Empty : " " + activity.Name)}]";
        var extras = new List<string>();
        if (activity.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            extras.Add("suggested: " + string.Join(" | ", actions.Select(a => a.Title)));
        }

        if (activity.Attachments is { Count: > 0 } attachments)
        {
            extras.Add("attachments: " + string.Join(", ", attachments.Select(a => a.ContentType)));
        }

        return extras.Count == 0 ? text : $"{text} ({string.Join("; ", extras)})";
    }

    public static string Quote(string? text) => text is null ? "(no text)" : JsonSerializer.Serialize(text, BotJson.Options);
}
