namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// A named part of the day. The hours of each are in <see cref="DayParts"/>, the one table the recogniser and
/// the booking code share.
/// </summary>
public enum DayPart
{
    /// <summary>"morgen", "tidligt", "early morning", "first thing".</summary>
    Morning,

    /// <summary>"formiddag", and English "morning", which runs to noon the way "formiddag" does.</summary>
    Forenoon,

    /// <summary>"middag", "frokost", "noon", "lunch".</summary>
    Noon,

    /// <summary>"eftermiddag", "afternoon".</summary>
    Afternoon,

    /// <summary>"aften", "evening", "tonight".</summary>
    Evening,
}
