namespace HeelBot.Dialogs.Conversation;

/// <summary>The values a yes/no slot question returns.</summary>
public static class SlotPromptValues
{
    public const string Yes = "yes";
    public const string No = "no";
}
