namespace HeelBot.Dialogs.Content;

/// <summary>
/// The advice section ids the triage rules can pick. Each has one file per language,
/// <c>content/&lt;language&gt;/advice/&lt;id&gt;.md</c>; the ids also appear in heelbot.turn.sections.
/// </summary>
public static class AdviceSectionIds
{
    public const string AboutPlantarFasciitis = "about-plantar-fasciitis";
    public const string AboutAchillesBursitis = "about-achilles-bursitis";
    public const string AboutHeelPad = "about-heel-pad";
    public const string Offloading = "offloading";
    public const string ShoesInsoles = "shoes-insoles";
    public const string Exercises = "exercises";
    public const string RunningReturn = "running-return";
    public const string StandingWork = "standing-work";
    public const string MassageRolling = "massage-rolling";
    public const string BeyondSelfCare = "beyond-selfcare";
    public const string PreventRelapse = "prevent-relapse";

    /// <summary>All ids, in the order the sections read best when several are shown.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        AboutPlantarFasciitis,
        AboutAchillesBursitis,
        AboutHeelPad,
        Offloading,
        ShoesInsoles,
        Exercises,
        RunningReturn,
        StandingWork,
        MassageRolling,
        BeyondSelfCare,
        PreventRelapse,
    ];
}
