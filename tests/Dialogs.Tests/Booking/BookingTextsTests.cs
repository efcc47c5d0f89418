using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Tests.Chat;

namespace HeelBot.Dialogs.Tests.Booking;

public sealed class BookingTextsTests
{
    [Theory]
    [InlineData("2026-11-24T10:00:00+01:00", "da", "tirsdag 24. november kl. 10.00")]
    [InlineData("2026-11-24T10:00:00+01:00", "en", "Tuesday 24 November at 10:00")]
    [InlineData("2026-11-23T07:30:00+01:00", "da", "mandag 23. november kl. 7.30")]
    [InlineData("2027-01-01T16:05:00+01:00", "en", "Friday 1 January at 16:05")]
    public void Time_LocalStart_IsWrittenInTheLanguage(string start, string language, string expected)
    {
        BookingTexts.Time(BotHarness.Catalog, language, DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(expected);
    }

    [Theory]
    [InlineData("2027-06-01T08:30:00Z", "da", "tirsdag 1. juni kl. 10.30")]
    [InlineData("2026-11-24T09:00:00Z", "da", "tirsdag 24. november kl. 10.00")]
    [InlineData("2027-03-28T23:15:00Z", "en", "Monday 29 March at 1:15")]
    public void Time_InstantInUtc_IsShownInDanishLocalTime(string start, string language, string expected)
    {
        BookingTexts.Time(BotHarness.Catalog, language, DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(expected, "summer time is +02:00 and winter time +01:00");
    }

    [Fact]
    public void TimeWithPractitioner_SlotWithPractitioner_NamesThem()
    {
        var start = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1));
        var slot = new BookingSlot("aarhus-c.anne.20261124T0900Z", "aarhus-c", "anne", "Anne", start, start.AddMinutes(30), BookingMode.Builtin);

        BookingTexts.TimeWithPractitioner(BotHarness.Catalog, "da", slot).Should().Be("tirsdag 24. november kl. 10.00 hos Anne");
        BookingTexts.TimeWithPractitioner(BotHarness.Catalog, "en", slot with { PractitionerName = null }).Should().Be("Tuesday 24 November at 10:00");
    }
}
