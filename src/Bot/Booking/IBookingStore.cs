using HeelBot.Dialogs.Booking;

namespace HeelBot.Bot.Booking;

/// <summary>
/// The built-in schedule's database: clinics and practitioners (seeded from schedule.yml), the slots they open,
/// appointments, and booking requests kept for retry. SQLite (<see cref="SqliteBookingStore"/>) and PostgreSQL
/// (<see cref="PostgresBookingStore"/>) pass the same contract. Every instant goes in and comes out in UTC.
/// </summary>
/// <remarks>
/// A double booking is impossible at the database level: <c>booking_appointments</c> has a unique index on
/// (clinic, practitioner, start) over its confirmed rows, and <see cref="TryReserveAsync"/> is one
/// <c>INSERT … SELECT … ON CONFLICT DO NOTHING</c>, so of any number of concurrent reservations of one slot, on
/// any number of hosts, exactly one inserts a row. Failures of the database itself surface as exceptions.
/// </remarks>
public interface IBookingStore
{
    /// <summary>Creates or upgrades the booking tables (<c>booking_*</c>, versions in <c>booking_schema_version</c>).</summary>
    Task EnsureCreatedAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the schedule's clinics and practitioners (idempotent; practitioners no longer in it become inactive).
    /// For each clinic that is new or whose settings changed, deletes its free slots from <paramref name="now"/> on,
    /// so they can be opened again from the new settings; booked slots are never touched. Returns those clinics' ids.
    /// </summary>
    Task<IReadOnlyList<string>> SeedAsync(BookingSchedule schedule, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Opens slots (idempotent: a slot that exists is left as it is). Link-out slots (no practitioner) are ignored. Returns how many were new.</summary>
    Task<int> AddSlotsAsync(IReadOnlyList<BookingScheduleSlot> slots, CancellationToken cancellationToken = default);

    /// <summary>Deletes free slots that started before <paramref name="before"/> (booked ones stay with their appointment). Returns how many.</summary>
    Task<int> PruneSlotsAsync(DateTimeOffset before, CancellationToken cancellationToken = default);

    /// <summary>The clinic's slots with no confirmed appointment that start in [from, to), with active practitioners, in time order.</summary>
    Task<IReadOnlyList<StoredSlot>> FindFreeSlotsAsync(string clinicId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>
    /// Books the slot named by the appointment's clinic, practitioner and start, atomically. When
    /// <see cref="StoredAppointment.RequestId"/> is set, that kept request is deleted in the same transaction.
    /// </summary>
    Task<ReserveOutcome> TryReserveAsync(StoredAppointment appointment, CancellationToken cancellationToken = default);

    Task<StoredAppointment?> FindAppointmentAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>The person's appointments (confirmed and cancelled), in time order.</summary>
    Task<IReadOnlyList<StoredAppointment>> FindAppointmentsByPersonAsync(string personKey, CancellationToken cancellationToken = default);

    /// <summary>Cancels the person's confirmed appointment if it starts after <paramref name="now"/>; false when nothing matched.</summary>
    Task<bool> CancelAppointmentAsync(string reference, string personKey, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Keeps a booking request (idempotent by request id: saving one that exists changes nothing).</summary>
    Task SaveRequestAsync(StoredBookingRequest request, CancellationToken cancellationToken = default);

    Task<StoredBookingRequest?> FindRequestAsync(string requestId, CancellationToken cancellationToken = default);

    /// <summary>Pending requests whose next attempt is due at <paramref name="now"/>, oldest due first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<StoredBookingRequest>> FindDueRequestsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>The person's kept requests (pending and handed to staff), oldest first.</summary>
    Task<IReadOnlyList<StoredBookingRequest>> FindRequestsByPersonAsync(string personKey, CancellationToken cancellationToken = default);

    /// <summary>Records an attempt's outcome on a kept request; false when it no longer exists.</summary>
    Task<bool> UpdateRequestAsync(string requestId, BookingRequestStatus status, int attempts, DateTimeOffset nextAttemptAt, string? lastError, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Deletes the person's kept request; false when there was none.</summary>
    Task<bool> DeleteRequestAsync(string requestId, string personKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: deletes the person's requests and cancelled appointments, and reduces their confirmed
    /// appointments to clinic, practitioner, time, name and phone (person key, e-mail, language and triage erased).
    /// Returns how many rows were deleted or reduced.
    /// </summary>
    Task<int> DeletePersonDataAsync(string personKey, DateTimeOffset now, CancellationToken cancellationToken = default);
}
