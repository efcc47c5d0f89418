namespace HeelBot.Dialogs.Triage;

/// <summary>How urgently to seek care; ordered from most to least urgent.</summary>
public enum Disposition
{
    Emergency,
    Urgent,
    Doctor,
    Clinic,
    SelfCare,
}
