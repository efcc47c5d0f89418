using HeelBot.Bot.Booking;
using HeelBot.Dialogs.Booking;

namespace HeelBot.Booking.Tests.Support;

/// <summary>
/// A real store behind a switch: while <see cref="Down"/> is set, the chosen operations throw a
/// <see cref="TimeoutException"/> as an unreachable database does; otherwise everything passes through.
/// </summary>
public sealed class FailingBookingStore(IBookingStore inner) : IBookingStore
{
    private volatile bool _down;
    private volatile bool _saveDown;

    /// <summary>Reservations, slot reads and slot writes fail.</summary>
    public bool Down
    {
        get => _down;
        set => _down = value;
    }

    /// <summary>Keeping a request fails too (the whole database is gone).</summary>
    public bool SaveDown
    {
        get => _saveDown;
        set => _saveDown = value;
    }

    public int FailedReservations { get; private set; }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default) => inner.EnsureCreatedAsync(cancellationToken);

    public Task<IReadOnlyList<string>> SeedAsync(BookingSchedule schedule, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.SeedAsync(schedule, now, cancellationToken);

    public Task<int> AddSlotsAsync(IReadOnlyList<BookingScheduleSlot> slots, CancellationToken cancellationToken = default) =>
        Down ? Fail<int>() : inner.AddSlotsAsync(slots, cancellationToken);

    public Task<int> PruneSlotsAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => inner.PruneSlotsAsync(before, cancellationToken);

    public Task<IReadOnlyList<StoredSlot>> FindFreeSlotsAsync(string clinicId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Down ? Fail<IReadOnlyList<StoredSlot>>() : inner.FindFreeSlotsAsync(clinicId, from, to, cancellationToken);

    public Task<ReserveOutcome> TryReserveAsync(StoredAppointment appointment, CancellationToken cancellationToken = default)
    {
        if (Down)
        {
            FailedReservations++;
            return Fail<ReserveOutcome>();
        }

        return inner.TryReserveAsync(appointment, cancellationToken);
    }

    public Task<StoredAppointment?> FindAppointmentAsync(string reference, CancellationToken cancellationToken = default) => inner.FindAppointmentAsync(reference, cancellationToken);

    public Task<IReadOnlyList<StoredAppointment>> FindAppointmentsByPersonAsync(string personKey, CancellationToken cancellationToken = default) =>
        inner.FindAppointmentsByPersonAsync(personKey, cancellationToken);

    public Task<bool> CancelAppointmentAsync(string reference, string personKey, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.CancelAppointmentAsync(reference, personKey, now, cancellationToken);

    public Task SaveRequestAsync(StoredBookingRequest request, CancellationToken cancellationToken = default) =>
        SaveDown ? Fail<int>() : inner.SaveRequestAsync(request, cancellationToken);

    public Task<StoredBookingRequest?> FindRequestAsync(string requestId, CancellationToken cancellationToken = default) => inner.FindRequestAsync(requestId, cancellationToken);

    public Task<IReadOnlyList<StoredBookingRequest>> FindDueRequestsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        inner.FindDueRequestsAsync(now, max, cancellationToken);

    public Task<IReadOnlyList<StoredBookingRequest>> FindRequestsByPersonAsync(string personKey, CancellationToken cancellationToken = default) =>
        inner.FindRequestsByPersonAsync(personKey, cancellationToken);

    public Task<bool> UpdateRequestAsync(string requestId, BookingRequestStatus status, int attempts, DateTimeOffset nextAttemptAt, string? lastError, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.UpdateRequestAsync(requestId, status, attempts, nextAttemptAt, lastError, now, cancellationToken);

    public Task<bool> DeleteRequestAsync(string requestId, string personKey, CancellationToken cancellationToken = default) =>
        inner.DeleteRequestAsync(requestId, personKey, cancellationToken);

    public Task<int> DeletePersonDataAsync(string personKey, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.DeletePersonDataAsync(personKey, now, cancellationToken);

    private static Task<T> Fail<T>() => Task.FromException<T>(new TimeoutException("The booking database did not answer (test)."));
}
