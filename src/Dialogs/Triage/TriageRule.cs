namespace HeelBot.Dialogs.Triage;

/// <summary>
/// One auditable triage rule: the disposition it leads to, where it comes from and the rule-book version it
/// belongs to. It is recorded with the conversation so a clinician can trace any outcome; the matching logic
/// lives in <see cref="TriageRules"/> so this record stays plain, serialisable data.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>R-EMERG-COLDFOOT</c>; never reuse or rename one that has shipped.</param>
/// <param name="Disposition">What the rule decides when it is the most urgent one that fired.</param>
/// <param name="Source">Seed file name(s) and/or DESIGN.md, plus the external reference the seed cites.</param>
/// <param name="Version">Rule-book version the rule was last changed in (see <see cref="TriageRuleBook.Version"/>).</param>
/// <param name="RedFlag">The red-flag id the rule concerns, or null for rules that are not about a red flag.</param>
public sealed record TriageRule(string Id, Disposition Disposition, string Source, string Version, string? RedFlag)
{
    /// <summary>
    /// Key of the people-facing "why" text in content/ (<c>why.r-emerg-coldfoot</c>). The wording is content,
    /// reviewed by clinicians, so the rule only knows where to find it.
    /// </summary>
    public string ContentKey => $"why.{Id.ToLowerInvariant()}";
}
