namespace HeelBot.Browser.Tests.Support;

/// <summary>One row of <c>booking_appointments</c> as the test reads it back from the host's SQLite file.</summary>
public sealed record StoredAppointmentRow(string Reference, string ClinicId, string Status, string ContactName, string? Triage);
