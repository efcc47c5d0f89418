using HeelBot.Dialogs.Booking;

namespace HeelBot.Bot.Booking;

/// <summary>Chooses what <see cref="IBookingProvider.FindSlotsAsync"/> returns from the candidate slots of a window.</summary>
internal static class SlotPicker
{
    /// <summary>
    /// The candidates that fit the query's time of day, days and practitioner; one per start time (the first in
    /// candidate order); closest to the wish first (ties: earlier first); at most MaxCount.
    /// </summary>
    public static IReadOnlyList<BookingSlot> Pick(IEnumerable<BookingSlot> candidates, SlotQuery query, DateTimeOffset wish) =>
        [.. candidates
            .Where(slot => query.TimeOfDay is null || query.TimeOfDay.Contains(TimeOnly.FromDateTime(slot.Start.DateTime)))
            .Where(slot => query.Days is not { Count: > 0 } days || days.Contains(slot.Start.DayOfWeek))
            .Where(slot => query.PractitionerId is null || slot.PractitionerId == query.PractitionerId)
            .DistinctBy(slot => slot.Start)
            .OrderBy(slot => (slot.Start - wish).Duration())
            .ThenBy(slot => slot.Start)
            .Take(query.MaxCount)];

    public static void Validate(SlotQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.ClinicId, nameof(query));
        if (query.MaxCount < 1)
        {
            throw new ArgumentException("MaxCount must be at least 1.", nameof(query));
        }

        if (query.Earliest is { } earliest && query.Latest is { } latest && latest < earliest)
        {
            throw new ArgumentException("Latest is before Earliest.", nameof(query));
        }
    }

    /// <summary>The query's window inside the clinic's bookable window (Latest is inclusive).</summary>
    public static BookingWindow Window(BookingWindow bookable, SlotQuery query) =>
        bookable.Narrow(query.Earliest, query.Latest?.AddTicks(1));

    /// <summary>The wish, or the window's start when there is none (= soonest first).</summary>
    public static DateTimeOffset Wish(BookingWindow window, SlotQuery query) => query.Wish ?? window.From;
}
