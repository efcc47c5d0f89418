namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// A clock time as said, before the hour is read as morning or afternoon: <paramref name="Hour"/> is the hour
/// spoken and <paramref name="Minutes"/> are added to it, so "halv tre" is hour 3, minutes -30 (2:30, read as 14:30).
/// <paramref name="Literal"/> times (a 24-hour hour such as 14 or 08, or noon) are never shifted.
/// </summary>
internal readonly record struct ClockTime(int Hour, int Minutes, Meridiem Meridiem, bool Literal)
{
    /// <summary>
    /// The time of day. Without am/pm an hour from 1 to 6 is afternoon (the clinics are open 07–20), an hour said
    /// with "aften"/"evening" is evening, and one said with a morning part stays in the morning.
    /// </summary>
    public TimeOnly? Resolve(DayPart? part)
    {
        var hour = Hour;
        if (Meridiem == Meridiem.Am)
        {
            hour = hour == 12 ? 0 : hour;
        }
        else if (Meridiem == Meridiem.Pm)
        {
            hour = hour < 12 ? hour + 12 : hour;
        }
        else if (!Literal && hour is >= 1 and <= 11)
        {
            if (part == DayPart.Evening)
            {
                hour += 12;
            }
            else if (part is not (DayPart.Morning or DayPart.Forenoon) && hour < DayParts.ClinicOpens.Hour)
            {
                hour += 12;
            }
        }

        var total = (hour * 60) + Minutes;
        return hour is < 0 or > 23 || total is < 0 or >= 24 * 60 ? null : new TimeOnly(total / 60, total % 60);
    }

    /// <summary>Copies the am/pm of the end of a range to its start: "between 2 and 4pm" is 14–16.</summary>
    public ClockTime WithMeridiemOf(ClockTime end) =>
        Meridiem == Meridiem.None && !Literal && end.Meridiem != Meridiem.None && Hour <= end.Hour ? this with { Meridiem = end.Meridiem } : this;
}
