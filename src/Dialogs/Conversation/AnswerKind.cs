namespace HeelBot.Dialogs.Conversation;

public enum AnswerKind
{
    /// <summary>One of the choices, or free text that fills the slot.</summary>
    Choice,

    /// <summary>Yes or no; "not sure" counts as yes (a red flag is never guessed away).</summary>
    YesNo,

    /// <summary>Any text; the dialog interprets it.</summary>
    FreeText,

    /// <summary>
    /// Yes or no to keeping data; "not sure" counts as no (consent is never assumed), and a question still not
    /// answered after a few tries counts as no too.
    /// </summary>
    Consent,
}
