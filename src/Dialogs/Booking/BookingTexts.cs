using System.Globalization;
using HeelBot.Dialogs.Content;
using HeelBot.Recognizers.DateTimes;

namespace HeelBot.Dialogs.Booking;

/// <summary>
/// Booking data written out for people: a time in Danish local time in the person's language ("tirsdag 24. november
/// kl. 10.00", "Tuesday 24 November at 10:00"). The words and the order come from content
/// (<c>booking.format.time</c>, <c>booking.weekday.*</c>, <c>booking.month.*</c>), not from the server's culture data,
/// so a clinician can review them and a container without ICU writes them the same.
/// </summary>
public static class BookingTexts
{
    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>The start of a slot as the person reads it, in Danish local time whatever the offset it came with.</summary>
    public static string Time(IContentCatalog catalog, string language, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var local = TimeZoneInfo.ConvertTime(start, DateTimeRecognizer.DanishTimeZone);
        var args = new Dictionary<string, string>
        {
            ["weekday"] = catalog.Text($"booking.weekday.{local.DayOfWeek.ToString().ToLowerInvariant()}", language),
            ["day"] = local.Day.ToString(CultureInfo.InvariantCulture),
            ["month"] = catalog.Text($"booking.month.{Months[local.Month - 1]}", language),
            ["hour"] = local.Hour.ToString(CultureInfo.InvariantCulture),
            ["minute"] = local.Minute.ToString("00", CultureInfo.InvariantCulture),
        };
        return catalog.Text("booking.format.time", language, args);
    }

    /// <summary>The time with who the person sees, when the slot names a practitioner.</summary>
    public static string TimeWithPractitioner(IContentCatalog catalog, string language, BookingSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var time = Time(catalog, language, slot.Start);
        return slot.PractitionerName is { Length: > 0 } practitioner
            ? catalog.Text("booking.time.with_practitioner", language, new Dictionary<string, string> { ["time"] = time, ["practitioner"] = practitioner })
            : time;
    }
}
