using System.Reflection;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Understanding;

/// <summary>The ids and wire names a lexicon may use, so a typo in a data file fails at load instead of silently matching nothing.</summary>
internal static class KnownIds
{
    public static readonly IReadOnlySet<string> Signs = typeof(SignIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Flags = RedFlagIds.All.Concat(Signs).ToHashSet(StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, HeelLocation> Locations = new Dictionary<string, HeelLocation>
    {
        ["under"] = HeelLocation.Under,
        ["behind"] = HeelLocation.Behind,
        ["whole"] = HeelLocation.Whole,
        ["pad"] = HeelLocation.Pad,
        ["unsure"] = HeelLocation.Unsure,
    };

    public static readonly IReadOnlyDictionary<string, PainTiming> Timings = new Dictionary<string, PainTiming>
    {
        ["morning"] = PainTiming.Morning,
        ["activity"] = PainTiming.Activity,
        ["after_activity"] = PainTiming.AfterActivity,
        ["rest"] = PainTiming.Rest,
        ["constant"] = PainTiming.Constant,
    };

    public const string Runner = "runner";
    public const string StandingWork = "standing_work";
    public const string Recurring = "recurring";
    public const string SelfCareFailed = "self_care_failed";
    public const string WantsBooking = "wants_booking";

    public static readonly IReadOnlySet<string> Facts = new HashSet<string>(StringComparer.Ordinal)
    {
        Runner, StandingWork, Recurring, SelfCareFailed, WantsBooking,
    };
}
