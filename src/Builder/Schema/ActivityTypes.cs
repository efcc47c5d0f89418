namespace HeelBot.Builder.Schema;

/// <summary>Activity type wire names (camelCase, as the Bot Framework sends them).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string InstallationUpdate = "installationUpdate";
    public const string Trace = "trace";
}
