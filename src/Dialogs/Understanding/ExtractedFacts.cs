using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Understanding;

/// <summary>What one message says about the heel. Null and missing keys mean the message did not say.</summary>
public sealed record ExtractedFacts
{
    public static readonly ExtractedFacts Empty = new();

    public HeelLocation? Location { get; init; }

    public PainTiming? Timing { get; init; }

    public double? DurationWeeks { get; init; }

    public int? Age { get; init; }

    public bool? Runner { get; init; }

    public bool? StandingWork { get; init; }

    public bool? Recurring { get; init; }

    public bool? SelfCareFailed { get; init; }

    public bool? WantsBooking { get; init; }

    /// <summary>
    /// Red flags (<see cref="RedFlagIds"/>) and signs (<see cref="SignIds"/>): true when mentioned and not negated,
    /// false only when that very thing is denied ("ingen feber" denies <c>sign.fever</c>, not <c>infection</c>).
    /// </summary>
    public IReadOnlyDictionary<string, bool> Flags { get; init; } = new Dictionary<string, bool>();

    /// <summary>Red flags and signs mentioned with a hedge or ambiguously ("måske lidt hævet"); the dialog asks about them.</summary>
    public IReadOnlyList<string> Unclear { get; init; } = [];

    /// <summary>
    /// The message says none of the red flags apply ("nej, ingen af dem", "none of those"). Only meaningful as an
    /// answer to the red-flag list, so <see cref="ApplyTo"/> leaves it to the caller (see <see cref="FactExtractor.ParseRedFlagAnswer"/>).
    /// </summary>
    public bool DeniesAllRedFlags { get; init; }

    /// <summary>The words behind each value, in the order they appear.</summary>
    public IReadOnlyList<FactEvidence> Evidence { get; init; } = [];

    public bool IsEmpty => Location is null && Timing is null && DurationWeeks is null && Age is null && Runner is null
        && StandingWork is null && Recurring is null && SelfCareFailed is null && WantsBooking is null && Flags.Count == 0
        && Unclear.Count == 0 && !DeniesAllRedFlags;

    /// <summary>
    /// Merges into what the conversation knows. Present wins over absent: a flag once true stays true. A hedge
    /// reopens an earlier denial (the dialog asks again) but never an earlier "yes". Location, timing and age fill
    /// what is still unknown (the slot questions handle corrections); the duration keeps the longest span heard,
    /// since the pain has lasted at least that long; yes/no facts take a "yes" over a "no".
    /// </summary>
    public TriageFacts ApplyTo(TriageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var merged = facts with
        {
            Location = facts.Location ?? Location,
            Timing = facts.Timing ?? Timing,
            Age = facts.Age ?? Age,
            DurationWeeks = DurationWeeks is { } weeks && (facts.DurationWeeks is null || weeks > facts.DurationWeeks) ? weeks : facts.DurationWeeks,
            Runner = Merge(facts.Runner, Runner),
            StandingWork = Merge(facts.StandingWork, StandingWork),
            Recurring = Merge(facts.Recurring, Recurring),
            SelfCareFailed = Merge(facts.SelfCareFailed, SelfCareFailed),
            WantsBooking = Merge(facts.WantsBooking, WantsBooking),
        };

        foreach (var (id, present) in Flags)
        {
            merged = merged.WithFlag(id, present);
        }

        var reopened = Unclear.Where(merged.Denies).ToList();
        if (reopened.Count > 0)
        {
            var flags = merged.Flags.Where(f => !reopened.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value);
            merged = merged with { Flags = flags };
        }

        return merged;
    }

    private static bool? Merge(bool? known, bool? heard) => known == true || heard == true ? true : known ?? heard;
}
