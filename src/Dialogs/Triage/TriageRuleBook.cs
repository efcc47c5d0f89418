namespace HeelBot.Dialogs.Triage;

/// <summary>
/// The triage rules as data: ids, dispositions, sources and versions. Ids are stable because they are recorded
/// with conversations and name the "why" content keys; a changed rule keeps its id and gets a new version.
/// Rules are listed most urgent first and, within one disposition, the more specific (two-fact) rules before the
/// single-fact ones, so the deciding rule's "why" names the whole picture.
/// </summary>
public static class TriageRuleBook
{
    /// <summary>Version of the rule book as a whole; bump it whenever any rule's logic or metadata changes.</summary>
    public const string Version = "2026.11.1";

    // Sources: DESIGN.md and the seed articles in shared/seeds, by file name. Where a seed backs a point with a
    // reference of its own, that reference is named too, so a clinician can check the primary source.
    internal const string Design = "DESIGN.md";
    internal const string SeedRunningGuide = "000_d330816d71e66013.txt";
    internal const string SeedClinicArticle = "001_f2422f980878364d.txt";
    internal const string SeedClinicArticleDifferentials =
        "001_f2422f980878364d.txt (citing sundhed.dk Lægehåndbogen, Hæl- og fodsmerter: "
        + "https://www.sundhed.dk/sundhedsfaglig/laegehaandbogen/fysmed-og-rehab/symptomer-og-tegn/hael-og-fodsmerter/)";
    internal const string SeedHeelPainGuide = "002_e7624829e65c09c8.txt";
    internal const string SeedMassageArticle = "003_9dd06d31f16b782e.txt";

    // Emergency: call 112. The seeds stop at "see a doctor"; the emergency tier is DESIGN.md's.
    public static readonly TriageRule EmergencySpreadingInfection =
        Rule("R-EMERG-SPREADINGINFECTION", Disposition.Emergency, RedFlagIds.Infection, Design);

    public static readonly TriageRule EmergencyColdFoot =
        Rule("R-EMERG-COLDFOOT", Disposition.Emergency, null, Design);

    public static readonly TriageRule EmergencyDeformity =
        Rule("R-EMERG-DEFORMITY", Disposition.Emergency, RedFlagIds.Trauma, Design);

    // Urgent: a doctor today.
    public static readonly TriageRule UrgentTraumaNoWeight =
        Rule("R-URGENT-TRAUMA-NOWEIGHT", Disposition.Urgent, RedFlagIds.Trauma, Design, SeedHeelPainGuide, SeedMassageArticle);

    public static readonly TriageRule UrgentDiabetesWound =
        Rule("R-URGENT-DIABETES-WOUND", Disposition.Urgent, RedFlagIds.Diabetes, Design, SeedRunningGuide);

    public static readonly TriageRule UrgentDiabetesInfection =
        Rule("R-URGENT-DIABETES-INFECTION", Disposition.Urgent, RedFlagIds.Diabetes, Design, SeedRunningGuide);

    public static readonly TriageRule UrgentInfection =
        Rule(
            "R-URGENT-INFECTION",
            Disposition.Urgent,
            RedFlagIds.Infection,
            Design,
            SeedRunningGuide,
            SeedClinicArticle,
            SeedHeelPainGuide,
            SeedMassageArticle);

    public static readonly TriageRule UrgentRupture =
        Rule("R-URGENT-RUPTURE", Disposition.Urgent, RedFlagIds.Rupture, Design, SeedClinicArticle);

    public static readonly TriageRule UrgentSevere =
        Rule("R-URGENT-SEVERE", Disposition.Urgent, RedFlagIds.Severe, Design, SeedRunningGuide, SeedHeelPainGuide);

    // Doctor: own GP within days.
    public static readonly TriageRule DoctorChildFever =
        Rule("R-DOCTOR-CHILD-FEVER", Disposition.Doctor, RedFlagIds.Child, Design);

    public static readonly TriageRule DoctorChildLimp =
        Rule("R-DOCTOR-CHILD-LIMP", Disposition.Doctor, RedFlagIds.Child, Design, SeedClinicArticle);

    public static readonly TriageRule DoctorChildRestPain =
        Rule("R-DOCTOR-CHILD-RESTPAIN", Disposition.Doctor, RedFlagIds.Child, Design);

