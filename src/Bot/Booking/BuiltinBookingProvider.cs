using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Content;
using Polly;

namespace HeelBot.Bot.Booking;

/// <summary>
/// Books built-in clinics in the bot's own schedule (<see cref="IBookingStore"/>). A reservation is atomic in the
/// database; a database that fails (after quick retries) turns the booking into a kept request
/// (<see cref="BookingResult.Pending"/>) that <see cref="BookingRetryJob"/> completes or hands to staff. Link-out
/// clinics are not its business: <see cref="BookingProviderRouter"/> sends those elsewhere.
/// </summary>
/// <remarks>Logs carry clinic ids, references, request ids and error types only: never names, phone numbers, e-mails or health facts.</remarks>
public sealed class BuiltinBookingProvider : IBookingProvider
{
    /// <summary>Fresh references to draw when one is taken; at 25^6 values, needing more than two is already a fluke.</summary>
    private const int ReferenceDraws = 8;

    private readonly BookingSchedule _schedule;
    private readonly IBookingStore _store;
    private readonly BookingScheduleSync _sync;
    private readonly PendingBookingBuffer _buffer;
    private readonly BookingOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BuiltinBookingProvider> _logger;
    private readonly ResiliencePipeline _quickRetry;

    public BuiltinBookingProvider(
        BookingSchedule schedule,
        IBookingStore store,
        BookingScheduleSync sync,
        PendingBookingBuffer buffer,
        BookingOptions options,
        TimeProvider timeProvider,
        ILogger<BuiltinBookingProvider> logger)
    {
        _schedule = schedule;
        _store = store;
        _sync = sync;
        _buffer = buffer;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _quickRetry = BookingResilience.Create(options.Retry, timeProvider);
    }

    public BookingMode GetMode(string clinicId) =>
        _schedule.Find(clinicId) is { Mode: BookingMode.Builtin } ? BookingMode.Builtin : BookingMode.None;

