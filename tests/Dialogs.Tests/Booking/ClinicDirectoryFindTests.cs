using HeelBot.Dialogs.Booking;

namespace HeelBot.Dialogs.Tests.Booking;

/// <summary>Finding the clinic a person names, as they type it: case, æ/ø/å spelt out or dropped, typos, districts.</summary>
public sealed class ClinicDirectoryFindTests
{
    private static readonly Lazy<ClinicDirectory> Embedded = new(ClinicDirectory.LoadEmbedded);

    private static ClinicDirectory CreateSut() => Embedded.Value;

    [Theory]
    [InlineData("Aarhus C", "aarhus-c", ClinicMatchKind.Name)]
    [InlineData("Århus", "aarhus-c", ClinicMatchKind.Alias)]
    [InlineData("Aarhus", "aarhus-c", ClinicMatchKind.Alias)]
    [InlineData("arhus", "aarhus-c", ClinicMatchKind.Alias)]
    [InlineData("aarhus-c", "aarhus-c", ClinicMatchKind.Name)]
    [InlineData("Sonderborg", "soenderborg", ClinicMatchKind.Name)]
    [InlineData("sønderborg", "soenderborg", ClinicMatchKind.Name)]
    [InlineData("Soenderborg", "soenderborg", ClinicMatchKind.Name)]
    [InlineData("SØNDERBORG", "soenderborg", ClinicMatchKind.Name)]
    [InlineData("Hillerød", "hilleroed", ClinicMatchKind.Name)]
    [InlineData("Hilerød", "hilleroed", ClinicMatchKind.Typo)]
    [InlineData("hillerod", "hilleroed", ClinicMatchKind.Name)]
    [InlineData("Kbh Ø", "oesterbro", ClinicMatchKind.Alias)]
    [InlineData("kbh. ø", "oesterbro", ClinicMatchKind.Alias)]
    [InlineData("København Ø", "oesterbro", ClinicMatchKind.Alias)]
    [InlineData("Østerbro", "oesterbro", ClinicMatchKind.Name)]
    [InlineData("Osterbro", "oesterbro", ClinicMatchKind.Name)]
    [InlineData("Kbh S", "amager", ClinicMatchKind.Alias)]
    [InlineData("Amagerbro", "amager", ClinicMatchKind.Alias)]
    [InlineData("Næstved", "naestved", ClinicMatchKind.Name)]
    [InlineData("Naestved", "naestved", ClinicMatchKind.Name)]
    [InlineData("Nastved", "naestved", ClinicMatchKind.Typo)]
    [InlineData("Hjoerring", "hjoerring", ClinicMatchKind.Name)]
    [InlineData("Ålborg", "aalborg", ClinicMatchKind.Name)]
    [InlineData("Odnese", "odense", ClinicMatchKind.Typo)]
    [InlineData("Holstebor", "holstebro", ClinicMatchKind.Typo)]
    [InlineData("Vejel", "vejle", ClinicMatchKind.Typo)]
    [InlineData("Frederiksbrg", "frederiksberg", ClinicMatchKind.Typo)]
    [InlineData("jeg bor i Roskilde", "roskilde", ClinicMatchKind.Name)]
    [InlineData("Hadersleben", "haderslev", ClinicMatchKind.Alias)]
    [InlineData("valby", "valby", ClinicMatchKind.Name)]
    [InlineData("Herning.", "herning", ClinicMatchKind.Name)]
    public void Find_NameAsTyped_FindsThatClinicFirst(string text, string id, ClinicMatchKind kind)
    {
        var matches = CreateSut().Find(text);

        matches.Should().NotBeEmpty();
        matches[0].Clinic.Id.Should().Be(id);
        matches[0].Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("København")]
    [InlineData("københavn")]
    [InlineData("Kobenhavn")]
    [InlineData("kbh")]
    [InlineData("Kbh.")]
    [InlineData("Copenhagen")]
    public void Find_Copenhagen_OffersTheFourCopenhagenClinics(string text)
    {
        var matches = CreateSut().Find(text);

        matches.Select(match => match.Clinic.Id).Should().BeEquivalentTo("oesterbro", "amager", "valby", "frederiksberg");
        matches.Should().OnlyContain(match => match.Kind == ClinicMatchKind.Alias);
    }

    [Fact]
    public void Find_Copenhagen_NearestToTheCityCentreFirst()
    {
        var sut = CreateSut();
        var centre = sut.Locate("København")!.Value;

        var distances = sut.Find("København").Select(match => match.Clinic.Location.DistanceKmTo(centre)).ToList();

        distances.Should().BeInAscendingOrder();
    }

    [Fact]
    public void Find_Aarhus_AarhusCThenRisskov()
    {
        var matches = CreateSut().Find("Aarhus");

        matches.Select(match => match.Clinic.Id).Should().Equal("aarhus-c", "risskov");
        matches[1].Kind.Should().Be(ClinicMatchKind.City);
    }

    [Fact]
    public void Find_TwoNames_BothInTheOrderWritten()
    {
        CreateSut().Find("Randers eller Vejle").Select(match => match.Clinic.Id).Should().Equal("randers", "vejle");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("xyz")]
    [InlineData("ved ikke")]
    [InlineData("Silkeborg")]
    [InlineData("Vejen")]
    [InlineData("Frederiksbjerg")]
    [InlineData("Paris")]
    [InlineData("2100")]
    public void Find_NoClinicNamed_Empty(string? text)
    {
        CreateSut().Find(text).Should().BeEmpty();
    }
}
