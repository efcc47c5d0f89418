namespace HeelBot.Dialogs.Booking;

/// <summary>content/booking/clinics.yml as written; validated into <see cref="Clinic"/> records.</summary>
internal sealed class ClinicYamlDocument
{
    public string? Version { get; set; }

    public string? Source { get; set; }

    public List<ClinicYamlEntry>? Clinics { get; set; }
}
