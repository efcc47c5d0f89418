namespace HeelBot.Dialogs.Booking;

/// <summary>content/booking/postcodes.yml as written: postcode areas and towns with approximate coordinates.</summary>
internal sealed class ClinicPostcodeYamlDocument
{
    public string? Version { get; set; }

    public List<ClinicAreaYamlEntry>? Areas { get; set; }

    public List<ClinicTownYamlEntry>? Towns { get; set; }
}
