namespace HeelBot.Dialogs.Booking;

/// <summary>One clinic of clinics.yml as written.</summary>
internal sealed class ClinicYamlEntry
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? City { get; set; }

    public string? Postcode { get; set; }

    public string? Region { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Address { get; set; }

    public List<string>? Aliases { get; set; }
}
