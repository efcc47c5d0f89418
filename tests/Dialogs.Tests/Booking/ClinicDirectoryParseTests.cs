using HeelBot.Dialogs.Booking;

namespace HeelBot.Dialogs.Tests.Booking;

/// <summary>Broken data files fail when they load, naming the file and the problem.</summary>
public sealed class ClinicDirectoryParseTests
{
    private const string OneClinic = """
        version: 2026-11-22
        clinics:
          - id: odense
            name: Odense
            city: Odense
            postcode: "5000"
            region: syddanmark
            latitude: 55.396
            longitude: 10.388
            address: null
            aliases: []
        """;

    private const string TwoAreas = """
        areas:
          - { postcodes: 1000-4999, name: Øst, latitude: 55.6, longitude: 12.0 }
          - { postcodes: 5000-9999, name: Vest, latitude: 56.0, longitude: 9.5 }
        towns:
          - { name: Svendborg, latitude: 55.06, longitude: 10.61 }
        """;

    [Fact]
    public void Parse_ValidFiles_Loads()
    {
        var sut = ClinicDirectory.Parse(OneClinic, TwoAreas);

        sut.All.Should().ContainSingle().Which.Id.Should().Be("odense");
        sut.Version.Should().Be("2026-11-22");
        sut.Nearest("Svendborg", 1)[0].DistanceKm.Should().BeInRange(30, 50);
    }

    [Theory]
    [InlineData("1000-4998", "5000-9999")]
    [InlineData("1000-5000", "5000-9999")]
    [InlineData("1000-4999", "5000-9900")]
    [InlineData("1100-4999", "5000-9999")]
    public void Parse_AreasWithGapOrOverlap_Throws(string first, string second)
    {
        var areas = TwoAreas.Replace("1000-4999", first, StringComparison.Ordinal).Replace("5000-9999", second, StringComparison.Ordinal);

        var act = () => ClinicDirectory.Parse(OneClinic, areas);

        act.Should().Throw<InvalidDataException>().WithMessage("*postcodes.yml*");
    }

    [Theory]
    [InlineData("postcode: \"5000\"", "postcode: \"500\"", "*four digits*")]
    [InlineData("region: syddanmark", "region: \"\"", "*'region' is required*")]
    [InlineData("latitude: 55.396", "latitude: null", "*latitude*")]
    [InlineData("id: odense", "id: Odense C", "*lower-case*")]
    [InlineData("aliases: []", "alias: []", "*clinics.yml*")]
    public void Parse_BrokenClinic_Throws(string good, string bad, string message)
    {
        var act = () => ClinicDirectory.Parse(OneClinic.Replace(good, bad, StringComparison.Ordinal), TwoAreas);

        act.Should().Throw<InvalidDataException>().WithMessage(message);
    }

    [Fact]
    public void Parse_DuplicateId_Throws()
    {
        var twice = OneClinic + OneClinic[OneClinic.IndexOf("  - id", StringComparison.Ordinal)..].Insert(0, "\n");

        var act = () => ClinicDirectory.Parse(twice, TwoAreas);

        act.Should().Throw<InvalidDataException>().WithMessage("*'odense' appears twice*");
    }
}
