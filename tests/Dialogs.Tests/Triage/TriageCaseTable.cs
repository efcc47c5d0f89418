using HeelBot.Dialogs.Triage;
using static HeelBot.Dialogs.Triage.RedFlagIds;
using static HeelBot.Dialogs.Triage.SignIds;

namespace HeelBot.Dialogs.Tests.Triage;

/// <summary>
/// The triage case table: every red flag and sign alone, the combinations where the most urgent must win, and
/// every boundary. The expected values are written from DESIGN.md, not read back from the rule book.
/// The reachability test runs this table too, so every rule must be decided by or fire in some row.
/// </summary>
public static class TriageCaseTable
{
    public static readonly IReadOnlyList<TriageCase> Cases =
    [
        // Nothing known yet: self-care (the dialogs ask before they act).
        new("nothing known", new TriageFacts(), Disposition.SelfCare, "R-SELFCARE"),

        // Every red flag alone.
        new("infection alone", TestFacts.With(Infection), Disposition.Urgent, "R-URGENT-INFECTION"),
        new("trauma alone, walking unknown", TestFacts.With(Trauma), Disposition.Clinic, "R-CLINIC-TRAUMA-WALKING"),
        new("rupture alone", TestFacts.With(Rupture), Disposition.Urgent, "R-URGENT-RUPTURE"),
        new("neuro alone", TestFacts.With(Neuro), Disposition.Doctor, "R-DOCTOR-NEURO"),
        new("diabetes alone", TestFacts.With(Diabetes), Disposition.Doctor, "R-DOCTOR-DIABETES"),
        new("restpain alone", TestFacts.With(RestPain), Disposition.Doctor, "R-DOCTOR-RESTPAIN"),
        new("systemic alone", TestFacts.With(Systemic), Disposition.Doctor, "R-DOCTOR-SYSTEMIC"),
        new("inflammatory alone", TestFacts.With(Inflammatory), Disposition.Doctor, "R-DOCTOR-INFLAMMATORY"),
        new("stressfracture alone", TestFacts.With(StressFracture), Disposition.Doctor, "R-DOCTOR-STRESSFRACTURE"),
        new("severe alone", TestFacts.With(Severe), Disposition.Urgent, "R-URGENT-SEVERE"),
        new("child flag alone", TestFacts.With(Child), Disposition.Clinic, "R-CLINIC-CHILD"),

        // Every sign alone: only the cold foot stands on its own; the others qualify a red flag.
        new("cold pale foot alone", TestFacts.With(ColdPaleFoot), Disposition.Emergency, "R-EMERG-COLDFOOT"),
        new("high fever unwell without infection flag", TestFacts.With(HighFeverUnwell), Disposition.SelfCare, "R-SELFCARE"),
        new("deformity without trauma flag", TestFacts.With(Deformity), Disposition.SelfCare, "R-SELFCARE"),
        new("cannot bear weight without trauma flag", TestFacts.With(CannotBearWeight), Disposition.SelfCare, "R-SELFCARE"),
        new("wound without diabetes", TestFacts.With(Wound), Disposition.SelfCare, "R-SELFCARE"),
        new("fever, adult", TestFacts.With(Fever) with { Age = 40 }, Disposition.SelfCare, "R-SELFCARE"),
        new("limp, adult", TestFacts.With(Limp) with { Age = 40 }, Disposition.SelfCare, "R-SELFCARE"),

        // Signs that sharpen a red flag.
        new("infection with high fever", TestFacts.With(Infection, HighFeverUnwell), Disposition.Emergency, "R-EMERG-SPREADINGINFECTION"),
        new("trauma with deformity", TestFacts.With(Trauma, Deformity), Disposition.Emergency, "R-EMERG-DEFORMITY"),
        new("trauma, cannot bear weight", TestFacts.With(Trauma, CannotBearWeight), Disposition.Urgent, "R-URGENT-TRAUMA-NOWEIGHT"),
        new("trauma, can bear weight", TestFacts.With(Trauma).AndDenying(CannotBearWeight), Disposition.Clinic, "R-CLINIC-TRAUMA-WALKING"),
        new("diabetes with wound", TestFacts.With(Diabetes, Wound), Disposition.Urgent, "R-URGENT-DIABETES-WOUND"),
        new("diabetes with infection", TestFacts.With(Diabetes, Infection), Disposition.Urgent, "R-URGENT-DIABETES-INFECTION"),
        new("diabetes, wound denied", TestFacts.With(Diabetes).AndDenying(Wound, Infection), Disposition.Doctor, "R-DOCTOR-DIABETES"),
        new("cold foot in a child", TestFacts.With(ColdPaleFoot) with { Age = 9 }, Disposition.Emergency, "R-EMERG-COLDFOOT"),
        new("cold foot, long and booking", TestFacts.With(ColdPaleFoot) with { DurationWeeks = 20, WantsBooking = true }, Disposition.Emergency, "R-EMERG-COLDFOOT"),

        // Most urgent wins.
        new("neuro and infection", TestFacts.With(Neuro, Infection), Disposition.Urgent, "R-URGENT-INFECTION"),
        new("restpain and rupture", TestFacts.With(RestPain, Rupture), Disposition.Urgent, "R-URGENT-RUPTURE"),
        new("inflammatory and severe", TestFacts.With(Inflammatory, Severe), Disposition.Urgent, "R-URGENT-SEVERE"),
        new("systemic, long, recurring", TestFacts.With(Systemic) with { DurationWeeks = 30, Recurring = true }, Disposition.Doctor, "R-DOCTOR-SYSTEMIC"),
        new("trauma walking and neuro", TestFacts.With(Trauma, Neuro), Disposition.Doctor, "R-DOCTOR-NEURO"),
        new("child and stressfracture", TestFacts.With(StressFracture) with { Age = 12 }, Disposition.Doctor, "R-DOCTOR-STRESSFRACTURE"),
        new("deformity beats no weight", TestFacts.With(Trauma, Deformity, CannotBearWeight), Disposition.Emergency, "R-EMERG-DEFORMITY"),
        new("spreading infection and diabetes", TestFacts.With(Infection, HighFeverUnwell, Diabetes), Disposition.Emergency, "R-EMERG-SPREADINGINFECTION"),
        new("every flag and sign", TestFacts.With([.. RedFlagIds.All, .. SignIds.All]), Disposition.Emergency, "R-EMERG-SPREADINGINFECTION"),

        // Duration boundaries: 6 weeks is self-care, anything more is a clinic visit.
        new("3 days", new TriageFacts { DurationWeeks = 0.5 }, Disposition.SelfCare, "R-SELFCARE"),
        new("exactly 6 weeks", new TriageFacts { DurationWeeks = 6 }, Disposition.SelfCare, "R-SELFCARE"),
        new("6.5 weeks", new TriageFacts { DurationWeeks = 6.5 }, Disposition.Clinic, "R-CLINIC-OVER-6W"),
        new("duration NaN counts as unknown", new TriageFacts { DurationWeeks = double.NaN }, Disposition.SelfCare, "R-SELFCARE"),

        // 12 weeks: a doctor only when the person says self-care has not helped.
        new("12 weeks, self-care failed", new TriageFacts { DurationWeeks = 12, SelfCareFailed = true }, Disposition.Doctor, "R-DOCTOR-NOBETTER-12W"),
        new("12 weeks, self-care unknown", new TriageFacts { DurationWeeks = 12 }, Disposition.Clinic, "R-CLINIC-OVER-6W"),
        new("12 weeks, self-care not failed", new TriageFacts { DurationWeeks = 12, SelfCareFailed = false }, Disposition.Clinic, "R-CLINIC-OVER-6W"),
        new("11.9 weeks, self-care failed", new TriageFacts { DurationWeeks = 11.9, SelfCareFailed = true }, Disposition.Clinic, "R-CLINIC-OVER-6W"),
        new("40 weeks, self-care failed", new TriageFacts { DurationWeeks = 40, SelfCareFailed = true }, Disposition.Doctor, "R-DOCTOR-NOBETTER-12W"),
        new("self-care failed, 4 weeks", new TriageFacts { DurationWeeks = 4, SelfCareFailed = true }, Disposition.SelfCare, "R-SELFCARE"),
        new("self-care failed, duration unknown", new TriageFacts { SelfCareFailed = true }, Disposition.SelfCare, "R-SELFCARE"),

        // Age boundaries and children.
        new("age 15", new TriageFacts { Age = 15 }, Disposition.Clinic, "R-CLINIC-CHILD"),
        new("age 16", new TriageFacts { Age = 16 }, Disposition.SelfCare, "R-SELFCARE"),
        new("age 16 with fever", TestFacts.With(Fever) with { Age = 16 }, Disposition.SelfCare, "R-SELFCARE"),
        new("age 16 with limp", TestFacts.With(Limp) with { Age = 16 }, Disposition.SelfCare, "R-SELFCARE"),
        new("age 16 with restpain", TestFacts.With(RestPain) with { Age = 16 }, Disposition.Doctor, "R-DOCTOR-RESTPAIN"),
        new("age 15 with fever", TestFacts.With(Fever) with { Age = 15 }, Disposition.Doctor, "R-DOCTOR-CHILD-FEVER"),
        new("age 10 with limp", TestFacts.With(Limp) with { Age = 10 }, Disposition.Doctor, "R-DOCTOR-CHILD-LIMP"),
        new("age 10 with restpain", TestFacts.With(RestPain) with { Age = 10 }, Disposition.Doctor, "R-DOCTOR-CHILD-RESTPAIN"),
        new("child flag with fever", TestFacts.With(Child, Fever), Disposition.Doctor, "R-DOCTOR-CHILD-FEVER"),
        new("age 11, fever and limp denied", TestFacts.Denying(Fever, Limp, RestPain) with { Age = 11 }, Disposition.Clinic, "R-CLINIC-CHILD"),
        new("age 12 but child flag denied", TestFacts.Denying(Child) with { Age = 12 }, Disposition.Clinic, "R-CLINIC-CHILD"),
        new("age 30 but child flag set", TestFacts.With(Child) with { Age = 30 }, Disposition.Clinic, "R-CLINIC-CHILD"),
        new("child with infection", TestFacts.With(Infection) with { Age = 8 }, Disposition.Urgent, "R-URGENT-INFECTION"),

        // Other clinic reasons.
        new("recurring", new TriageFacts { Recurring = true, DurationWeeks = 2 }, Disposition.Clinic, "R-CLINIC-RECURRING"),
        new("wants booking", new TriageFacts { WantsBooking = true, DurationWeeks = 1 }, Disposition.Clinic, "R-CLINIC-BOOKING"),
        new("not recurring, no booking", new TriageFacts { Recurring = false, WantsBooking = false, DurationWeeks = 2 }, Disposition.SelfCare, "R-SELFCARE"),
    ];

    public static TriageCase Get(string name) => Cases.Single(c => c.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var triageCase in Cases)
        {
            data.Add(triageCase.Name);
        }

        return data;
    }
}
