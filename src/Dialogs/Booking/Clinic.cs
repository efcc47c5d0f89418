namespace HeelBot.Dialogs.Booking;

/// <summary>
/// One of the chain's clinics, from content/booking/clinics.yml.
/// </summary>
/// <param name="Id">The fixed id opening hours and bookings are keyed by ("aarhus-c").</param>
/// <param name="Name">The display name ("Aarhus C", "Østerbro").</param>
/// <param name="City">The city it is in ("Aarhus" for Risskov, "København" for Østerbro).</param>
/// <param name="Postcode">The town's or district's main postcode, four digits ("8240").</param>
/// <param name="RegionId">The region id of content/triage/regions.yml ("midtjylland").</param>
/// <param name="Location">Approximate centre of the town or district, not the clinic's door.</param>
/// <param name="Aliases">Other names people type for it ("Århus", "Kbh Ø").</param>
/// <param name="Address">The street address; null until the chain supplies it. Never show a made-up one.</param>
public sealed record Clinic(
    string Id,
    string Name,
    string City,
    string Postcode,
    string RegionId,
    ClinicCoordinate Location,
    IReadOnlyList<string> Aliases,
    string? Address);
