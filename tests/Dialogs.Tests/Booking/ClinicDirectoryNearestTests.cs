using HeelBot.Dialogs.Booking;

namespace HeelBot.Dialogs.Tests.Booking;

/// <summary>The clinics nearest to a postcode or a town without a clinic.</summary>
public sealed class ClinicDirectoryNearestTests
{
    private static readonly Lazy<ClinicDirectory> Embedded = new(ClinicDirectory.LoadEmbedded);

    private static ClinicDirectory CreateSut() => Embedded.Value;

    [Theory]
    [InlineData("8000", "aarhus-c")]
    [InlineData("8240", "risskov")]
    [InlineData("9800", "hjoerring")]
    [InlineData("6400", "soenderborg")]
    [InlineData("2100", "oesterbro")]
    [InlineData("2300", "amager")]
    [InlineData("2500", "valby")]
    [InlineData("2000", "frederiksberg")]
    [InlineData("5700 Svendborg", "odense")]
    [InlineData("5700", "odense")]
    [InlineData("3000 Helsingør", "hilleroed")]
    [InlineData("3000", "hilleroed")]
    [InlineData("8000 Aarhus C", "aarhus-c")]
    [InlineData("9990", "hjoerring")]
    [InlineData("4600", "roskilde")]
    [InlineData("7800", "holstebro")]
    [InlineData("3700", "amager")]
    [InlineData("2800 Kongens Lyngby", "oesterbro")]
    public void Nearest_Postcode_NearestClinicFirst(string postcodeOrTown, string id)
    {
        var matches = CreateSut().Nearest(postcodeOrTown);

        matches.Should().HaveCount(3);
        matches[0].Clinic.Id.Should().Be(id);
        matches.Should().OnlyContain(match => match.Kind == ClinicMatchKind.Nearby);
        matches.Select(match => match.DistanceKm!.Value).Should().BeInAscendingOrder();
    }

    [Theory]
    [InlineData("Helsingør", "hilleroed")]
    [InlineData("Helsingor", "hilleroed")]
    [InlineData("Elsinore", "hilleroed")]
    [InlineData("Svendborg", "odense")]
    [InlineData("Køge", "roskilde")]
    [InlineData("Koege", "roskilde")]
    [InlineData("Skive", "holstebro")]
    [InlineData("Frederikshavn", "hjoerring")]
    [InlineData("Rønne", "amager")]
    [InlineData("Nørresundby", "aalborg")]
    [InlineData("Fredericia", "vejle")]
    [InlineData("Ribe", "esbjerg")]
    [InlineData("Frederiksbjerg", "aarhus-c")]
    [InlineData("Kbh NV", "frederiksberg")]
    [InlineData("Aarhus", "aarhus-c")]
    [InlineData("Hilerød", "hilleroed")]
    public void Nearest_Town_NearestClinicFirst(string town, string id)
    {
        CreateSut().Nearest(town)[0].Clinic.Id.Should().Be(id);
    }

    [Theory]
    [InlineData("Kolding")]
    [InlineData("kolding")]
    public void Nearest_Kolding_VejleAndHaderslevTopTwo(string town)
    {
        CreateSut().Nearest(town, 2).Select(match => match.Clinic.Id).Should().BeEquivalentTo("vejle", "haderslev");
    }

    [Theory]
    [InlineData("Silkeborg")]
    [InlineData("Silkborg")]
    [InlineData("8600")]
    public void Nearest_Silkeborg_ThreeClinicsInCentralJutland(string place)
    {
        var matches = CreateSut().Nearest(place);

        matches.Should().HaveCount(3);
        matches.Should().OnlyContain(match => match.Clinic.RegionId == "midtjylland");
    }

    [Fact]
    public void Nearest_Count_ReturnsThatManyAscending()
    {
        var matches = CreateSut().Nearest("8000", 5);

        matches.Should().HaveCount(5);
        matches[1].Clinic.Id.Should().Be("risskov");
        matches[1].DistanceKm.Should().BeInRange(2, 8);
        matches.Select(match => match.DistanceKm!.Value).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Nearest_HelsingoerToHilleroed_PlausibleDistance()
    {
        // Straight-line Helsingør–Hillerød is a little over 20 km.
        CreateSut().Nearest("3000")[0].DistanceKm.Should().BeInRange(15, 30);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("xyz")]
    [InlineData("Paris")]
    [InlineData("0800")]
    [InlineData("ved ikke")]
    public void Nearest_UnknownPlace_Empty(string? text)
    {
        CreateSut().Nearest(text).Should().BeEmpty();
    }

    [Fact]
    public void Nearest_ZeroCount_Empty()
    {
        CreateSut().Nearest("8000", 0).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Hilerød", "hilleroed", ClinicMatchKind.Typo)]
    [InlineData("Silkeborg", "herning", ClinicMatchKind.Nearby)]
    [InlineData("6400", "soenderborg", ClinicMatchKind.Nearby)]
    public void Suggest_NamedOrNot_FindsThenFallsBackToNearest(string text, string id, ClinicMatchKind kind)
    {
        var matches = CreateSut().Suggest(text);

        matches[0].Clinic.Id.Should().Be(id);
        matches[0].Kind.Should().Be(kind);
    }

    [Fact]
    public void Postcodes_EveryPostcode_HasAPlace()
    {
        var sut = CreateSut();

        for (var postcode = 1000; postcode <= 9990; postcode += 5)
        {
            sut.Locate(postcode.ToString(System.Globalization.CultureInfo.InvariantCulture)).Should().NotBeNull($"postcode {postcode} must be placed");
        }
    }
}