    public async Task<IReadOnlyList<BookingSlot>> FindSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default)
    {
        SlotPicker.Validate(query);
        if (_schedule.Find(query.ClinicId) is not { Mode: BookingMode.Builtin } clinic)
        {
            return [];
        }

        var window = SlotPicker.Window(_schedule.BookableWindow(clinic, _timeProvider.GetUtcNow()), query);
        if (window.IsEmpty)
        {
            return [];
        }

        IEnumerable<BookingSlot> candidates;
        try
        {
            candidates = await FreeSlotsAsync(clinic, window, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (BookingStoreErrors.IsStoreFailure(exception, cancellationToken))
        {
            // Better a time that may turn out taken than no time at all: booking it gives Pending, and staff sort it out.
            _logger.LogWarning("Booking: free slots of clinic {ClinicId} could not be read ({Error}); offering times from the opening hours.", clinic.Id, BookingStoreErrors.Describe(exception));
            candidates = ScheduledSlots(clinic, window);
        }

        return SlotPicker.Pick(candidates, query, SlotPicker.Wish(window, query));
    }

    public async Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken = default)
    {
        var (clinic, slotId, language) = BookingRequestCheck.Validate(request, _schedule);
        if (clinic.Mode != BookingMode.Builtin)
        {
            return new BookingResult.NotBookable(clinic.Id);
        }

        var contact = BookingRequestCheck.RequireContact(request);
        var now = _timeProvider.GetUtcNow();
        var scheduled = slotId.PractitionerId is null ? null : ScheduledSlot(clinic, slotId);
        if (scheduled is null || !_schedule.BookableWindow(clinic, now).Contains(scheduled.Start))
        {
            // Not (or no longer) a bookable time: too soon, past, beyond the horizon, or gone from the schedule.
            return new BookingResult.SlotTaken(await AlternativesAsync(clinic.Id, slotId.StartUtc, cancellationToken).ConfigureAwait(false));
        }

        var appointment = new StoredAppointment
        {
            Reference = string.Empty,
            ClinicId = clinic.Id,
            PractitionerId = scheduled.PractitionerId!,
            StartsAt = scheduled.Start.ToUniversalTime(),
            EndsAt = scheduled.End.ToUniversalTime(),
            PersonKey = request.Person.Value,
            ContactName = contact.Name.Trim(),
            ContactPhone = contact.Phone,
            ContactEmail = string.IsNullOrWhiteSpace(contact.Email) ? null : contact.Email.Trim(),
            Language = language,
            Triage = request.Triage is null ? null : TriageSummaryJson.Serialize(request.Triage),
            CreatedAt = now,
        };

        try
        {
            await _sync.EnsureSlotsAsync(clinic.Id, cancellationToken).ConfigureAwait(false);
            var (outcome, reference) = await ReserveAsync(_store, _quickRetry, appointment, cancellationToken).ConfigureAwait(false);
            if (outcome == ReserveOutcome.Reserved)
            {
                _logger.LogInformation("Booking: {Reference} booked at clinic {ClinicId}.", reference, clinic.Id);
                return new BookingResult.Confirmed(reference, ToSlot(clinic.Id, appointment.PractitionerId, null, appointment.StartsAt, appointment.EndsAt));
            }

            return new BookingResult.SlotTaken(await AlternativesAsync(clinic.Id, appointment.StartsAt, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (BookingStoreErrors.IsStoreFailure(exception, cancellationToken))
        {
            return new BookingResult.Pending(await KeepAsync(appointment, exception, cancellationToken).ConfigureAwait(false));
        }
    }

    public async Task<IReadOnlyList<Appointment>> FindByPersonAsync(PersonKey person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var stored = await UnavailableOnFailureAsync(token => _store.FindAppointmentsByPersonAsync(person.Value, token), cancellationToken).ConfigureAwait(false);
        return [.. stored.Select(ToAppointment)];
    }

    public async Task<IReadOnlyList<PendingBooking>> FindPendingByPersonAsync(PersonKey person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var stored = await UnavailableOnFailureAsync(token => _store.FindRequestsByPersonAsync(person.Value, token), cancellationToken).ConfigureAwait(false);
        return [.. stored
            .Concat(_buffer.ForPerson(person.Value))
            .DistinctBy(request => request.RequestId)
            .OrderBy(request => request.CreatedAt)
            .Select(request => new PendingBooking(
                request.RequestId,
                request.ClinicId,
                _schedule.ToLocal(request.StartsAt),
                request.Status == BookingRequestStatus.Pending ? PendingBookingStatus.Retrying : PendingBookingStatus.WithStaff,
                _schedule.ToLocal(request.CreatedAt)))];
    }

    public async Task<CancelResult> CancelAsync(string reference, PersonKey person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (BookingRequestIds.IsRequestId(reference))
        {
            var withdrawn = _buffer.Remove(reference, person.Value)
                | await UnavailableOnFailureAsync(token => _store.DeleteRequestAsync(reference, person.Value, token), cancellationToken).ConfigureAwait(false);
            if (withdrawn)
            {
                _logger.LogInformation("Booking: request {RequestId} withdrawn by its owner.", reference);
                return new CancelResult.RequestWithdrawn(reference);
            }

            return new CancelResult.NotFound();
        }

        if (!BookingReference.TryNormalize(reference, out var normalized))
        {
            return new CancelResult.NotFound();
        }

        var now = _timeProvider.GetUtcNow();
        var cancelled = await UnavailableOnFailureAsync(token => _store.CancelAppointmentAsync(normalized, person.Value, now, token), cancellationToken).ConfigureAwait(false);
        var stored = await UnavailableOnFailureAsync(token => _store.FindAppointmentAsync(normalized, token), cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.PersonKey != person.Value)
        {
            return new CancelResult.NotFound();
        }

        if (cancelled)
        {
            _logger.LogInformation("Booking: {Reference} at clinic {ClinicId} cancelled by its owner.", stored.Reference, stored.ClinicId);
            return new CancelResult.Cancelled(ToAppointment(stored));
        }

        return stored.Status == AppointmentStatus.Cancelled
            ? new CancelResult.AlreadyCancelled(ToAppointment(stored))
            : new CancelResult.TooLate(ToAppointment(stored));
    }

    public async Task<int> DeletePersonDataAsync(PersonKey person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var fromMemory = _buffer.RemoveForPerson(person.Value);
        var now = _timeProvider.GetUtcNow();
        var fromDatabase = await UnavailableOnFailureAsync(token => _store.DeletePersonDataAsync(person.Value, now, token), cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Booking: a person's data was deleted or reduced ({Count} booking(s) and request(s)).", fromMemory + fromDatabase);
        return fromMemory + fromDatabase;
    }

    /// <summary>
    /// Reserves with fresh references until one is free. A reference that is taken by this very booking (its commit
    /// went through but the answer was lost, and the quick retry ran it again) counts as reserved.
    /// </summary>
    internal static async Task<(ReserveOutcome Outcome, string Reference)> ReserveAsync(IBookingStore store, ResiliencePipeline quickRetry, StoredAppointment appointment, CancellationToken cancellationToken)
    {
        for (var draw = 0; draw < ReferenceDraws; draw++)
        {
            var candidate = appointment with { Reference = BookingReference.Create() };
            var outcome = await quickRetry.ExecuteAsync(token => new ValueTask<ReserveOutcome>(store.TryReserveAsync(candidate, token)), cancellationToken).ConfigureAwait(false);
            if (outcome != ReserveOutcome.ReferenceTaken)
            {
                return (outcome, candidate.Reference);
            }

            var holder = await store.FindAppointmentAsync(candidate.Reference, cancellationToken).ConfigureAwait(false);
            if (holder is { Status: AppointmentStatus.Confirmed } && holder.PersonKey == appointment.PersonKey
                && holder.ClinicId == appointment.ClinicId && holder.PractitionerId == appointment.PractitionerId && holder.StartsAt == appointment.StartsAt)
            {
                return (ReserveOutcome.Reserved, candidate.Reference);
            }
        }

        throw new InvalidOperationException($"No free booking reference after {ReferenceDraws} draws.");
    }

    private async Task<string> KeepAsync(StoredAppointment appointment, Exception exception, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var request = new StoredBookingRequest
        {
            RequestId = BookingRequestIds.Create(),
            PersonKey = appointment.PersonKey!,
            ClinicId = appointment.ClinicId,
            PractitionerId = appointment.PractitionerId,
            StartsAt = appointment.StartsAt,
            EndsAt = appointment.EndsAt,
            ContactName = appointment.ContactName,
            ContactPhone = appointment.ContactPhone,
            ContactEmail = appointment.ContactEmail,
            Language = appointment.Language ?? ContentLanguage.Default,
            Triage = appointment.Triage,
            Attempts = 1,
            NextAttemptAt = now + _options.Retry.DelayAfter(1),
            CreatedAt = now,
            UpdatedAt = now,
            LastError = BookingStoreErrors.Describe(exception),
        };

        try
        {
            await _quickRetry.ExecuteAsync(token => new ValueTask(_store.SaveRequestAsync(request, token)), cancellationToken).ConfigureAwait(false);
            _logger.LogWarning("Booking: the booking at clinic {ClinicId} could not be completed ({Error}); kept as request {RequestId} for retry.", request.ClinicId, request.LastError, request.RequestId);
        }
        catch (Exception saveFailure) when (BookingStoreErrors.IsStoreFailure(saveFailure, cancellationToken))
        {
            _buffer.Add(request);
            _logger.LogError("Booking: the booking at clinic {ClinicId} could not be completed ({Error}) nor stored ({SaveError}); request {RequestId} is held in memory until the database is back.", request.ClinicId, request.LastError, BookingStoreErrors.Describe(saveFailure), request.RequestId);
        }

        return request.RequestId;
    }

    private async Task<IEnumerable<BookingSlot>> FreeSlotsAsync(BookingScheduleClinic clinic, BookingWindow window, CancellationToken cancellationToken)
    {
        await _sync.EnsureSlotsAsync(clinic.Id, cancellationToken).ConfigureAwait(false);
        var free = await _quickRetry.ExecuteAsync(token => new ValueTask<IReadOnlyList<StoredSlot>>(_store.FindFreeSlotsAsync(clinic.Id, window.From, window.To, token)), cancellationToken).ConfigureAwait(false);
        return free.Select(slot => ToSlot(slot.ClinicId, slot.PractitionerId, slot.PractitionerName, slot.StartsAt, slot.EndsAt));
    }

    private IEnumerable<BookingSlot> ScheduledSlots(BookingScheduleClinic clinic, BookingWindow window) =>
        _schedule.SlotsFor(clinic.Id, _schedule.LocalDate(window.From), _schedule.LocalDate(window.To))
            .Where(slot => window.Contains(slot.Start))
            .Select(slot => ToSlot(slot.ClinicId, slot.PractitionerId!, null, slot.Start, slot.End));

    private BookingScheduleSlot? ScheduledSlot(BookingScheduleClinic clinic, BookingSlotId slotId)
    {
        var date = _schedule.LocalDate(slotId.StartUtc);
        return _schedule.SlotsFor(clinic.Id, date, date).FirstOrDefault(slot => slot.PractitionerId == slotId.PractitionerId && slot.Start == slotId.StartUtc);
    }

    private async Task<IReadOnlyList<BookingSlot>> AlternativesAsync(string clinicId, DateTimeOffset wish, CancellationToken cancellationToken)
    {
        try
        {
            return await FindSlotsAsync(new SlotQuery(clinicId) { Wish = wish, MaxCount = _options.AlternativeCount }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (BookingStoreErrors.IsStoreFailure(exception, cancellationToken))
        {
            _logger.LogWarning("Booking: no alternatives for clinic {ClinicId} ({Error}).", clinicId, BookingStoreErrors.Describe(exception));
            return [];
        }
    }

    private async Task<T> UnavailableOnFailureAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await _quickRetry.ExecuteAsync(token => new ValueTask<T>(operation(token)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (BookingStoreErrors.IsStoreFailure(exception, cancellationToken))
        {
            _logger.LogWarning("Booking: the booking database could not be reached ({Error}).", BookingStoreErrors.Describe(exception));
            throw new BookingUnavailableException("The booking database cannot be reached now.", exception);
        }
    }

    private Appointment ToAppointment(StoredAppointment stored) => new(
        stored.Reference,
        stored.Status,
        ToSlot(stored.ClinicId, stored.PractitionerId, stored.PractitionerName, stored.StartsAt, stored.EndsAt),
        _schedule.ToLocal(stored.CreatedAt));

    private BookingSlot ToSlot(string clinicId, string practitionerId, string? practitionerName, DateTimeOffset start, DateTimeOffset end) => new(
        BookingSlotId.Format(clinicId, practitionerId, start),
        clinicId,
        practitionerId,
        practitionerName ?? _schedule.Find(clinicId)?.FindPractitioner(practitionerId)?.Name ?? practitionerId,
        _schedule.ToLocal(start),
        _schedule.ToLocal(end),
        BookingMode.Builtin);
}
