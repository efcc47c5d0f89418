using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Booking;

/// <summary>
/// The short triage summary the clinic receives with a booking, only when the person agreed to it. Plain data the
/// dialog fills from the conversation; health data, so ToString prints none of it and it is never logged.
/// </summary>
public sealed record TriageSummary
{
    public HeelLocation? Location { get; init; }

    public PainTiming? Timing { get; init; }

    /// <summary>How long the pain has lasted, in weeks.</summary>
    public double? DurationWeeks { get; init; }

    public int? Age { get; init; }

    /// <summary>Each red flag the person was asked about (ids of <see cref="RedFlagIds"/>), with the answer.</summary>
    public IReadOnlyDictionary<string, TriageAnswer> RedFlags { get; init; } = new Dictionary<string, TriageAnswer>();

    /// <summary>What the bot advised.</summary>
    public Disposition Disposition { get; init; }

    /// <summary>The rule-book version that decided (<see cref="TriageDecision.RulesVersion"/>), for the clinic's audit.</summary>
    public string RulesVersion { get; init; } = string.Empty;

    public override string ToString() => "TriageSummary { (health data not printed) }";
}
