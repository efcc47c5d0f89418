namespace HeelBot.Recognizers.Duration;

public enum DurationUnit
{
    Hour,
    Day,
    Week,
    Month,
    Year,
}
