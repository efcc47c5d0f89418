namespace HeelBot.Recognizers.DateTimes;

internal enum Meridiem
{
    None,
    Am,
    Pm,
}
