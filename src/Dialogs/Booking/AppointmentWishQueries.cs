using HeelBot.Recognizers.DateTimes;

namespace HeelBot.Dialogs.Booking;

/// <summary>
/// Turns an <see cref="AppointmentWish"/> ("i morgen kl 10", "tirsdag formiddag") into slot queries: first one held to
/// the wish's days and hours, then, when nothing free fits, one that only ranks every free time by closeness to it.
/// </summary>
public static class AppointmentWishQueries
{
    /// <summary>Only times inside the wish (an exact time ranks that day's times by closeness to it).</summary>
    public static SlotQuery Strict(string clinicId, AppointmentWish wish, DateTimeOffset now, int maxCount)
    {
        ArgumentNullException.ThrowIfNull(wish);
        var zone = DateTimeRecognizer.DanishTimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var windowed = !wish.IsExactTime && (wish.From is not null || wish.To is not null);
        return new SlotQuery(clinicId)
        {
            Earliest = wish.Date is { } first ? Instant(first, TimeOnly.MinValue) : null,
            Latest = wish.LatestDate is { } last ? Instant(last.AddDays(1), TimeOnly.MinValue).AddTicks(-1) : null,
            TimeOfDay = windowed ? new LocalTimeWindow(wish.From ?? TimeOnly.MinValue, wish.To ?? TimeOnly.MaxValue) : null,
            Wish = Preferred(wish, today),
            MaxCount = maxCount,
        };
    }

    /// <summary>Any free time, closest to the wish first.</summary>
    public static SlotQuery Closest(string clinicId, AppointmentWish wish, DateTimeOffset now, int maxCount)
    {
        ArgumentNullException.ThrowIfNull(wish);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, DateTimeRecognizer.DanishTimeZone).DateTime);
        return new SlotQuery(clinicId) { Wish = Preferred(wish, today), MaxCount = maxCount };
    }

    /// <summary>
    /// The instant the wish points at: its first day (today when it names none) at its start time; null when it names
    /// neither a day nor a time ("as soon as possible", "any time"), which means the soonest.
    /// </summary>
    public static DateTimeOffset? Preferred(AppointmentWish wish, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(wish);
        if (wish.IsAsap || (wish.Date is null && wish.From is null))
        {
            return null;
        }

        return Instant(wish.Date ?? today, wish.From ?? TimeOnly.MinValue);
    }

    private static DateTimeOffset Instant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var zone = DateTimeRecognizer.DanishTimeZone;
        var offset = zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddHours(1)) : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
