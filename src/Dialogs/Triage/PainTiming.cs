namespace HeelBot.Dialogs.Triage;

/// <summary>When it hurts most. Wire names: morning, activity, after_activity, rest, constant.</summary>
public enum PainTiming
{
    /// <summary>First steps in the morning or after sitting.</summary>
    Morning,
    Activity,
    AfterActivity,
    /// <summary>At rest or at night.</summary>
    Rest,
    Constant,
}
