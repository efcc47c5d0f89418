namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// A range of dates the text names. A <paramref name="IsContainer"/> range (a week, a month, a holiday) can hold a
/// weekday named with it: "mandag i næste uge" is the Monday of next week.
/// </summary>
internal sealed record DateTarget(DateOnly First, DateOnly Last, bool IsContainer, DateBound Bound);
