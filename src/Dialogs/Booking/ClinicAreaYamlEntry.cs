namespace HeelBot.Dialogs.Booking;

/// <summary>One postcode area of postcodes.yml: a range ("8000-8199"), its main town and a point in it.</summary>
internal sealed class ClinicAreaYamlEntry
{
    public string? Postcodes { get; set; }

    public string? Name { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}
