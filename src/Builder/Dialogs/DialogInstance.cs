namespace HeelBot.Builder.Dialogs;

/// <summary>One entry of the dialog stack: which dialog, and its persisted state.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public Dictionary<string, object> State { get; set; } = [];
}
