using HeelBot.Booking.Tests.Support;
using HeelBot.Bot.Booking;
using HeelBot.Dialogs.Booking;

namespace HeelBot.Booking.Tests.Providers;

/// <summary>Link-out clinics, and how Booking:Provider decides which clinics the bot books at all.</summary>
public sealed class LinkOutBookingTests : IDisposable
{
    private readonly SqliteBookingStore _store = new("Data Source=:memory:", TimeProvider.System);
    private readonly BookingHarness _harness;

    public LinkOutBookingTests() => _harness = new BookingHarness(_store);

    [Fact]
    public async Task BookAsync_LinkOutClinic_LinkWithClinicDateAndLocalTimeAndNothingStored()
    {
        // Arrange
        var slot = (await _harness.SoonestAsync(1, TestSchedules.LinkOutClinic))[0];
        var request = new BookingRequest(slot.ClinicId, slot.Id, BookingHarness.Person(), "da");

        // Act
        var result = await _harness.Provider.BookAsync(request);

        // Assert
        slot.Should().Match<BookingSlot>(s => s.Mode == BookingMode.LinkOut && s.PractitionerId == null && s.Start == TestSchedules.Local(3, 23, 9));
        var link = result.Should().BeOfType<BookingResult.LinkOut>().Subject;
        link.Url.AbsoluteUri.Should().Be("https://booking.example.dk/linkby?date=2026-03-23&time=09%3A00");
        link.Slot.Id.Should().Be(slot.Id);
        (await _harness.Provider.FindByPersonAsync(BookingHarness.Person())).Should().BeEmpty();
        (await _harness.Provider.FindPendingByPersonAsync(BookingHarness.Person())).Should().BeEmpty();
    }

    [Fact]
    public async Task BookAsync_LinkOutInSummerTime_LinkCarriesTheDanishClockTime()
    {
        var slot = (await _harness.Provider.FindSlotsAsync(new SlotQuery(TestSchedules.LinkOutClinic) { Wish = TestSchedules.Local(3, 30, 10), MaxCount = 1 }))[0];

        var result = await _harness.Provider.BookAsync(new BookingRequest(slot.ClinicId, slot.Id, BookingHarness.Person(), "en") { Contact = BookingHarness.Contact(), Triage = BookingHarness.Triage() });

        var url = result.Should().BeOfType<BookingResult.LinkOut>().Subject.Url.AbsoluteUri;
        url.Should().Be("https://booking.example.dk/linkby?date=2026-03-30&time=10%3A00");
        url.Should().NotContain("Karen").And.NotContain("2233").And.NotContain("under", "a link never carries personal or health data");
    }

    [Fact]
    public async Task BookAsync_LinkOutProviderOnBuiltinClinic_NeverALink()
    {
        var slot = (await _harness.SoonestAsync(1))[0];
        var linkOut = new LinkOutBookingProvider(_harness.Schedule, _harness.Clock);

        var result = await linkOut.BookAsync(BookingHarness.Request(slot));

        result.Should().Be(new BookingResult.NotBookable(TestSchedules.Clinic));
        linkOut.GetMode(TestSchedules.Clinic).Should().Be(BookingMode.None);
        (await linkOut.FindSlotsAsync(new SlotQuery(TestSchedules.Clinic))).Should().BeEmpty();
    }

    [Fact]
    public async Task GetMode_BookingProviderSetting_DecidesWhichClinicsAreBookable()
    {
        using var linkOutOnly = new BookingHarness(new SqliteBookingStore("Data Source=:memory:", TimeProvider.System), BookingProviderKind.LinkOut);
        var builtinSlot = (await _harness.SoonestAsync(1))[0];

        // Builtin (default): each clinic as schedule.yml says.
        _harness.Provider.GetMode(TestSchedules.Clinic).Should().Be(BookingMode.Builtin);
        _harness.Provider.GetMode(TestSchedules.LinkOutClinic).Should().Be(BookingMode.LinkOut);
        _harness.Provider.GetMode("nowhere").Should().Be(BookingMode.None);

        // LinkOut: built-in clinics are not bookable through the bot, link-out ones still are.
        linkOutOnly.Provider.GetMode(TestSchedules.Clinic).Should().Be(BookingMode.None);
        linkOutOnly.Provider.GetMode(TestSchedules.LinkOutClinic).Should().Be(BookingMode.LinkOut);
        (await linkOutOnly.SoonestAsync(3)).Should().BeEmpty();
        (await linkOutOnly.SoonestAsync(3, TestSchedules.LinkOutClinic)).Should().HaveCount(3);
        (await linkOutOnly.Provider.BookAsync(BookingHarness.Request(builtinSlot))).Should().Be(new BookingResult.NotBookable(TestSchedules.Clinic));
    }

    [Fact]
    public async Task BookAsync_PastLinkOutTime_OffersOtherTimesInstead()
    {
        var slot = (await _harness.SoonestAsync(1, TestSchedules.LinkOutClinic))[0];
        _harness.Clock.Advance(TimeSpan.FromHours(3));

        var result = await _harness.Provider.BookAsync(new BookingRequest(slot.ClinicId, slot.Id, BookingHarness.Person(), "da"));

        result.Should().BeOfType<BookingResult.SlotTaken>().Which.Alternatives.Should().NotBeEmpty().And.OnlyContain(alternative => alternative.Start > slot.Start);
    }

    public void Dispose()
    {
        _harness.Dispose();
        _store.Dispose();
    }
}
