using System.Globalization;

namespace HeelBot.Bot.Booking;

/// <summary>
/// How SQLite stores instants: UTC text with a fixed width, so comparing the column compares time, an index orders
/// by time, and equal instants are equal strings (the slot key relies on that).
/// </summary>
internal static class BookingTimestamps
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
