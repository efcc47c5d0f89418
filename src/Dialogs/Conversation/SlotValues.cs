using System.Globalization;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Conversation;

/// <summary>Reads and writes a slot of the session's facts by its wire name.</summary>
public static class SlotValues
{
    /// <summary>Weeks behind each duration button (the middle of its band).</summary>
    public static readonly IReadOnlyDictionary<string, double> DurationChoices = new Dictionary<string, double>
    {
        ["lt2"] = 1,
        ["2to6"] = 4,
        ["6to12"] = 9,
        ["gt12"] = 16,
    };

    /// <summary>The slot's value as a choice value, or null when not known.</summary>
    public static string? Read(TriageSession session, string slot)
    {
        ArgumentNullException.ThrowIfNull(session);
        var facts = session.Facts;
        return slot switch
        {
            Slots.Location => facts.Location is { } location ? WireNames.Of(location) : null,
            Slots.Timing => facts.Timing is { } timing ? WireNames.Of(timing) : null,
            Slots.Duration => facts.DurationWeeks?.ToString(CultureInfo.InvariantCulture),
            Slots.Age => IsChild(facts) switch
            {
                true => "child",
                false => "adult",
                null => null,
            },
            Slots.Activity => (facts.Runner, facts.StandingWork) switch
            {
                (true, true) => "both",
                (true, _) => "runner",
                (_, true) => "standing",
                (false, false) => "neither",
                _ => null,
            },
            _ => null,
        };
    }

    /// <summary>Applies a choice value of a slot to the facts.</summary>
    public static TriageFacts Apply(TriageFacts facts, string slot, string value)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return slot switch
        {
            Slots.Location when Enum.TryParse<HeelLocation>(value, ignoreCase: true, out var location) => facts with { Location = location },
            Slots.Timing when TryTiming(value, out var timing) => facts with { Timing = timing },
            Slots.Duration when DurationChoices.TryGetValue(value, out var weeks) => facts with { DurationWeeks = weeks },
            Slots.Duration when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var weeks) => facts with { DurationWeeks = weeks },
            Slots.Age when value == "child" => facts.WithFlag(RedFlagIds.Child, true),
            Slots.Age when value == "adult" && facts.Age is null => facts.WithFlag(RedFlagIds.Child, false),
            Slots.Activity => value switch
            {
                "runner" => facts with { Runner = true, StandingWork = facts.StandingWork ?? false },
                "standing" => facts with { StandingWork = true, Runner = facts.Runner ?? false },
                "both" => facts with { Runner = true, StandingWork = true },
                "neither" => facts with { Runner = facts.Runner ?? false, StandingWork = facts.StandingWork ?? false },
                _ => facts,
            },
            _ => facts,
        };
    }

    /// <summary>True for a child (under 16), false for 16 or older, null when not known.</summary>
    public static bool? IsChild(TriageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Age is { } age)
        {
            return age < 16;
        }

        return facts.Knows(RedFlagIds.Child) ? facts.Has(RedFlagIds.Child) : null;
    }

    private static bool TryTiming(string value, out PainTiming timing)
    {
        timing = default;
        switch (value)
        {
            case "after_activity":
                timing = PainTiming.AfterActivity;
                return true;
            default:
                return Enum.TryParse(value, ignoreCase: true, out timing) && value != nameof(PainTiming.AfterActivity);
        }
    }
}
