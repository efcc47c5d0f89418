namespace HeelBot.Dialogs.Triage;

/// <summary>The outcome of <see cref="TriageRules.Decide"/>: what to do, why, and what to show.</summary>
/// <param name="Disposition">How urgently to seek care; always <c>Fired[0].Disposition</c>.</param>
/// <param name="Fired">Every rule that matched, most urgent first; the first one decides.</param>
/// <param name="RedFlags">Red-flag ids present, in <see cref="RedFlagIds.All"/> order (includes <c>child</c> under 16).</param>
/// <param name="Sections">Advice section ids (<see cref="Content.AdviceSectionIds"/>), best first; empty for emergency and urgent.</param>
/// <param name="WatchFor">Red-flag ids to remind the person to watch for: the asked flags that are not present.</param>
/// <param name="RulesVersion">The rule-book version that produced this decision, recorded for audit.</param>
public sealed record TriageDecision(
    Disposition Disposition,
    IReadOnlyList<TriageRule> Fired,
    IReadOnlyList<string> RedFlags,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> WatchFor,
    string RulesVersion)
{
    /// <summary>The rule that decided the disposition (<c>Fired[0]</c>).</summary>
    public TriageRule DecidingRule => Fired[0];
}
