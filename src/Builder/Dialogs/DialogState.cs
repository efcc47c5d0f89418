namespace HeelBot.Builder.Dialogs;

/// <summary>The persisted dialog stack; the active dialog is at index 0.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
