namespace HeelBot.Recognizers.DateTimes;

/// <summary>A weekday as said: the modifier before it ("denne", "næste") and weeks added after it ("mandag om en uge").</summary>
internal sealed record WeekdayTarget(DayOfWeek Day, CueKind? Modifier, int ExtraWeeks, DateBound Bound);
