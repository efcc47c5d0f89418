namespace HeelBot.Dialogs.Booking;

/// <summary>One town of postcodes.yml, with other spellings people use for it.</summary>
internal sealed class ClinicTownYamlEntry
{
    public string? Name { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public List<string>? Aliases { get; set; }
}
