using HeelBot.Dialogs.Booking;

namespace HeelBot.Bot.Booking;

/// <summary>
/// One row of <c>booking_appointments</c>. Personal and health data: ToString prints only the reference.
/// After "slet mine data" a confirmed row keeps clinic, practitioner, time, name and phone, and the rest is null.
/// </summary>
public sealed record StoredAppointment
{
    public required string Reference { get; init; }

    public required string ClinicId { get; init; }

    public required string PractitionerId { get; init; }

    /// <summary>Filled on read (from the practitioners table); ignored on write.</summary>
    public string? PractitionerName { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public AppointmentStatus Status { get; init; } = AppointmentStatus.Confirmed;

    /// <summary><see cref="PersonKey.Value"/>; null once the person's data was deleted.</summary>
    public string? PersonKey { get; init; }

    public required string ContactName { get; init; }

    public required string ContactPhone { get; init; }

    public string? ContactEmail { get; init; }

    public string? Language { get; init; }

    /// <summary>The triage summary the person agreed to share, as JSON (<see cref="TriageSummaryJson"/>).</summary>
    public string? Triage { get; init; }

    /// <summary>The kept request this booking completed, if it was booked by the retry job.</summary>
    public string? RequestId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>When the person's data was deleted down to the legal minimum.</summary>
    public DateTimeOffset? MinimizedAt { get; init; }

    public override string ToString() => $"StoredAppointment {{ Reference = {Reference} }}";
}
