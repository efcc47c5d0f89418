namespace HeelBot.Dialogs.Conversation;

public enum AnswerKind
{
    /// <summary>One of the choices, or free text that fills the slot.</summary>
    Choice,

    /// <summary>Yes or no; "not sure" counts as yes (a red flag is never guessed away).</summary>
    YesNo,

    /// <summary>Any text; the dialog interprets it.</summary>
    FreeText,
}
