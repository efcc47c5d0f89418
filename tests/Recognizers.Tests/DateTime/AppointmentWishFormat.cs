using System.Globalization;
using HeelBot.Recognizers.DateTimes;

namespace HeelBot.Recognizers.Tests.DateTimes;

/// <summary>
/// One line per wish so a table row states the whole resolution: "first..last from-to part [asap] [mismatch]",
/// with "*" for an open end and "-" for no part. "2026-11-25..2026-11-25 10:00-10:00 -" is tomorrow at ten.
/// </summary>
internal static class AppointmentWishFormat
{
    public static string Describe(AppointmentWish? wish)
    {
        if (wish is null)
        {
            return "null";
        }

        var text = $"{Day(wish.Date)}..{Day(wish.LatestDate)} {Time(wish.From)}-{Time(wish.To)} {wish.Part?.ToString() ?? "-"}";
        if (wish.IsAsap)
        {
            text += " asap";
        }

        if (wish.WeekdayMismatch)
        {
            text += " mismatch";
        }

        return text;
    }

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "*";

    private static string Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "*";
}
