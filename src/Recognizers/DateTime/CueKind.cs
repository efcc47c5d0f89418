namespace HeelBot.Recognizers.DateTimes;

/// <summary>What a word or fixed phrase contributes to an appointment wish.</summary>
internal enum CueKind
{
    /// <summary>"hurtigst muligt", "asap".</summary>
    Asap,

    /// <summary>"når som helst", "any time": a wish without limits.</summary>
    AnyTime,

    /// <summary>A day counted from today (Value); "i aften" also names a part of the day.</summary>
    RelativeDay,

    /// <summary>A weekday (Value = <see cref="DayOfWeek"/>).</summary>
    Weekday,

    /// <summary>A part of the day.</summary>
    DayPart,

    /// <summary>"denne", "this", "på": the coming one, today included.</summary>
    This,

    /// <summary>"næste", "next".</summary>
    Next,

    /// <summary>A week Value weeks from this one, or a section of it ("sidst på ugen", "weekend").</summary>
    Week,

    /// <summary>"uge", "week" before a week number ("uge 49").</summary>
    WeekNumber,

    /// <summary>A month by number (Value 1–12).</summary>
    Month,

    /// <summary>A month Value months from this one, or a section of it ("sidst på måneden").</summary>
    RelativeMonth,

    /// <summary>"starten af", "late": the section of the month that follows.</summary>
    MonthSection,

    /// <summary>Christmas, New Year, Easter (Value: see <see cref="CalendarRanges"/>).</summary>
    Holiday,

    /// <summary>"kl", "klokken", "at": a clock time follows.</summary>
    TimeMarker,

    /// <summary>"efter", "after": later than what follows (the next day after a date).</summary>
    After,

    /// <summary>"fra", "tidligst", "from": from what follows, inclusive.</summary>
    FromBound,

    /// <summary>"før", "inden", "before": earlier than what follows.</summary>
    Before,

    /// <summary>"senest", "by", "until": no later than what follows, inclusive for dates.</summary>
    Until,

    /// <summary>"mellem", "between".</summary>
    Between,

    /// <summary>"til", "og", "to", "and" between the two ends of a range.</summary>
    Join,

    /// <summary>"middag", "noon": a clock time (12:00) after a bound, otherwise the part of the day.</summary>
    Noon,

    /// <summary>A start time of its own (Value = minutes after midnight): "efter arbejde", "after work".</summary>
    FromClock,

    /// <summary>Minutes (Value) added to the hour that follows: "halv" = -30, "kvart over" = +15.</summary>
    ClockOffset,

    /// <summary>"om", "in": a span forward follows ("om 3 dage").</summary>
    In,

    /// <summary>"inden for", "within": any day up to a span forward.</summary>
    Within,

    /// <summary>"fra nu", "from now" after a span.</summary>
    FromNow,

    /// <summary>"siden", "sidste", "last": the element that follows lies in the past and is no wish.</summary>
    Past,

    /// <summary>"i går", "i mandags", "yesterday": a past day, no wish.</summary>
    PastDay,

    /// <summary>"ikke", "not": the element that follows is ruled out, so the text is no clear wish.</summary>
    Negation,

    /// <summary>"eller senere", "or later" after a time or date.</summary>
    OrLater,

    /// <summary>"eller før", "or earlier" after a time or date.</summary>
    OrEarlier,
}
