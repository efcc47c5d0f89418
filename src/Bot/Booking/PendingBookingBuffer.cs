using System.Collections.Concurrent;

namespace HeelBot.Bot.Booking;

/// <summary>
/// The last resort for a booking request when the database cannot even store it: kept in this process's memory until
/// <see cref="BookingRetryJob"/> can write it to the database (its first step on every run). Lost if the process stops
/// before then, which is why the database is always tried first.
/// </summary>
public sealed class PendingBookingBuffer
{
    private readonly ConcurrentDictionary<string, StoredBookingRequest> _requests = new(StringComparer.Ordinal);

    public int Count => _requests.Count;

    public void Add(StoredBookingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _requests[request.RequestId] = request;
    }

    /// <summary>Everything held, oldest first.</summary>
    public IReadOnlyList<StoredBookingRequest> Snapshot() => [.. _requests.Values.OrderBy(request => request.CreatedAt)];

    public IReadOnlyList<StoredBookingRequest> ForPerson(string personKey) =>
        [.. Snapshot().Where(request => request.PersonKey == personKey)];

    public bool Remove(string requestId) => _requests.TryRemove(requestId, out _);

    /// <summary>Removes the request only if it is this person's.</summary>
    public bool Remove(string requestId, string personKey) =>
        _requests.TryGetValue(requestId, out var request) && request.PersonKey == personKey && _requests.TryRemove(requestId, out _);

    /// <summary>Removes every request of the person; returns how many.</summary>
    public int RemoveForPerson(string personKey) => ForPerson(personKey).Count(request => Remove(request.RequestId));
}