    public static readonly TriageRule DoctorNoBetterAfter12Weeks =
        Rule("R-DOCTOR-NOBETTER-12W", Disposition.Doctor, null, Design, SeedRunningGuide);

    public static readonly TriageRule DoctorNeuro =
        Rule(
            "R-DOCTOR-NEURO",
            Disposition.Doctor,
            RedFlagIds.Neuro,
            Design,
            SeedRunningGuide,
            SeedClinicArticleDifferentials,
            SeedMassageArticle);

    public static readonly TriageRule DoctorRestPain =
        Rule("R-DOCTOR-RESTPAIN", Disposition.Doctor, RedFlagIds.RestPain, Design, SeedRunningGuide);

    public static readonly TriageRule DoctorSystemic =
        Rule("R-DOCTOR-SYSTEMIC", Disposition.Doctor, RedFlagIds.Systemic, Design, SeedRunningGuide);

    public static readonly TriageRule DoctorInflammatory =
        Rule(
            "R-DOCTOR-INFLAMMATORY",
            Disposition.Doctor,
            RedFlagIds.Inflammatory,
            Design,
            SeedClinicArticleDifferentials,
            SeedHeelPainGuide);

    public static readonly TriageRule DoctorStressFracture =
        Rule(
            "R-DOCTOR-STRESSFRACTURE",
            Disposition.Doctor,
            RedFlagIds.StressFracture,
            Design,
            SeedClinicArticleDifferentials,
            SeedHeelPainGuide);

    public static readonly TriageRule DoctorDiabetes =
        Rule("R-DOCTOR-DIABETES", Disposition.Doctor, RedFlagIds.Diabetes, Design, SeedRunningGuide);

    // Clinic: book a physiotherapist or osteopath.
    public static readonly TriageRule ClinicChild =
        Rule("R-CLINIC-CHILD", Disposition.Clinic, RedFlagIds.Child, Design, SeedClinicArticle);

    public static readonly TriageRule ClinicTraumaWalking =
        Rule("R-CLINIC-TRAUMA-WALKING", Disposition.Clinic, RedFlagIds.Trauma, Design, SeedHeelPainGuide);

    public static readonly TriageRule ClinicOver6Weeks =
        Rule("R-CLINIC-OVER-6W", Disposition.Clinic, null, Design, SeedHeelPainGuide, SeedMassageArticle);

    public static readonly TriageRule ClinicRecurring =
        Rule("R-CLINIC-RECURRING", Disposition.Clinic, null, Design, SeedClinicArticle);

    public static readonly TriageRule ClinicBooking =
        Rule("R-CLINIC-BOOKING", Disposition.Clinic, null, Design);

    // Self-care: the advice sections, with booking still offered.
    public static readonly TriageRule SelfCare =
        Rule("R-SELFCARE", Disposition.SelfCare, null, Design, SeedRunningGuide, SeedHeelPainGuide);

    /// <summary>Every rule, most urgent first (the order <see cref="TriageDecision.Fired"/> follows).</summary>
    public static readonly IReadOnlyList<TriageRule> All =
    [
        EmergencySpreadingInfection, EmergencyColdFoot, EmergencyDeformity,
        UrgentTraumaNoWeight, UrgentDiabetesWound, UrgentDiabetesInfection, UrgentInfection, UrgentRupture, UrgentSevere,
        DoctorChildFever, DoctorChildLimp, DoctorChildRestPain, DoctorNoBetterAfter12Weeks,
        DoctorNeuro, DoctorRestPain, DoctorSystemic, DoctorInflammatory, DoctorStressFracture, DoctorDiabetes,
        ClinicChild, ClinicTraumaWalking, ClinicOver6Weeks, ClinicRecurring, ClinicBooking,
        SelfCare,
    ];

    /// <summary>Looks a rule up by id, e.g. to explain a recorded conversation; null when the id is unknown.</summary>
    public static TriageRule? Find(string id) => All.FirstOrDefault(rule => rule.Id == id);

    private static TriageRule Rule(string id, Disposition disposition, string? redFlag, params string[] sources) =>
        new(id, disposition, string.Join("; ", sources), Version, redFlag);
}
