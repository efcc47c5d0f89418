namespace HeelBot.Recognizers.DateTimes;

/// <summary>The kind of the element read last, which "eller senere"/"or later" widens.</summary>
internal enum WishElement
{
    None,
    Date,
    Weekday,
    Time,
}
