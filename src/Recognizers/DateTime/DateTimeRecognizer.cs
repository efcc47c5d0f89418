using HeelBot.Recognizers.Duration;
using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Number;

namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// Understands when a person would like an appointment, in Danish and English: "i morgen kl 10", "tirsdag formiddag",
/// "sidst på ugen", "hurtigst muligt", "next Monday afternoon", "Dec 7 at 2pm", "after 4 pm". Everything is read in
/// Danish local time (Europe/Copenhagen, summer time included) from a reference instant the caller passes in
/// (<c>TimeProvider.GetUtcNow()</c>); the clock is never read here.
/// </summary>
/// <remarks>
/// Rules a person expects:
/// <list type="bullet">
/// <item>Numeric dates are day then month in both languages ("12/7" is the 12th of July): the clinics are Danish.</item>
/// <item>A date without a year that has passed this year is next year's ("3. januar" said in November).</item>
/// <item>"kl 10" alone is the next 10:00 still ahead: today before ten, tomorrow after.</item>
/// <item>An hour from 1 to 6 without am/pm is in the afternoon ("kl 3" is 15:00): the clinics open 07–20.
/// With "om aftenen"/"evening" any hour up to 11 is evening; with a morning part it stays in the morning.</item>
/// <item>A weekday is the coming one. Said on that same weekday it is next week's, unless "denne"/"this" is said or a
/// clock time later today is given ("tirsdag kl 16" said on Tuesday morning is this afternoon).</item>
/// <item>"næste mandag" is the coming Monday, like "mandag"; "mandag i næste uge" is the Monday of next week.</item>
/// <item>Weeks run Monday–Sunday; "sidst på ugen" is Thursday–Friday, "weekend" Saturday–Sunday (whether the clinics
/// have weekend slots is for the booking code to say).</item>
/// <item>A bare number ("2") is no time: on SMS it is the number of a choice. "i morgen 10" is.</item>
/// <item>A day or time right after "ikke"/"not" is ruled out and dropped: "kan ikke i morgen, men fredag" is Friday, and
/// "kan ikke på mandag" alone is no wish (null), so the bot asks again. "ikke før kl 16" is a bound, "det haster ikke" any time.</item>
/// <item>Past days ("i går", "siden mandag", "last week") are no wish.</item>
/// </list>
/// The recogniser reads any text, so "ondt om morgenen" is a morning wish: call it where the bot has asked for a time.
/// </remarks>
public static class DateTimeRecognizer
{
    /// <summary>Europe/Copenhagen: the zone every date and time in an <see cref="AppointmentWish"/> is in.</summary>
    public static TimeZoneInfo DanishTimeZone { get; } = CopenhagenZone.Load();

    /// <summary>
    /// The appointment wish in <paramref name="text"/>, or null when the text says nothing about when
    /// ("jeg ved det ikke", "ondt i hælen") or only rules out what it names ("ikke mandag").
    /// </summary>
    /// <param name="text">What the person wrote.</param>
    /// <param name="culture">"da" or "en" (anything else reads as Danish).</param>
    /// <param name="reference">Now, as an instant; it is read in Danish local time.</param>
    public static AppointmentWish? RecognizeAppointment(string? text, string culture, DateTimeOffset reference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(reference, DanishTimeZone).DateTime;
        var today = DateOnly.FromDateTime(local);
        var now = TimeOnly.FromDateTime(local);
        var context = new ParseContext(
            Tokenizer.Tokenize(text),
            DateTimeVocabulary.For(culture),
            NumberVocabulary.For(culture),
            DurationVocabulary.For(culture),
            today,
            now);
        return new AppointmentParser(context).Parse().Build(today, now);
    }
}
