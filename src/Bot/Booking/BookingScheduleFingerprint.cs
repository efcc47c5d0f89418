using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HeelBot.Dialogs.Booking;

namespace HeelBot.Bot.Booking;

/// <summary>
/// A hash of everything about a clinic that decides which slots exist, stored beside the clinic. When it changes
/// (new hours, a practitioner gone, another slot length), the clinic's future free slots are rebuilt.
/// </summary>
internal static class BookingScheduleFingerprint
{
    public static string Of(BookingScheduleClinic clinic, TimeZoneInfo timeZone)
    {
        var text = new StringBuilder()
            .Append("tz=").Append(timeZone.Id)
            .Append(";mode=").Append(clinic.Mode)
            .Append(";slot=").Append(clinic.SlotLength.TotalMinutes.ToString(CultureInfo.InvariantCulture));
        foreach (var (day, hours) in clinic.Hours.OrderBy(pair => pair.Key))
        {
            text.Append(";h").Append((int)day).Append('=').AppendJoin(',', hours.Select(interval => Time(interval.From) + "-" + Time(interval.To)));
        }

        foreach (var practitioner in clinic.Practitioners)
        {
            text.Append(";p=").Append(practitioner.Id).Append(':').AppendJoin(',', practitioner.Days.Order().Select(day => (int)day));
        }

        text.Append(";closed=").AppendJoin(',', clinic.ClosedDates.Order().Select(date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
