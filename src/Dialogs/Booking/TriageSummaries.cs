using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Booking;

/// <summary>Makes the <see cref="TriageSummary"/> a clinic receives from what the conversation learned.</summary>
public static class TriageSummaries
{
    /// <summary>
    /// Location, timing, duration and age as known; each red flag the person answered (yes or no) or mentioned without
    /// a clear answer (unsure); and the outcome with the rule-book version that decided it.
    /// </summary>
    public static TriageSummary From(TriageSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var facts = session.Facts;
        var decision = session.Decide();
        var flags = new Dictionary<string, TriageAnswer>(StringComparer.Ordinal);
        foreach (var id in RedFlagIds.All)
        {
            if (facts.Knows(id))
            {
                flags[id] = facts.Has(id) ? TriageAnswer.Yes : TriageAnswer.No;
            }
            else if (session.UnclearFlags.Contains(id))
            {
                flags[id] = TriageAnswer.Unsure;
            }
        }

        return new TriageSummary
        {
            Location = facts.Location,
            Timing = facts.Timing,
            DurationWeeks = facts.DurationWeeks,
            Age = facts.Age,
            RedFlags = flags,
            Disposition = decision.Disposition,
            RulesVersion = decision.RulesVersion,
        };
    }
}
