using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Tests.Content;

/// <summary>content/triage/regions.yml as embedded: numbers per DESIGN.md, place lookup, and the 2027 merger.</summary>
public class OutOfHoursDirectoryTests
{
    private static readonly DateOnly BeforeMerger = new(2026, 11, 22);
    private static readonly DateOnly LastDayBeforeMerger = new(2026, 12, 31);
    private static readonly DateOnly MergerDay = new(2027, 1, 1);
    private static readonly DateOnly AfterMerger = new(2027, 6, 1);

    private static readonly Lazy<OutOfHoursDirectory> Embedded = new(OutOfHoursDirectory.LoadEmbedded);

    private static OutOfHoursDirectory CreateSut() => Embedded.Value;

    [Theory]
    [InlineData("Aalborg", "nordjylland")]
    [InlineData("Aarhus C", "midtjylland")]
    [InlineData("Amager", "hovedstaden")]
    [InlineData("Esbjerg", "syddanmark")]
    [InlineData("Frederiksberg", "hovedstaden")]
    [InlineData("Haderslev", "syddanmark")]
    [InlineData("Herning", "midtjylland")]
    [InlineData("Hillerød", "hovedstaden")]
    [InlineData("Hjørring", "nordjylland")]
    [InlineData("Holstebro", "midtjylland")]
    [InlineData("Horsens", "midtjylland")]
    [InlineData("Næstved", "sjaelland")]
    [InlineData("Odense", "syddanmark")]
    [InlineData("Østerbro", "hovedstaden")]
    [InlineData("Randers", "midtjylland")]
    [InlineData("Risskov", "midtjylland")]
    [InlineData("Roskilde", "sjaelland")]
    [InlineData("Sønderborg", "syddanmark")]
    [InlineData("Valby", "hovedstaden")]
    [InlineData("Vejle", "syddanmark")]
    public void FindByPlace_ClinicCity_ResolvesToItsRegion(string city, string regionId)
    {
        CreateSut().FindByPlace(city).Should().NotBeNull().And.Match<Region>(region => region.Id == regionId);
    }

    [Theory]
    [InlineData("København", "hovedstaden")]
    [InlineData("Copenhagen", "hovedstaden")]
    [InlineData("kbh", "hovedstaden")]
    [InlineData("Kbh.", "hovedstaden")]
    [InlineData("KØBENHAVN Ø", "hovedstaden")]
    [InlineData("Aarhus", "midtjylland")]
    [InlineData("Århus", "midtjylland")]
    [InlineData("aarhus c", "midtjylland")]
    [InlineData("Sonderborg", "syddanmark")]
    [InlineData("Soenderborg", "syddanmark")]
    [InlineData("Sönderborg", "syddanmark")]
    [InlineData("Hillerod", "hovedstaden")]
    [InlineData("Hjoerring", "nordjylland")]
    [InlineData("Ålborg", "nordjylland")]
    [InlineData("Naestved", "sjaelland")]
    [InlineData("Koege", "sjaelland")]
    [InlineData("Nykøbing Falster", "sjaelland")]
    [InlineData("Nykøbing Mors", "nordjylland")]
    [InlineData("jeg bor i Vejle", "syddanmark")]
    public void FindByPlace_SpellingVariants_ResolveToTheRegion(string input, string regionId)
    {
        CreateSut().FindByPlace(input).Should().NotBeNull().And.Match<Region>(region => region.Id == regionId);
    }

    [Theory]
    [InlineData("Odnese", "syddanmark")]
    [InlineData("Esbjærg", "syddanmark")]
    [InlineData("Hilerød", "hovedstaden")]
    [InlineData("Frederiksbjerg", "hovedstaden")]
    [InlineData("Roskile", "sjaelland")]
    [InlineData("Herningg", "midtjylland")]
    [InlineData("Aalbrog", "nordjylland")]
    public void FindByPlace_SmallTypo_ResolvesToTheRegion(string input, string regionId)
    {
        CreateSut().FindByPlace(input).Should().NotBeNull().And.Match<Region>(region => region.Id == regionId);
    }

