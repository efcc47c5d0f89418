using System.Globalization;
using HeelBot.Builder.Core;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Conversation;

/// <summary>Says back, in short phrases from content, what the bot has understood so far.</summary>
public static class FactSummary
{
    private const double WeeksPerMonth = 4.345;

    /// <summary>The phrases joined, or null when nothing is known yet.</summary>
    public static string? Describe(Replies replies, ITurnContext turnContext, TriageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(facts);
        var parts = new List<string>();
        if (facts.Location is { } location)
        {
            parts.Add(replies.Text(turnContext, $"fact.location.{WireNames.Of(location)}"));
        }

        if (facts.Timing is { } timing)
        {
            parts.Add(replies.Text(turnContext, $"fact.timing.{WireNames.Of(timing)}"));
        }

        if (facts.DurationWeeks is { } weeks)
        {
            parts.Add(Duration(replies, turnContext, weeks));
        }

        switch (SlotValues.IsChild(facts))
        {
            case true:
                parts.Add(replies.Text(turnContext, "fact.child"));
                break;
        }

        if (facts.Runner == true)
        {
            parts.Add(replies.Text(turnContext, "fact.runner"));
        }

        if (facts.StandingWork == true)
        {
            parts.Add(replies.Text(turnContext, "fact.standing"));
        }

        parts.AddRange(RedFlagIds.Asked.Where(facts.Has).Select(id => replies.Text(turnContext, $"redflag.short.{id}")));
        return parts.Count == 0 ? null : string.Join(replies.Text(turnContext, "understood.separator"), parts);
    }

    /// <summary>
    /// What one message added, when it told more than the question asked ("ondt bag på hælen i 3 uger" to the
    /// location question): those facts are confirmed, the answer to the question among them. Null when the message
    /// only answered the question, which needs no confirming.
    /// </summary>
    public static string? DescribeNew(Replies replies, ITurnContext turnContext, TriageFacts before, TriageFacts after, string? askedSlot)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var added = new TriageFacts
        {
            Location = before.Location is null ? after.Location : null,
            Timing = before.Timing is null ? after.Timing : null,
            DurationWeeks = before.DurationWeeks is null ? after.DurationWeeks : null,
            Age = before.Age is null ? after.Age : null,
            Runner = before.Runner != true && after.Runner == true ? true : null,
            StandingWork = before.StandingWork != true && after.StandingWork == true ? true : null,
            Flags = after.Flags.Where(f => f.Value && !before.Has(f.Key)).ToDictionary(f => f.Key, f => f.Value),
        };

        var redFlagQuestion = askedSlot == Slots.RedFlags || askedSlot?.StartsWith(Slots.RedFlag(string.Empty), StringComparison.Ordinal) == true;
        var beyondQuestion =
            (added.Location is not null && askedSlot != Slots.Location)
            || (added.Timing is not null && askedSlot != Slots.Timing)
            || (added.DurationWeeks is not null && askedSlot != Slots.Duration)
            || (added.Age is not null && askedSlot != Slots.Age)
            || ((added.Runner is not null || added.StandingWork is not null) && askedSlot != Slots.Activity)
            || added.Flags.Keys.Any(id => id == RedFlagIds.Child ? askedSlot != Slots.Age : !redFlagQuestion);
        return beyondQuestion ? Describe(replies, turnContext, added) : null;
    }

    public static string Duration(Replies replies, ITurnContext turnContext, double weeks)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (weeks < 1)
        {
            return replies.Text(turnContext, "fact.duration.days");
        }

        if (weeks < 8)
        {
            return replies.Text(turnContext, "fact.duration.weeks", new Dictionary<string, string> { ["weeks"] = Whole(weeks) });
        }

        return replies.Text(turnContext, "fact.duration.months", new Dictionary<string, string> { ["months"] = Whole(weeks / WeeksPerMonth) });
    }

    private static string Whole(double value) => Math.Max(1, Math.Round(value, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
}
