using System.Collections.Concurrent;
using HeelBot.Dialogs.Booking;

namespace HeelBot.Bot.Booking;

/// <summary>
/// Keeps the database in step with schedule.yml: seeds clinics and practitioners once per process, and opens each
/// built-in clinic's slots up to its horizon, lazily, on first use each day. Everything it writes is idempotent, so
/// several hosts (or a restart halfway) do no harm.
/// </summary>
public sealed class BookingScheduleSync(BookingSchedule schedule, IBookingStore store, TimeProvider timeProvider)
{
    /// <summary>Free slots are kept this long after they passed, then pruned.</summary>
    private static readonly TimeSpan PruneAfter = TimeSpan.FromDays(7);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, DateOnly> _openedThrough = new(StringComparer.Ordinal);
    private volatile bool _seeded;
    private DateOnly _prunedOn;

    /// <summary>Creates the tables and writes clinics and practitioners, once per process (again after a failure).</summary>
    public async Task EnsureSeededAsync(CancellationToken cancellationToken = default)
    {
        if (_seeded)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_seeded)
            {
                await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
                await store.SeedAsync(schedule, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                _openedThrough.Clear();
                _seeded = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Makes sure the clinic's slots exist through its last bookable date (built-in clinics; others are left alone).</summary>
    public async Task EnsureSlotsAsync(string clinicId, CancellationToken cancellationToken = default)
    {
        await EnsureSeededAsync(cancellationToken).ConfigureAwait(false);
        if (schedule.Find(clinicId) is not { Mode: BookingMode.Builtin } clinic)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        var last = schedule.LastBookableDate(clinic, now);
        if (_openedThrough.TryGetValue(clinicId, out var through) && through >= last)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var today = schedule.LocalDate(now);
            var from = _openedThrough.TryGetValue(clinicId, out through) ? through.AddDays(1) : today;
            if (from <= last)
            {
                await store.AddSlotsAsync(schedule.SlotsFor(clinicId, from < today ? today : from, last), cancellationToken).ConfigureAwait(false);
                _openedThrough[clinicId] = last;
            }

            if (_prunedOn != today)
            {
                await store.PruneSlotsAsync(now - PruneAfter, cancellationToken).ConfigureAwait(false);
                _prunedOn = today;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
