using System.Globalization;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Tests.Booking;

/// <summary>content/booking/clinics.yml against the chain's list, regions.yml and postcodes.yml.</summary>
public sealed class ClinicDataTests
{
    private static readonly Lazy<ClinicDirectory> Embedded = new(ClinicDirectory.LoadEmbedded);
    private static readonly Lazy<OutOfHoursDirectory> Regions = new(OutOfHoursDirectory.LoadEmbedded);
    private static readonly DateOnly Recorded = new(2026, 11, 22);

    public static TheoryData<string, string> ChainList => new()
    {
        { "aalborg", "Aalborg" }, { "aarhus-c", "Aarhus C" }, { "amager", "Amager" }, { "esbjerg", "Esbjerg" },
        { "frederiksberg", "Frederiksberg" }, { "haderslev", "Haderslev" }, { "herning", "Herning" }, { "hilleroed", "Hillerød" },
        { "hjoerring", "Hjørring" }, { "holstebro", "Holstebro" }, { "horsens", "Horsens" }, { "naestved", "Næstved" },
        { "odense", "Odense" }, { "oesterbro", "Østerbro" }, { "randers", "Randers" }, { "risskov", "Risskov" },
        { "roskilde", "Roskilde" }, { "soenderborg", "Sønderborg" }, { "valby", "Valby" }, { "vejle", "Vejle" },
    };

    public static TheoryData<string> Ids => new(Embedded.Value.All.Select(clinic => clinic.Id));

    [Fact]
    public void All_TheChainsTwentyClinics_InIdOrder()
    {
        var ids = Embedded.Value.All.Select(clinic => clinic.Id).ToList();

        ids.Should().HaveCount(20).And.OnlyHaveUniqueItems();
        ids.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ChainList))]
    public void Get_ChainId_HasTheChainsDisplayName(string id, string name)
    {
        Embedded.Value.Get(id).Should().NotBeNull().And.Match<Clinic>(clinic => clinic.Name == name);
    }

    [Fact]
    public void Get_UnknownId_Null()
    {
        Embedded.Value.Get("aarhus").Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void RegionId_EveryClinic_IsARegionOfRegionsYmlThatCoversItsPostcodeAndName(string id)
    {
        var clinic = Embedded.Value.Get(id)!;

        var region = Regions.Value.Find(clinic.RegionId);

        region.Should().NotBeNull($"region '{clinic.RegionId}' of {id} must exist in regions.yml");
        region!.IsActiveOn(Recorded).Should().BeTrue();
        Regions.Value.FindByPlace(clinic.Postcode)!.Id.Should().Be(clinic.RegionId);
        Regions.Value.FindByPlace(clinic.Name)!.Id.Should().Be(clinic.RegionId);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Location_EveryClinic_InDenmarkAndNearItsPostcodeArea(string id)
    {
        var sut = Embedded.Value;
        var clinic = sut.Get(id)!;

        clinic.Location.Latitude.Should().BeInRange(54.5, 57.8);
        clinic.Location.Longitude.Should().BeInRange(8.0, 15.2);
        clinic.Location.DistanceKmTo(sut.Locate(clinic.Postcode)!.Value).Should().BeLessThan(5, "the two files must place {0} alike", id);
        sut.Nearest(clinic.Postcode, 1)[0].Clinic.Id.Should().Be(id);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Postcode_EveryClinic_FourDigitsInTheDanishRange(string id)
    {
        var postcode = int.Parse(Embedded.Value.Get(id)!.Postcode, CultureInfo.InvariantCulture);

        postcode.Should().BeInRange(1000, 9990);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Address_EveryClinic_NullUntilTheChainSuppliesIt(string id)
    {
        // We do not know the street addresses; this fails on purpose when one is added, so it gets a source and review.
        Embedded.Value.Get(id)!.Address.Should().BeNull();
    }

    [Fact]
    public void Find_EveryNameAndAlias_FindsItsOwnClinic()
    {
        var sut = Embedded.Value;
        foreach (var clinic in sut.All)
        {
            sut.Find(clinic.Name)[0].Clinic.Should().Be(clinic);
            foreach (var alias in clinic.Aliases)
            {
                sut.Find(alias).Should().Contain(match => match.Clinic == clinic, "alias '{0}' belongs to {1}", alias, clinic.Id);
            }
        }
    }
}
