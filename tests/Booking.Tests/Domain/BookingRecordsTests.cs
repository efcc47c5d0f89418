using HeelBot.Booking.Tests.Support;
using HeelBot.Bot.Booking;
using HeelBot.Dialogs.Booking;

namespace HeelBot.Booking.Tests.Domain;

/// <summary>Slot ids, phone numbers, and records that must not print personal data when someone logs them.</summary>
public sealed class BookingRecordsTests
{
    [Fact]
    public void BookingSlotId_FormatThenParse_RoundTrips()
    {
        var start = new DateTimeOffset(2026, 3, 30, 9, 30, 0, TimeSpan.FromHours(2));

        var builtin = BookingSlotId.Format("aarhus-c", "anne", start);
        var linkOut = BookingSlotId.Format("hjoerring", null, start);

        builtin.Should().Be("aarhus-c.anne.20260330T0730Z");
        linkOut.Should().Be("hjoerring.20260330T0730Z");
        BookingSlotId.TryParse(builtin, out var parsed).Should().BeTrue();
        parsed.Should().Be(new BookingSlotId("aarhus-c", "anne", start));
        BookingSlotId.TryParse(linkOut, out var parsedLinkOut).Should().BeTrue();
        parsedLinkOut!.PractitionerId.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("aarhus-c")]
    [InlineData("Aarhus.anne.20260330T0730Z")]
    [InlineData("aarhus-c.anne.20260330")]
    [InlineData("a.b.c.20260330T0730Z")]
    public void BookingSlotId_TryParse_RejectsWhatIsNotAnId(string text) =>
        BookingSlotId.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("+4522334455", true)]
    [InlineData("+441632960961", true)]
    [InlineData("22334455", false)]
    [InlineData("+45 22 33 44 55", false)]
    [InlineData("+0522334455", false)]
    [InlineData("", false)]
    public void IsE164_PhoneNumbers(string phone, bool expected) => BookingContact.IsE164(phone).Should().Be(expected);

    [Fact]
    public void ToString_RecordsWithPersonalData_PrintNoneOfIt()
    {
        var contact = BookingHarness.Contact();
        var request = new BookingRequest("testby", "testby.anne.20260323T0800Z", BookingHarness.Person(), "da") { Contact = contact, Triage = BookingHarness.Triage() };
        var stored = new StoredBookingRequest
        {
            RequestId = "RQ-ACDEFGHJKM",
            PersonKey = BookingHarness.Person().Value,
            ClinicId = "testby",
            PractitionerId = "anne",
            StartsAt = TestSchedules.Monday,
            EndsAt = TestSchedules.Monday,
            ContactName = contact.Name,
            ContactPhone = contact.Phone,
            Language = "da",
            NextAttemptAt = TestSchedules.Monday,
            CreatedAt = TestSchedules.Monday,
            UpdatedAt = TestSchedules.Monday,
        };

        var printed = string.Join('\n', contact.ToString(), request.ToString(), BookingHarness.Triage().ToString(), stored.ToString());

        printed.Should().NotContain("Karen").And.NotContain("22334455").And.NotContain("example.dk").And.NotContain("Under").And.NotContain("47");
        printed.Should().Contain("RQ-ACDEFGHJKM").And.Contain("testby");
    }

    [Fact]
    public void TriageSummaryJson_Serialize_UsesTheConversationsWireNames()
    {
        var json = TriageSummaryJson.Serialize(BookingHarness.Triage() with { Timing = HeelBot.Dialogs.Triage.PainTiming.AfterActivity, Disposition = HeelBot.Dialogs.Triage.Disposition.SelfCare });

        json.Should().Be("""{"location":"under","timing":"after_activity","durationWeeks":8,"age":47,"redFlags":{"infection":"no","neuro":"unsure"},"disposition":"selfcare","rulesVersion":"2026.11.1"}""");
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 10)]
    [InlineData(40, 10)]
    public void DelayAfter_Attempts_DoublesUpToTheMaximum(int attempts, int expectedMinutes)
    {
        var options = new BookingRetryOptions { FirstDelay = TimeSpan.FromMinutes(1), MaxDelay = TimeSpan.FromMinutes(10) };

        options.DelayAfter(attempts).Should().Be(TimeSpan.FromMinutes(expectedMinutes));
    }
}
