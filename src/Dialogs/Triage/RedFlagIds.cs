namespace HeelBot.Dialogs.Triage;

/// <summary>The red-flag ids of DESIGN.md; these appear in heelbot.turn.redFlags and in content keys.</summary>
public static class RedFlagIds
{
    public const string Infection = "infection";
    public const string Trauma = "trauma";
    public const string Rupture = "rupture";
    public const string Neuro = "neuro";
    public const string Diabetes = "diabetes";
    public const string RestPain = "restpain";
    public const string Systemic = "systemic";
    public const string Inflammatory = "inflammatory";
    public const string StressFracture = "stressfracture";
    public const string Severe = "severe";
    public const string Child = "child";

    /// <summary>The flags asked about in the red-flag question (child comes from the age).</summary>
    public static readonly IReadOnlyList<string> Asked =
    [
        Infection, Trauma, Rupture, Neuro, Diabetes, RestPain, Systemic, Inflammatory, StressFracture, Severe,
    ];

    public static readonly IReadOnlyList<string> All = [.. Asked, Child];
}
