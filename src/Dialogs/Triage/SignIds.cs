namespace HeelBot.Dialogs.Triage;

/// <summary>
/// Signs that sharpen a red flag into a more urgent disposition. They live in
/// <see cref="TriageFacts.Flags"/> beside the red flags.
/// </summary>
public static class SignIds
{
    /// <summary>High fever and feeling very unwell with a spreading infection (emergency).</summary>
    public const string HighFeverUnwell = "sign.high_fever_unwell";

    /// <summary>A cold, pale or blue foot (emergency).</summary>
    public const string ColdPaleFoot = "sign.cold_pale_foot";

    /// <summary>Major trauma with deformity or bone visible (emergency).</summary>
    public const string Deformity = "sign.deformity";

    /// <summary>Cannot bear weight / cannot take four steps (with trauma: urgent).</summary>
    public const string CannotBearWeight = "sign.cannot_bear_weight";

    /// <summary>A wound or sore on the foot (with diabetes: urgent).</summary>
    public const string Wound = "sign.wound";

    /// <summary>Fever (for a child: doctor).</summary>
    public const string Fever = "sign.fever";

    /// <summary>An unexplained limp (for a child: doctor).</summary>
    public const string Limp = "sign.limp";

    /// <summary>Every sign id, so tests and the dialogs can iterate them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        HighFeverUnwell, ColdPaleFoot, Deformity, CannotBearWeight, Wound, Fever, Limp,
    ];
}
