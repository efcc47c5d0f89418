namespace HeelBot.Bot.Booking;

/// <summary>
/// One row of <c>booking_requests</c>: a confirmed booking that could not be completed, with everything the person
/// entered, kept for <see cref="BookingRetryJob"/> or staff. Personal and health data: ToString prints only the id.
/// </summary>
public sealed record StoredBookingRequest
{
    public required string RequestId { get; init; }

    public required string PersonKey { get; init; }

    public required string ClinicId { get; init; }

    public required string PractitionerId { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public required string ContactName { get; init; }

    public required string ContactPhone { get; init; }

    public string? ContactEmail { get; init; }

    public required string Language { get; init; }

    public string? Triage { get; init; }

    public BookingRequestStatus Status { get; init; } = BookingRequestStatus.Pending;

    /// <summary>Attempts made so far (the first, in the conversation, counts).</summary>
    public int Attempts { get; init; }

    public required DateTimeOffset NextAttemptAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Why the last attempt failed, without personal data (an exception type or a reason word).</summary>
    public string? LastError { get; init; }

    public override string ToString() => $"StoredBookingRequest {{ RequestId = {RequestId} }}";
}
