namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// The hours of each <see cref="DayPart"/>, inside the clinics' opening hours (07–20). A window runs from its
/// start (inclusive) to its end (exclusive): an appointment in the forenoon starts at 09:00 or later and before 12:00.
/// Neighbouring parts overlap on purpose: people do not agree where "morgen" ends and "formiddag" begins.
/// </summary>
public static class DayParts
{
    /// <summary>The first hour the clinics open; an hour from 1 to 6 said without am/pm is read as afternoon.</summary>
    public static readonly TimeOnly ClinicOpens = new(7, 0);

    /// <summary>The hour the clinics close.</summary>
    public static readonly TimeOnly ClinicCloses = new(20, 0);

    private static readonly IReadOnlyDictionary<DayPart, (TimeOnly From, TimeOnly To)> Table = new Dictionary<DayPart, (TimeOnly, TimeOnly)>
    {
        [DayPart.Morning] = (new TimeOnly(7, 0), new TimeOnly(10, 0)),
        [DayPart.Forenoon] = (new TimeOnly(9, 0), new TimeOnly(12, 0)),
        [DayPart.Noon] = (new TimeOnly(11, 0), new TimeOnly(13, 0)),
        [DayPart.Afternoon] = (new TimeOnly(12, 0), new TimeOnly(17, 0)),
        [DayPart.Evening] = (new TimeOnly(17, 0), new TimeOnly(20, 0)),
    };

    /// <summary>The window of a day part: start inclusive, end exclusive.</summary>
    public static (TimeOnly From, TimeOnly To) Hours(DayPart part) => Table[part];
}
