namespace HeelBot.Dialogs.Booking;

/// <summary>What the person answered when asked about one red flag.</summary>
public enum TriageAnswer
{
    Yes,
    No,
    Unsure,
}
