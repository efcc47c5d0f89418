namespace HeelBot.Dialogs.Triage;

/// <summary>
/// Everything the conversation has learned about the person's heel. Null means "not known yet":
/// the dialogs ask for it; the triage rules treat an unknown red flag as not yet ruled out.
/// </summary>
public sealed record TriageFacts
{
    public HeelLocation? Location { get; init; }

    public PainTiming? Timing { get; init; }

    /// <summary>How long the pain has lasted, in weeks (0.5 = a few days).</summary>
    public double? DurationWeeks { get; init; }

    /// <summary>Age of the person with the pain (may be a child the writer speaks for).</summary>
    public int? Age { get; init; }

    /// <summary>Runs (or does a lot of running/jumping sport).</summary>
    public bool? Runner { get; init; }

    /// <summary>Stands or walks much of the working day.</summary>
    public bool? StandingWork { get; init; }

    /// <summary>The pain keeps coming back (had it before, recurring).</summary>
    public bool? Recurring { get; init; }

    /// <summary>Has tried self-care for a while without getting better.</summary>
    public bool? SelfCareFailed { get; init; }

    /// <summary>The person asks to see someone / book.</summary>
    public bool? WantsBooking { get; init; }

    /// <summary>
    /// Answers about red flags and their qualifying signs, by id (see <see cref="RedFlagIds"/> and
    /// <see cref="SignIds"/>): true = present, false = denied. A missing key is unknown.
    /// </summary>
    public IReadOnlyDictionary<string, bool> Flags { get; init; } = new Dictionary<string, bool>();

    public bool Has(string id) => Flags.TryGetValue(id, out var present) && present;

    public bool Denies(string id) => Flags.TryGetValue(id, out var present) && !present;

    public bool Knows(string id) => Flags.ContainsKey(id);

    /// <summary>Returns a copy with one flag set; an explicit "present" is never overwritten by a later "absent".</summary>
    public TriageFacts WithFlag(string id, bool present)
    {
        if (Has(id) && !present)
        {
            return this;
        }

        var flags = new Dictionary<string, bool>(Flags) { [id] = present };
        return this with { Flags = flags };
    }
}
