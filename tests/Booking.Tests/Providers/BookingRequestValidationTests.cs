using HeelBot.Booking.Tests.Support;
using HeelBot.Bot.Booking;
using HeelBot.Dialogs.Booking;
using Moq;

namespace HeelBot.Booking.Tests.Providers;

/// <summary>Mistakes in what the dialog passes are argument errors, never a silent booking; none echoes the person's data.</summary>
public sealed class BookingRequestValidationTests : IDisposable
{
    private readonly SqliteBookingStore _store = new("Data Source=:memory:", TimeProvider.System);
    private readonly BookingHarness _harness;

    public BookingRequestValidationTests() => _harness = new BookingHarness(_store);

    [Fact]
    public async Task BookAsync_BuiltinWithoutContact_ArgumentException()
    {
        var slot = (await _harness.SoonestAsync(1))[0];

        var act = () => _harness.Provider.BookAsync(new BookingRequest(slot.ClinicId, slot.Id, BookingHarness.Person(), "da"));

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*contact*");
    }

    [Fact]
    public async Task BookAsync_PhoneNotE164_ArgumentExceptionWithoutTheNumber()
    {
        var slot = (await _harness.SoonestAsync(1))[0];

        var act = () => _harness.Provider.BookAsync(BookingHarness.Request(slot, contact: BookingHarness.Contact(phone: "22 33 44 55")));

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("E.164").And.NotContain("22 33");
    }

    [Theory]
    [InlineData("andenby", "testby.anne.20260323T0800Z")]
    [InlineData("testby", "not-a-slot")]
    [InlineData("nowhere", "nowhere.anne.20260323T0800Z")]
    public async Task BookAsync_SlotOfAnotherClinicOrUnknown_ArgumentException(string clinicId, string slotId)
    {
        var act = () => _harness.Provider.BookAsync(new BookingRequest(clinicId, slotId, BookingHarness.Person(), "da") { Contact = BookingHarness.Contact() });

        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task BookAsync_UnsupportedLanguage_ArgumentException()
    {
        var slot = (await _harness.SoonestAsync(1))[0];

        var act = () => _harness.Provider.BookAsync(BookingHarness.Request(slot) with { Language = "de" });

        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task BookAsync_TimeNotInTheSchedule_SlotTakenWithRealTimes()
    {
        // 08:15 is between two slots; Carl does not work at "testby".
        var odd = new BookingRequest(TestSchedules.Clinic, BookingSlotId.Format(TestSchedules.Clinic, "anne", TestSchedules.Local(3, 24, 8, 15)), BookingHarness.Person(), "da") { Contact = BookingHarness.Contact() };
        var stranger = odd with { SlotId = BookingSlotId.Format(TestSchedules.Clinic, "carl", TestSchedules.Local(3, 24, 9)) };

        var oddResult = await _harness.Provider.BookAsync(odd);
        var strangerResult = await _harness.Provider.BookAsync(stranger);

        oddResult.Should().BeOfType<BookingResult.SlotTaken>().Which.Alternatives.Should().NotBeEmpty();
        strangerResult.Should().BeOfType<BookingResult.SlotTaken>();
        (await _harness.Provider.FindByPersonAsync(BookingHarness.Person())).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task FindSlotsAsync_MaxCountBelowOne_ArgumentException(int maxCount)
    {
        var act = () => _harness.Provider.FindSlotsAsync(new SlotQuery(TestSchedules.Clinic) { MaxCount = maxCount });

        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task FindSlotsAsync_DatabaseDown_OffersTimesFromTheOpeningHours()
    {
        _harness.Store.Down = true;

        var slots = await _harness.SoonestAsync(2);

        slots.Select(slot => slot.Start).Should().Equal(TestSchedules.Local(3, 23, 9), TestSchedules.Local(3, 23, 9, 30));
        _harness.Logs.Lines.Should().Contain(line => line.Contains("opening hours", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindByPersonAsync_DatabaseDown_BookingUnavailableException()
    {
        var failing = new Mock<IBookingStore>();
        failing.Setup(store => store.FindAppointmentsByPersonAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException());
        using var harness = new BookingHarness(failing.Object);

        var act = () => harness.Provider.FindByPersonAsync(BookingHarness.Person());

        await act.Should().ThrowAsync<BookingUnavailableException>();
        failing.Verify(store => store.FindAppointmentsByPersonAsync(BookingHarness.Person().Value, It.IsAny<CancellationToken>()), Times.Exactly(2), "one quick retry");
    }

    public void Dispose()
    {
        _harness.Dispose();
        _store.Dispose();
    }
}
