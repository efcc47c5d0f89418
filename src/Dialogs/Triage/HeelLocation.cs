namespace HeelBot.Dialogs.Triage;

/// <summary>Where the heel hurts. Wire names (lower case) are used in the heelbot.turn entity and content keys.</summary>
public enum HeelLocation
{
    Under,
    Behind,
    Whole,
    Pad,
    Unsure,
}
