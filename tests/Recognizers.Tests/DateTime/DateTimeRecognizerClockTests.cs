using System.Globalization;
using HeelBot.Recognizers.DateTimes;

namespace HeelBot.Recognizers.Tests.DateTimes;

/// <summary>
/// Danish local time from a UTC instant: the summer-time changes (29 March and 25 October 2026, at 01:00 UTC) and
/// New Year. Each row would resolve differently if the reference were read with a fixed offset.
/// </summary>
public sealed class DateTimeRecognizerClockTests
{
    [Theory]
    // Saturday 28 March, 09:30 CET: ten o'clock is still ahead today.
    [InlineData("2026-03-28T08:30:00Z", "kl 10", "2026-03-28..2026-03-28 10:00-10:00 -")]
    // Sunday 29 March, 08:30 UTC is 10:30 CEST (summer time began at 01:00 UTC): ten o'clock has passed.
    [InlineData("2026-03-29T08:30:00Z", "kl 10", "2026-03-30..2026-03-30 10:00-10:00 -")]
    // Sunday 29 March, 22:30 UTC is already Monday 00:30 CEST.
    [InlineData("2026-03-29T22:30:00Z", "i dag", "2026-03-30..2026-03-30 *-* -")]
    [InlineData("2026-03-29T22:30:00Z", "i morgen", "2026-03-31..2026-03-31 *-* -")]
    // Saturday 24 October, 21:30 UTC is 23:30 CEST: tomorrow is Sunday.
    [InlineData("2026-10-24T21:30:00Z", "i morgen", "2026-10-25..2026-10-25 *-* -")]
    // Sunday 25 October, 08:30 UTC is 09:30 CET (summer time ended at 01:00 UTC): ten o'clock is still ahead.
    [InlineData("2026-10-25T08:30:00Z", "kl 10", "2026-10-25..2026-10-25 10:00-10:00 -")]
    // Sunday 25 October, 22:30 UTC is 23:30 CET, still Sunday.
    [InlineData("2026-10-25T22:30:00Z", "i morgen", "2026-10-26..2026-10-26 *-* -")]
    [InlineData("2026-10-25T22:30:00Z", "i næste uge", "2026-10-26..2026-11-01 *-* -")]
    [InlineData("2026-10-25T22:30:00Z", "mandag", "2026-10-26..2026-10-26 *-* -")]
    // New Year's Eve, 23:30 in Copenhagen (22:30 UTC).
    [InlineData("2026-12-31T22:30:00Z", "i dag", "2026-12-31..2026-12-31 *-* -")]
    [InlineData("2026-12-31T22:30:00Z", "i morgen", "2027-01-01..2027-01-01 *-* -")]
    [InlineData("2026-12-31T22:30:00Z", "3. januar", "2027-01-03..2027-01-03 *-* -")]
    [InlineData("2026-12-31T22:30:00Z", "30. december", "2027-12-30..2027-12-30 *-* -")]
    [InlineData("2026-12-31T22:30:00Z", "1/1", "2027-01-01..2027-01-01 *-* -")]
    [InlineData("2026-12-31T22:30:00Z", "i næste uge", "2027-01-04..2027-01-10 *-* -")]
    [InlineData("2026-12-31T22:30:00Z", "uge 1", "2027-01-04..2027-01-10 *-* -")]
    [InlineData("2026-12-31T22:30:00Z", "uge 53", "2026-12-31..2027-01-03 *-* -")]
    [InlineData("2026-12-31T22:30:00Z", "i januar", "2027-01-01..2027-01-31 *-* -")]
    [InlineData("2026-12-31T22:30:00Z", "next month", "2027-01-01..2027-01-31 *-* -")]
    // 23:30 UTC on New Year's Eve is already 1 January in Copenhagen.
    [InlineData("2026-12-31T23:30:00Z", "i dag", "2027-01-01..2027-01-01 *-* -")]
    [InlineData("2026-12-31T23:30:00Z", "tomorrow", "2027-01-02..2027-01-02 *-* -")]
    public void RecognizeAppointment_AroundClockChanges_UsesDanishLocalTime(string utc, string text, string expected)
    {
        var reference = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var culture = text is "next month" or "tomorrow" ? Culture.English : Culture.Danish;

        var wish = DateTimeRecognizer.RecognizeAppointment(text, culture, reference);

        AppointmentWishFormat.Describe(wish).Should().Be(expected);
    }

    [Fact]
    public void DanishTimeZone_SummerAndWinter_HasCopenhagenOffsets()
    {
        var zone = DateTimeRecognizer.DanishTimeZone;

        zone.GetUtcOffset(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero)).Should().Be(TimeSpan.FromHours(2));
        zone.GetUtcOffset(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)).Should().Be(TimeSpan.FromHours(1));
    }
}
