namespace HeelBot.LoadTool.Running;

/// <summary>How one simulated conversation ended.</summary>
public enum ConversationOutcome
{
    /// <summary>Reached a disposition (HeelBot) or the advice (reference), as the person expected.</summary>
    Completed,

    /// <summary>A refused request, a timeout, or a reply the person could not follow: an error.</summary>
    Failed,

    /// <summary>Stopped by the tool (window over, or an idle conversation left at its turn limit): not an error.</summary>
    Stopped,
}
