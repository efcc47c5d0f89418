namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// Everything read from one text, before it is resolved: clock hours still need the part of the day to tell
/// 3 from 15, and a weekday needs the week or time said with it.
/// </summary>
internal sealed class WishDraft
{
    public List<DateTarget> Dates { get; } = [];

    public List<WeekdayTarget> Weekdays { get; } = [];

    public List<ClockTime> Exact { get; } = [];

    public List<(ClockTime Start, ClockTime End)> Ranges { get; } = [];

    /// <summary>Earliest start times ("efter kl 16").</summary>
    public List<ClockTime> Froms { get; } = [];

    /// <summary>Ends of the window, exclusive ("før kl 12").</summary>
    public List<ClockTime> Tos { get; } = [];

    public List<DayPart> Parts { get; } = [];

    public bool Asap { get; set; }

    public bool AnyTime { get; set; }

    /// <summary>How many elements were read; none means the text is no appointment wish.</summary>
    public int Elements { get; set; }

    public AppointmentWish? Build(DateOnly today, TimeOnly now)
    {
        if (Elements == 0)
        {
            return null;
        }

        var parts = Parts.Distinct().ToList();
        DayPart? part = parts.Count == 1 ? parts[0] : null;
        var exact = Exact.Select(time => time.Resolve(part)).OfType<TimeOnly>().ToList();
        var ranges = ResolveRanges(part);
        var froms = Froms.Select(time => time.Resolve(part)).OfType<TimeOnly>().ToList();
        var tos = Tos.Select(time => time.Resolve(part)).OfType<TimeOnly>().ToList();

        var (from, to) = Window(exact, ranges, froms, tos, parts);

        // A clock time said with a weekday decides whether today's weekday means today: see ResolveWeekday.
        TimeOnly? clockStart = exact.Count > 0 ? exact.Min() : ranges.Count > 0 ? ranges.Min(range => range.Start) : froms.Count > 0 ? froms.Max() : null;
        var (date, latest, mismatch) = ResolveDates(today, clockStart is { } start && start > now);
        if (date is null && latest is null && exact.Count > 0)
        {
            // "kl 10" alone: the next 10:00 still ahead.
            date = exact.Min() > now ? today : today.AddDays(1);
            latest = date;
        }

        return new AppointmentWish(date, latest, from, to, part, Asap) { WeekdayMismatch = mismatch };
    }

    private List<(TimeOnly Start, TimeOnly End)> ResolveRanges(DayPart? part)
    {
        var resolved = new List<(TimeOnly Start, TimeOnly End)>();
        foreach (var (start, end) in Ranges)
        {
            if (start.WithMeridiemOf(end).Resolve(part) is { } from && end.Resolve(part) is { } to && from != to)
            {
                resolved.Add(from < to ? (from, to) : (to, from));
            }
        }

        return resolved;
    }

    private static (TimeOnly? From, TimeOnly? To) Window(List<TimeOnly> exact, List<(TimeOnly Start, TimeOnly End)> ranges,
        List<TimeOnly> froms, List<TimeOnly> tos, List<DayPart> parts)
    {
        // An exact time wins over a part of the day said with it ("i morgen formiddag kl 10").
        if (exact.Count > 0)
        {
            return (exact.Min(), exact.Max());
        }

        TimeOnly? from = null;
        TimeOnly? to = null;
        if (ranges.Count > 0)
        {
            from = ranges.Min(range => range.Start);
            to = ranges.Max(range => range.End);
        }
        else if (parts.Count > 0)
        {
            from = parts.Min(p => DayParts.Hours(p).From);
            to = parts.Max(p => DayParts.Hours(p).To);
        }

        TimeOnly? lower = froms.Count > 0 ? froms.Max() : null;
        TimeOnly? upper = tos.Count > 0 ? tos.Min() : null;
        var boundedFrom = lower is { } l && (from is null || l > from) ? l : from;
        var boundedTo = upper is { } u && (to is null || u < to) ? u : to;
        if (boundedFrom >= boundedTo)
        {
            // "om formiddagen efter kl 14" cannot both hold; the clock time is the more deliberate of the two.
            return (lower, upper);
        }

        return (boundedFrom, boundedTo);
    }

    private (DateOnly? Date, DateOnly? Latest, bool Mismatch) ResolveDates(DateOnly today, bool clockLaterToday)
    {
        var targets = Dates.Where(target => !target.IsContainer).ToList();
        var containers = Dates.Where(target => target.IsContainer).ToList();
        var mismatch = false;
        if (Weekdays.Count > 0)
        {
            if (targets.Count > 0)
            {
                // "mandag d. 7/12": the date is kept; a weekday that fits none of the days is flagged.
                mismatch = Weekdays.Any(weekday => targets.All(target => target.First != target.Last || target.First.DayOfWeek != weekday.Day));
            }
            else if (containers.Count > 0)
            {
                var box = containers[0];
                containers.RemoveAt(0);
                targets.AddRange(Weekdays.Select(weekday => InContainer(box, weekday)));
            }
            else
            {
                targets.AddRange(Weekdays.Select(weekday => ResolveWeekday(weekday, today, clockLaterToday)));
            }
        }

        targets.AddRange(containers);
        if (targets.Count == 0)
        {
            return (null, null, mismatch);
        }

        if (targets.Count > 1)
        {
            // "i dag eller i morgen", "fra mandag til onsdag": the span from the first to the last.
            return (targets.Min(target => target.First), targets.Max(target => target.Last), mismatch);
        }

        var single = targets[0];
        return single.Bound switch
        {
            DateBound.After => (single.Last.AddDays(1), null, mismatch),
            DateBound.From => (single.First, null, mismatch),
            DateBound.Before => (null, single.First.AddDays(-1), mismatch),
            DateBound.Until => (null, single.Last, mismatch),
            _ => (single.First, single.Last, mismatch),
        };
    }

    /// <summary>"mandag i næste uge": the weekday within the week or month named, from its first day not yet past.</summary>
    private static DateTarget InContainer(DateTarget box, WeekdayTarget weekday)
    {
        var date = box.First.AddDays(((int)weekday.Day - (int)box.First.DayOfWeek + 7) % 7);
        return new DateTarget(date, date, false, weekday.Bound != DateBound.None ? weekday.Bound : box.Bound);
    }

    /// <summary>
    /// The coming weekday, never today, except after "denne"/"this" or with a clock time still ahead today.
    /// Said on a Tuesday, "tirsdag" most often means next Tuesday: a person who means today says "i dag". But
    /// "tirsdag kl 16" said on Tuesday morning can only sensibly mean this afternoon, so a time later today keeps today.
    /// "næste mandag" is the coming Monday, like "mandag": Danes use both for it, and "mandag i næste uge" is there
    /// for the Monday of next week.
    /// </summary>
    private static DateTarget ResolveWeekday(WeekdayTarget weekday, DateOnly today, bool clockLaterToday)
    {
        var delta = ((int)weekday.Day - (int)today.DayOfWeek + 7) % 7;
        var keepToday = weekday.Modifier == CueKind.This || (weekday.Modifier is null && clockLaterToday);
        if (delta == 0 && !keepToday)
        {
            delta = 7;
        }

        var date = today.AddDays(delta + (7 * weekday.ExtraWeeks));
        return new DateTarget(date, date, false, weekday.Bound);
    }
}
