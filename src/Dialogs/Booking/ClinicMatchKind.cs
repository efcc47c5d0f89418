namespace HeelBot.Dialogs.Booking;

/// <summary>How a clinic matched what the person wrote, best first.</summary>
public enum ClinicMatchKind
{
    /// <summary>The clinic's name or id ("Aarhus C", "Sønderborg", "sonderborg").</summary>
    Name,

    /// <summary>One of its aliases ("Århus", "Kbh Ø", "København" for each Copenhagen clinic).</summary>
    Alias,

    /// <summary>The city it is in ("Aarhus" also finds Risskov).</summary>
    City,

    /// <summary>A small typo of a name, alias or city ("Hilerød", "Odnese").</summary>
    Typo,

    /// <summary>Near the postcode or town given (see <see cref="ClinicMatch.DistanceKm"/>).</summary>
    Nearby,
}
