using System.Globalization;

namespace HeelBot.Dialogs.Booking;

/// <summary>One clinic's booking settings from schedule.yml, defaults applied and validated.</summary>
/// <param name="Id">The fixed clinic id, e.g. <c>aarhus-c</c>.</param>
/// <param name="Mode"><see cref="BookingMode.Builtin"/> or <see cref="BookingMode.LinkOut"/>.</param>
/// <param name="LinkTemplate">For link-out clinics only: an absolute https URL with <c>{date}</c> and <c>{time}</c> (and optionally <c>{clinic}</c>).</param>
/// <param name="Practitioners">Who can be booked (built-in clinics); empty for link-out clinics.</param>
/// <param name="Hours">Opening intervals per weekday in local time; a weekday not in it is closed.</param>
/// <param name="SlotLength">How long one appointment is.</param>
/// <param name="WeeksAhead">How far ahead the book is open.</param>
/// <param name="Notice">How long before its start a slot can still be booked.</param>
/// <param name="ClosedDates">Holidays and other closed days (chain-wide ones included).</param>
public sealed record BookingScheduleClinic(
    string Id,
    BookingMode Mode,
    string? LinkTemplate,
    IReadOnlyList<BookingSchedulePractitioner> Practitioners,
    IReadOnlyDictionary<DayOfWeek, IReadOnlyList<BookingScheduleHours>> Hours,
    TimeSpan SlotLength,
    int WeeksAhead,
    TimeSpan Notice,
    IReadOnlySet<DateOnly> ClosedDates)
{
    public BookingSchedulePractitioner? FindPractitioner(string practitionerId) =>
        Practitioners.FirstOrDefault(practitioner => practitioner.Id == practitionerId);

    /// <summary>Open at all on this local date: not a closed date, and the weekday has hours.</summary>
    public bool IsOpenOn(DateOnly date) =>
        !ClosedDates.Contains(date) && Hours.TryGetValue(date.DayOfWeek, out var hours) && hours.Count > 0;

    /// <summary>
    /// The clinic's booking page for a start time (given in the schedule's local time): the template with the clinic
    /// id, the local date (yyyy-MM-dd) and time (HH:mm) filled in and escaped. Only link-out clinics have one.
    /// </summary>
    /// <exception cref="InvalidOperationException">The clinic is built-in: its link is never made.</exception>
    public Uri LinkFor(DateTimeOffset localStart)
    {
        if (Mode != BookingMode.LinkOut || LinkTemplate is null)
        {
            throw new InvalidOperationException($"Clinic '{Id}' is booked in the bot's own schedule; it has no link-out page.");
        }

        return FillTemplate(LinkTemplate, Id, localStart);
    }

    internal static Uri FillTemplate(string template, string clinicId, DateTimeOffset localStart)
    {
        var url = template
            .Replace("{clinic}", Uri.EscapeDataString(clinicId), StringComparison.Ordinal)
            .Replace("{date}", Uri.EscapeDataString(localStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), StringComparison.Ordinal)
            .Replace("{time}", Uri.EscapeDataString(localStart.ToString("HH:mm", CultureInfo.InvariantCulture)), StringComparison.Ordinal);
        return new Uri(url, UriKind.Absolute);
    }
}
