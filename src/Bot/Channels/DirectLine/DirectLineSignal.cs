using System.Text.Json;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>
/// What one instance tells the others about a conversation (a PostgreSQL notification payload): activities were
/// stored, activities are pushed without being stored, or a stream took the conversation over.
/// </summary>
public sealed record DirectLineSignal(string Origin, string Kind, string ConversationId, List<JsonElement>? Activities = null)
{
    public const string Stored = "stored";
    public const string Pushed = "pushed";
    public const string Taken = "taken";

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
