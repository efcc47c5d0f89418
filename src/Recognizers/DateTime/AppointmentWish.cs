namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// When a person would like an appointment, in Danish local time: a range of dates and a window of start times
/// that applies on each of those dates. The booking code offers the free slots closest to it
/// (<see cref="DistanceTo(DateOnly, TimeOnly)"/> is 0 inside the wish).
/// </summary>
/// <param name="Date">The first acceptable date; null when the wish sets no earliest date ("efter kl 16", "før d. 10/12").</param>
/// <param name="LatestDate">The last acceptable date, inclusive; null when open-ended ("efter jul"). Equal to
/// <paramref name="Date"/> for a single day.</param>
/// <param name="From">The earliest start time, inclusive; null when any time of day will do.</param>
/// <param name="To">The end of the window, exclusive ("før kl 12" → 12:00: the appointment starts before noon); null when open.
/// When equal to <paramref name="From"/> the wish is an exact time ("kl 10").</param>
/// <param name="Part">The part of the day named, if one was ("eftermiddag"); its hours are already in From/To.</param>
/// <param name="IsAsap">"hurtigst muligt", "as soon as possible": the first free slot, within any other limits given.</param>
public sealed record AppointmentWish(DateOnly? Date, DateOnly? LatestDate, TimeOnly? From, TimeOnly? To, DayPart? Part, bool IsAsap)
{
    /// <summary>
    /// True when a weekday and a date were both given and disagree ("mandag d. 8/12" when the 8th is a Tuesday).
    /// The date is kept; the bot should ask which one was meant.
    /// </summary>
    public bool WeekdayMismatch { get; init; }

    /// <summary>An exact time ("kl 10", "at 8:15") rather than a window.</summary>
    public bool IsExactTime => From is not null && From == To;

    /// <summary>No limit at all ("når som helst", "any time"): any free slot will do.</summary>
    public bool IsOpen => Date is null && LatestDate is null && From is null && To is null && Part is null && !IsAsap;

    /// <summary>True when a slot starting at this local date and time fits the wish.</summary>
    public bool Admits(DateOnly date, TimeOnly time) => DistanceTo(date, time) == TimeSpan.Zero && (IsExactTime || To is null || time < To);

    /// <summary>As <see cref="Admits(DateOnly, TimeOnly)"/> for an instant, read in Danish local time.</summary>
    public bool Admits(DateTimeOffset start)
    {
        var local = TimeZoneInfo.ConvertTime(start, DateTimeRecognizer.DanishTimeZone).DateTime;
        return Admits(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    /// <summary>
    /// How far a slot lies outside the wish: whole days outside the date range plus the time outside the window
    /// (zero inside, and at the exclusive end of the window). Sort free slots by it to offer the closest.
    /// </summary>
    public TimeSpan DistanceTo(DateOnly date, TimeOnly time)
    {
        var days = Date is { } first && date < first ? first.DayNumber - date.DayNumber
            : LatestDate is { } last && date > last ? date.DayNumber - last.DayNumber
            : 0;
        var outside = From is { } from && time < from ? from - time
            : To is { } to && time > to ? time - to
            : TimeSpan.Zero;
        return TimeSpan.FromDays(days) + outside;
    }

    /// <summary>As <see cref="DistanceTo(DateOnly, TimeOnly)"/> for an instant, read in Danish local time.</summary>
    public TimeSpan DistanceTo(DateTimeOffset start)
    {
        var local = TimeZoneInfo.ConvertTime(start, DateTimeRecognizer.DanishTimeZone).DateTime;
        return DistanceTo(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }
}
