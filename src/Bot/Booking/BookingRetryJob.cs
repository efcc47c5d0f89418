using HeelBot.Dialogs.Booking;
using Polly;

namespace HeelBot.Bot.Booking;

/// <summary>
/// Completes booking requests that could not be completed in the conversation. Every
/// <see cref="BookingRetryOptions.Interval"/> it first moves requests held in memory into the database, then tries
/// each due request again: booked (the request row goes in the same transaction), or failed again and retried later
/// with doubling waits, or handed to staff (<c>needs_staff</c>) after <see cref="BookingRetryOptions.MaxAttempts"/>
/// attempts, when the time is taken, or when it is too close or past. Staff find those rows in
/// <c>booking_requests</c>; the bot never picks another time for the person on its own.
/// </summary>
/// <remarks>Logs carry request ids, references, clinic ids, counts and error types only: never what the person entered.</remarks>
public sealed class BookingRetryJob : BackgroundService
{
    private readonly IBookingStore _store;
    private readonly BookingScheduleSync _sync;
    private readonly BookingSchedule _schedule;
    private readonly PendingBookingBuffer _buffer;
    private readonly BookingRetryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BookingRetryJob> _logger;
    private readonly ResiliencePipeline _quickRetry;

    public BookingRetryJob(
        IBookingStore store,
        BookingScheduleSync sync,
        BookingSchedule schedule,
        PendingBookingBuffer buffer,
        BookingOptions options,
        TimeProvider timeProvider,
        ILogger<BookingRetryJob> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _sync = sync;
        _schedule = schedule;
        _buffer = buffer;
        _options = options.Retry;
        _timeProvider = timeProvider;
        _logger = logger;
        _quickRetry = BookingResilience.Create(_options, timeProvider);
    }

    /// <summary>One run: store what memory holds, then retry every due request. A database still down ends the run early.</summary>
    public async Task<BookingRetryRun> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var stored = 0;
        foreach (var request in _buffer.Snapshot())
        {
            try
            {
                await _store.SaveRequestAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (BookingStoreErrors.IsStoreFailure(exception, cancellationToken))
            {
                _logger.LogWarning("Booking retry: the database is still unreachable ({Error}); {Count} request(s) stay in memory.", BookingStoreErrors.Describe(exception), _buffer.Count);
                return new BookingRetryRun(stored, 0, 0, 0);
            }

            _buffer.Remove(request.RequestId);
            stored++;
        }

        var due = await _store.FindDueRequestsAsync(_timeProvider.GetUtcNow(), _options.BatchSize, cancellationToken).ConfigureAwait(false);
        var (booked, deferred, handedToStaff) = (0, 0, 0);
        foreach (var request in due)
        {
            switch (await RetryAsync(request, cancellationToken).ConfigureAwait(false))
            {
                case BookingRequestStatus.Pending:
                    deferred++;
                    break;
                case BookingRequestStatus.NeedsStaff:
                    handedToStaff++;
                    break;
                default:
                    booked++;
                    break;
            }
        }

        if (stored + due.Count > 0)
        {
            _logger.LogInformation("Booking retry: {Stored} stored, {Booked} booked, {Deferred} deferred, {HandedToStaff} handed to staff.", stored, booked, deferred, handedToStaff);
        }

        return new BookingRetryRun(stored, booked, deferred, handedToStaff);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Interval, _timeProvider);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A failed run (database away) must not stop the host or later runs.
                _logger.LogError("Booking retry: the run failed ({Error}); it is tried again at the next interval.", BookingStoreErrors.Describe(exception));
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>One attempt at one request; returns where it stands afterwards (null = booked).</summary>
    private async Task<BookingRequestStatus?> RetryAsync(StoredBookingRequest request, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var attempts = request.Attempts + 1;
        if (_schedule.Find(request.ClinicId) is not { Mode: BookingMode.Builtin } clinic)
        {
            return await HandToStaffAsync(request, attempts, "clinic_not_builtin", cancellationToken).ConfigureAwait(false);
        }

        if (request.StartsAt < now + clinic.Notice)
        {
            return await HandToStaffAsync(request, attempts, "time_passed", cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await _sync.EnsureSlotsAsync(clinic.Id, cancellationToken).ConfigureAwait(false);
            var appointment = new StoredAppointment
            {
                Reference = string.Empty,
                ClinicId = request.ClinicId,
                PractitionerId = request.PractitionerId,
                StartsAt = request.StartsAt,
                EndsAt = request.EndsAt,
                PersonKey = request.PersonKey,
                ContactName = request.ContactName,
                ContactPhone = request.ContactPhone,
                ContactEmail = request.ContactEmail,
                Language = request.Language,
                Triage = request.Triage,
                RequestId = request.RequestId,
                CreatedAt = now,
            };
            var (outcome, reference) = await BuiltinBookingProvider.ReserveAsync(_store, _quickRetry, appointment, cancellationToken).ConfigureAwait(false);
            if (outcome == ReserveOutcome.Reserved)
            {
                _logger.LogInformation("Booking retry: request {RequestId} booked as {Reference} at clinic {ClinicId} on attempt {Attempt}.", request.RequestId, reference, request.ClinicId, attempts);
                return null;
            }

            return await HandToStaffAsync(request, attempts, "slot_taken", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (BookingStoreErrors.IsStoreFailure(exception, cancellationToken))
        {
            var error = BookingStoreErrors.Describe(exception);
            if (attempts >= _options.MaxAttempts)
            {
                return await HandToStaffAsync(request, attempts, error, cancellationToken).ConfigureAwait(false);
            }

            var next = now + _options.DelayAfter(attempts);
            await _store.UpdateRequestAsync(request.RequestId, BookingRequestStatus.Pending, attempts, next, error, now, cancellationToken).ConfigureAwait(false);
            _logger.LogWarning("Booking retry: request {RequestId} failed attempt {Attempt} of {MaxAttempts} ({Error}); next at {Next:O}.", request.RequestId, attempts, _options.MaxAttempts, error, next);
            return BookingRequestStatus.Pending;
        }
    }

    private async Task<BookingRequestStatus> HandToStaffAsync(StoredBookingRequest request, int attempts, string reason, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        await _store.UpdateRequestAsync(request.RequestId, BookingRequestStatus.NeedsStaff, attempts, now, reason, now, cancellationToken).ConfigureAwait(false);
        _logger.LogWarning("Booking retry: request {RequestId} for clinic {ClinicId} needs staff after {Attempts} attempt(s) ({Reason}).", request.RequestId, request.ClinicId, attempts, reason);
        return BookingRequestStatus.NeedsStaff;
    }
}