    [Theory]
    [InlineData("2300", "hovedstaden")]
    [InlineData("2100 København Ø", "hovedstaden")]
    [InlineData("3400", "hovedstaden")]
    [InlineData("3700", "hovedstaden")]
    [InlineData("2670", "sjaelland")]
    [InlineData("4000", "sjaelland")]
    [InlineData("4700", "sjaelland")]
    [InlineData("5000", "syddanmark")]
    [InlineData("6400", "syddanmark")]
    [InlineData("7100", "syddanmark")]
    [InlineData("6950", "midtjylland")]
    [InlineData("7400", "midtjylland")]
    [InlineData("8000", "midtjylland")]
    [InlineData("8240", "midtjylland")]
    [InlineData("7700", "nordjylland")]
    [InlineData("9000", "nordjylland")]
    [InlineData("9800", "nordjylland")]
    public void FindByPlace_Postcode_ResolvesToTheRegion(string input, string regionId)
    {
        CreateSut().FindByPlace(input).Should().NotBeNull().And.Match<Region>(region => region.Id == regionId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Berlin")]
    [InlineData("0999")]
    [InlineData("ved ikke")]
    [InlineData("xy")]
    public void FindByPlace_UnknownPlace_ReturnsNull(string input)
    {
        CreateSut().FindByPlace(input).Should().BeNull();
    }

    [Theory]
    [InlineData("hovedstaden", "1813")]
    [InlineData("sjaelland", "1818")]
    [InlineData("syddanmark", "70110707")]
    [InlineData("midtjylland", "70113131")]
    [InlineData("nordjylland", "70150300")]
    public void NumbersOn_BeforeMerger_MatchDesign(string regionId, string number)
    {
        var region = CreateSut().Find(regionId);

        region.Should().NotBeNull();
        region!.NumbersOn(BeforeMerger).Select(n => n.Number).Should().Equal(number);
    }

    [Fact]
    public void Display_LongNumbers_AreGroupedInPairs()
    {
        CreateSut().Find("syddanmark")!.NumbersOn(BeforeMerger).Single().Display.Should().Be("70 11 07 07");
    }

    [Fact]
    public void ActiveOn_BeforeMerger_ListsTheFiveRegions()
    {
        var sut = CreateSut();

        sut.ActiveOn(BeforeMerger).Select(region => region.Id)
            .Should().Equal("hovedstaden", "sjaelland", "syddanmark", "midtjylland", "nordjylland");
        sut.ActiveOn(LastDayBeforeMerger).Should().HaveCount(5);
    }

    [Fact]
    public void ActiveOn_FromMergerDay_ListsOestdanmarkInsteadOfHovedstadenAndSjaelland()
    {
        var sut = CreateSut();

        foreach (var date in new[] { MergerDay, AfterMerger })
        {
            sut.ActiveOn(date).Select(region => region.Id)
                .Should().Equal("syddanmark", "midtjylland", "nordjylland", "oestdanmark");
        }
    }

    [Fact]
    public void ActiveOn_AfterMerger_KeepsBothOldNumbersWithAReviewNote()
    {
        var oestdanmark = CreateSut().ActiveOn(AfterMerger).Single(region => region.Id == "oestdanmark");

        oestdanmark.Name.Should().Be("Region Østdanmark");
        oestdanmark.NumbersOn(AfterMerger).Select(number => number.Number).Should().BeEquivalentTo("1813", "1818");
        oestdanmark.Note.Should().Contain("reviewed before 2027-01-01");
        oestdanmark.NumbersOn(AfterMerger).Should().OnlyContain(number => number.Note != null && number.Note.Contains("2027-01-01"));
    }

    [Fact]
    public void ActiveOn_EveryDate_EveryRegionHasANumber()
    {
        var sut = CreateSut();

        foreach (var date in new[] { BeforeMerger, LastDayBeforeMerger, MergerDay, AfterMerger })
        {
            sut.ActiveOn(date).Should().OnlyContain(region => region.NumbersOn(date).Count > 0);
        }
    }

    [Theory]
    [InlineData("Roskilde", "sjaelland", "1818")]
    [InlineData("Næstved", "sjaelland", "1818")]
    [InlineData("Østerbro", "hovedstaden", "1813")]
    [InlineData("Hillerød", "hovedstaden", "1813")]
    [InlineData("Odense", "syddanmark", "70110707")]
    public void FindByPlaceOnDate_BeforeMerger_KeepsTheOldRegionAndNumber(string place, string regionId, string number)
    {
        var sut = CreateSut();

        sut.FindByPlace(place, BeforeMerger)!.Id.Should().Be(regionId);
        sut.NumberFor(place, BeforeMerger)!.Number.Should().Be(number);
    }

    [Theory]
    [InlineData("Roskilde", "oestdanmark", "1818")]
    [InlineData("4700", "oestdanmark", "1818")]
    [InlineData("Østerbro", "oestdanmark", "1813")]
    [InlineData("Amager", "oestdanmark", "1813")]
    [InlineData("Aalborg", "nordjylland", "70150300")]
    public void FindByPlaceOnDate_AfterMerger_FollowsTheMergerAndKeepsTheAreaNumber(string place, string regionId, string number)
    {
        var sut = CreateSut();

        sut.FindByPlace(place, AfterMerger)!.Id.Should().Be(regionId);
        sut.NumberFor(place, AfterMerger)!.Number.Should().Be(number);
    }

    [Fact]
    public void EmergencyNumber_IsTheDanishEmergencyNumber()
    {
        CreateSut().EmergencyNumber.Should().Be("112");
    }

    [Fact]
    public void DisplayName_PerLanguage_UsesThatLanguage()
    {
        var region = CreateSut().Find("sjaelland")!;

        region.DisplayName("da").Should().Be("Region Sjælland");
        region.DisplayName("en").Should().Be("Region Zealand");
    }

    [Fact]
    public void Parse_PlaceInTwoRegions_FailsAtLoad()
    {
        var yaml = TwoRegions(placesA: "[Vejle]", placesB: "[vejle]", postcodesA: "[5000-5999]", postcodesB: "[6000-6999]");

        var act = () => OutOfHoursDirectory.Parse(yaml);

        act.Should().Throw<InvalidDataException>().WithMessage("*vejle*");
    }

    [Fact]
    public void Parse_OverlappingPostcodes_FailsAtLoad()
    {
        var yaml = TwoRegions(placesA: "[Odense]", placesB: "[Vejle]", postcodesA: "[5000-6100]", postcodesB: "[6000-6999]");

        var act = () => OutOfHoursDirectory.Parse(yaml);

        act.Should().Throw<InvalidDataException>().WithMessage("*overlap*");
    }

    [Fact]
    public void Parse_TypoFittingTwoRegionsEqually_ReturnsNull()
    {
        var sut = OutOfHoursDirectory.Parse(TwoRegions(placesA: "[Borup]", placesB: "[Torup]", postcodesA: "[5000-5999]", postcodesB: "[6000-6999]"));

        sut.FindByPlace("Borup")!.Id.Should().Be("a");
        sut.FindByPlace("Morup").Should().BeNull("one typo away from places in two regions is a guess");
    }

    private static string TwoRegions(string placesA, string placesB, string postcodesA, string postcodesB) => $"""
        version: test
        emergency:
          number: "112"
        regions:
          - id: a
            name: A
            nameEn: A
            validFrom: 2007-01-01
            outOfHours:
              - number: "1111"
                validFrom: 2007-01-01
            postcodes: {postcodesA}
            places: {placesA}
          - id: b
            name: B
            nameEn: B
            validFrom: 2007-01-01
            outOfHours:
              - number: "2222"
                validFrom: 2007-01-01
            postcodes: {postcodesB}
            places: {placesB}
        """;
}
