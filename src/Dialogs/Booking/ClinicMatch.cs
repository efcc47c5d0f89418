namespace HeelBot.Dialogs.Booking;

/// <summary>A clinic found for what a person wrote, how it matched, and for nearby clinics the straight-line distance.</summary>
public sealed record ClinicMatch(Clinic Clinic, ClinicMatchKind Kind, double? DistanceKm = null);
