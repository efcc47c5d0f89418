using HeelBot.Recognizers.DateTimes;

namespace HeelBot.Recognizers.Tests.DateTimes;

/// <summary>English wishes against the same clock: Tuesday 24 November 2026, 09:30 in Copenhagen.</summary>
public sealed class DateTimeRecognizerEnglishTests
{
    private static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 24, 8, 30, 0, TimeSpan.Zero);

    [Theory]
    // The brief's own examples.
    [InlineData("tomorrow at 10", "2026-11-25..2026-11-25 10:00-10:00 -")]
    [InlineData("next Monday afternoon", "2026-11-30..2026-11-30 12:00-17:00 Afternoon")]
    [InlineData("on Tuesday morning", "2026-12-01..2026-12-01 09:00-12:00 Forenoon")]
    [InlineData("Dec 7 at 2pm", "2026-12-07..2026-12-07 14:00-14:00 -")]
    [InlineData("7 December", "2026-12-07..2026-12-07 *-* -")]
    [InlineData("12/7", "2027-07-12..2027-07-12 *-* -")]
    [InlineData("as soon as possible", "*..* *-* - asap")]
    [InlineData("this Friday", "2026-11-27..2026-11-27 *-* -")]
    [InlineData("next week", "2026-11-30..2026-12-06 *-* -")]
    [InlineData("in 3 days", "2026-11-27..2026-11-27 *-* -")]
    [InlineData("after 4 pm", "*..* 16:00-* -")]
    [InlineData("before noon", "*..* *-12:00 -")]
    [InlineData("at 8:15", "2026-11-25..2026-11-25 08:15-08:15 -")]
    [InlineData("any time", "*..* *-* -")]
    // Days.
    [InlineData("today", "2026-11-24..2026-11-24 *-* -")]
    [InlineData("the day after tomorrow", "2026-11-26..2026-11-26 *-* -")]
    [InlineData("tonight", "2026-11-24..2026-11-24 17:00-20:00 Evening")]
    [InlineData("tomorrow morning", "2026-11-25..2026-11-25 09:00-12:00 Forenoon")]
    [InlineData("Tomorow", "2026-11-25..2026-11-25 *-* -")]
    [InlineData("this Tuesday", "2026-11-24..2026-11-24 *-* -")]
    [InlineData("Tuesday at 4pm", "2026-11-24..2026-11-24 16:00-16:00 -")]
    [InlineData("Wednesday evening at 7", "2026-11-25..2026-11-25 19:00-19:00 Evening")]
    [InlineData("Saturday", "2026-11-28..2026-11-28 *-* -")]
    [InlineData("wednsday", "2026-11-25..2026-11-25 *-* -")]
    [InlineData("Thursday or Friday", "2026-11-26..2026-11-27 *-* -")]
    [InlineData("Monday next week", "2026-11-30..2026-11-30 *-* -")]
    [InlineData("2 p.m. on Friday", "2026-11-27..2026-11-27 14:00-14:00 -")]
    [InlineData("ten o'clock tomorrow", "2026-11-25..2026-11-25 10:00-10:00 -")]
    // Times.
    [InlineData("at 3", "2026-11-24..2026-11-24 15:00-15:00 -")]
    [InlineData("half past ten", "2026-11-24..2026-11-24 10:30-10:30 -")]
    [InlineData("quarter to 3", "2026-11-24..2026-11-24 14:45-14:45 -")]
    [InlineData("at 10am", "2026-11-24..2026-11-24 10:00-10:00 -")]
    [InlineData("at noon", "*..* 11:00-13:00 Noon")]
    [InlineData("between 2 and 4pm", "*..* 14:00-16:00 -")]
    [InlineData("from 9 to 11", "*..* 09:00-11:00 -")]
    [InlineData("at 10 or later", "*..* 10:00-* -")]
    [InlineData("not before 10", "*..* 10:00-* -")]
    [InlineData("no later than 3pm", "*..* *-15:00 -")]
    [InlineData("after work", "*..* 16:00-* -")]
    [InlineData("early morning", "*..* 07:00-10:00 Morning")]
    // Dates.
    [InlineData("December 7th", "2026-12-07..2026-12-07 *-* -")]
    [InlineData("the 7th of December", "2026-12-07..2026-12-07 *-* -")]
    [InlineData("7th December at 10am", "2026-12-07..2026-12-07 10:00-10:00 -")]
    [InlineData("12/7 at 10", "2027-07-12..2027-07-12 10:00-10:00 -")]
    [InlineData("2026-12-07", "2026-12-07..2026-12-07 *-* -")]
    [InlineData("Mon 7/12", "2026-12-07..2026-12-07 *-* -")]
    [InlineData("the first of December", "2026-12-01..2026-12-01 *-* -")]
    [InlineData("3 days from now", "2026-11-27..2026-11-27 *-* -")]
    // Weeks and months.
    [InlineData("early next week", "2026-11-30..2026-12-01 *-* -")]
    [InlineData("end of the week", "2026-11-26..2026-11-27 *-* -")]
    [InlineData("this weekend", "2026-11-28..2026-11-29 *-* -")]
    [InlineData("week 50", "2026-12-07..2026-12-13 *-* -")]
    [InlineData("in December", "2026-12-01..2026-12-31 *-* -")]
    [InlineData("in May", "2027-05-01..2027-05-31 *-* -")]
    [InlineData("late December", "2026-12-21..2026-12-31 *-* -")]
    [InlineData("next month", "2026-12-01..2026-12-31 *-* -")]
    [InlineData("in two weeks", "2026-12-08..2026-12-08 *-* -")]
    [InlineData("in a week", "2026-12-01..2026-12-01 *-* -")]
    [InlineData("within a week", "2026-11-24..2026-12-01 *-* -")]
    [InlineData("after Christmas", "2026-12-27..* *-* -")]
    [InlineData("by Friday", "*..2026-11-27 *-* -")]
    // Soonest, open, and in a sentence.
    [InlineData("asap please", "*..* *-* - asap")]
    [InlineData("first available", "*..* *-* - asap")]
    [InlineData("whenever", "*..* *-* -")]
    [InlineData("sometime next week, preferably in the afternoon", "2026-11-30..2026-12-06 12:00-17:00 Afternoon")]
    [InlineData("I can't do Monday but Wednesday works", "2026-11-25..2026-11-25 *-* -")]
    public void RecognizeAppointment_EnglishWish_ResolvesAgainstTuesdayMorning(string text, string expected) =>
        AppointmentWishFormat.Describe(DateTimeRecognizer.RecognizeAppointment(text, Culture.English, TuesdayMorning)).Should().Be(expected);

    [Theory]
    [InlineData("I don't know")]
    [InlineData("my heel hurts")]
    [InlineData("no")]
    [InlineData("yes")]
    [InlineData("3")]
    [InlineData("I've had it for 3 weeks")]
    [InlineData("since Monday")]
    [InlineData("yesterday")]
    [InlineData("not Monday")]
    [InlineData("I can't do Tuesday")]
    [InlineData("I may be late")]
    [InlineData("hello")]
    public void RecognizeAppointment_EnglishNonWish_ReturnsNull(string text) =>
        DateTimeRecognizer.RecognizeAppointment(text, Culture.English, TuesdayMorning).Should().BeNull();
}
