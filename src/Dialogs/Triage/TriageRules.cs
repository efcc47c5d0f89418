namespace HeelBot.Dialogs.Triage;

/// <summary>
/// The triage rules of DESIGN.md as one pure function from facts to a decision: no I/O, no clock, so every
/// outcome can be replayed and table-tested. Only a flag that is explicitly present counts; a denied or unknown
/// flag never fires a rule (the dialogs ask about unknown flags before they act on a decision).
/// </summary>
public static class TriageRules
{
    /// <summary>Pain for longer than this, with no red flag, is worth a clinic visit (exactly 6 weeks is still self-care).</summary>
    internal const double SelfCareWeeks = 6;

    /// <summary>"No better after about 12 weeks of self-care": 12 weeks or more, and the person says self-care has failed.</summary>
    internal const double NoBetterWeeks = 12;

    /// <summary>Under this age the person is a child (16 exactly is not).</summary>
    internal const int ChildUnderAge = 16;

    /// <summary>
    /// Each rule with the facts that make it match, in <see cref="TriageRuleBook.All"/> order. Rules are
    /// independent predicates; "most urgent wins" comes from the ordering, not from the predicates excluding
    /// each other, except where DESIGN.md defines a rule by an absence (can still walk, diabetes without a
    /// wound or infection, a child without fever/limp/rest pain).
    /// </summary>
    private static readonly (TriageRule Rule, Func<TriageFacts, bool> Matches)[] Table =
    [
        (TriageRuleBook.EmergencySpreadingInfection, f => f.Has(RedFlagIds.Infection) && f.Has(SignIds.HighFeverUnwell)),

        // A cold, pale or blue foot means the blood supply may be cut off, whatever else is going on.
        (TriageRuleBook.EmergencyColdFoot, f => f.Has(SignIds.ColdPaleFoot)),
        (TriageRuleBook.EmergencyDeformity, f => f.Has(RedFlagIds.Trauma) && f.Has(SignIds.Deformity)),

        (TriageRuleBook.UrgentTraumaNoWeight, f => f.Has(RedFlagIds.Trauma) && f.Has(SignIds.CannotBearWeight)),
        (TriageRuleBook.UrgentDiabetesWound, f => f.Has(RedFlagIds.Diabetes) && f.Has(SignIds.Wound)),
        (TriageRuleBook.UrgentDiabetesInfection, f => f.Has(RedFlagIds.Diabetes) && f.Has(RedFlagIds.Infection)),
        (TriageRuleBook.UrgentInfection, f => f.Has(RedFlagIds.Infection)),
        (TriageRuleBook.UrgentRupture, f => f.Has(RedFlagIds.Rupture)),
        (TriageRuleBook.UrgentSevere, f => f.Has(RedFlagIds.Severe)),

        (TriageRuleBook.DoctorChildFever, f => IsChild(f) && f.Has(SignIds.Fever)),
        (TriageRuleBook.DoctorChildLimp, f => IsChild(f) && f.Has(SignIds.Limp)),
        (TriageRuleBook.DoctorChildRestPain, f => IsChild(f) && f.Has(RedFlagIds.RestPain)),

        // Long duration alone is a clinic matter (R-CLINIC-OVER-6W); it takes the person's own word that
        // self-care has not helped to make it a doctor's matter. An unknown SelfCareFailed does not count.
        (TriageRuleBook.DoctorNoBetterAfter12Weeks, f => f.SelfCareFailed == true && f.DurationWeeks >= NoBetterWeeks),
        (TriageRuleBook.DoctorNeuro, f => f.Has(RedFlagIds.Neuro)),
        (TriageRuleBook.DoctorRestPain, f => f.Has(RedFlagIds.RestPain)),
        (TriageRuleBook.DoctorSystemic, f => f.Has(RedFlagIds.Systemic)),
        (TriageRuleBook.DoctorInflammatory, f => f.Has(RedFlagIds.Inflammatory)),
        (TriageRuleBook.DoctorStressFracture, f => f.Has(RedFlagIds.StressFracture)),

        // Conservative on purpose: with reduced sensation a person may not notice damage, so a doctor should look
        // even when no wound or infection is reported.
        (TriageRuleBook.DoctorDiabetes, f => f.Has(RedFlagIds.Diabetes) && !f.Has(SignIds.Wound) && !f.Has(RedFlagIds.Infection)),

        (TriageRuleBook.ClinicChild, f => IsChild(f) && !f.Has(SignIds.Fever) && !f.Has(SignIds.Limp) && !f.Has(RedFlagIds.RestPain)),

        // Weight-bearing not yet known counts as "can still walk" here; the dialog asks before it settles.
        (TriageRuleBook.ClinicTraumaWalking, f => f.Has(RedFlagIds.Trauma) && !f.Has(SignIds.CannotBearWeight)),
        (TriageRuleBook.ClinicOver6Weeks, f => IsLongerThan(f, SelfCareWeeks)),
        (TriageRuleBook.ClinicRecurring, f => f.Recurring == true),
        (TriageRuleBook.ClinicBooking, f => f.WantsBooking == true),

        (TriageRuleBook.SelfCare, f => !HasAnyRedFlag(f) && !IsLongerThan(f, SelfCareWeeks)),
    ];

    public static TriageDecision Decide(TriageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        // OrderBy is stable, so rules of the same disposition keep their rule-book order.
        var fired = Table
            .Where(entry => entry.Matches(facts))
            .Select(entry => entry.Rule)
            .OrderBy(rule => rule.Disposition)
            .ToList();

        // Every red flag has a rule and R-SELFCARE / R-CLINIC-OVER-6W cover the rest, so this cannot be empty;
        // if a future edit breaks that, failing loudly beats routing someone to self-care by accident.
        if (fired.Count == 0)
        {
            throw new InvalidOperationException("No triage rule matched; the rule book has a gap.");
        }

        var disposition = fired[0].Disposition;
        var redFlags = PresentRedFlags(facts);
        return new TriageDecision(
            disposition,
            fired,
            redFlags,
            AdviceSectionPicker.Choose(facts, disposition),
            RedFlagIds.Asked.Where(id => !redFlags.Contains(id)).ToList(),
            TriageRuleBook.Version);
    }

    /// <summary>Age under 16 makes a child even if the child flag was answered "no"; the age is the firmer fact.</summary>
    internal static bool IsChild(TriageFacts facts) => facts.Age < ChildUnderAge || facts.Has(RedFlagIds.Child);

    /// <summary>An unknown duration (null or NaN) is never "longer than".</summary>
    internal static bool IsLongerThan(TriageFacts facts, double weeks) => facts.DurationWeeks > weeks;

    private static bool HasAnyRedFlag(TriageFacts facts) => IsChild(facts) || RedFlagIds.Asked.Any(facts.Has);

    private static List<string> PresentRedFlags(TriageFacts facts) =>
        RedFlagIds.All.Where(id => id == RedFlagIds.Child ? IsChild(facts) : facts.Has(id)).ToList();
}
