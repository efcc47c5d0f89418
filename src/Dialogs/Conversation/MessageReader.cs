using HeelBot.Dialogs.Content;
using HeelBot.Dialogs.Understanding;
using HeelBot.Recognizers.Language;

namespace HeelBot.Dialogs.Conversation;

/// <summary>Reads every message once, before any dialog runs: which language it is in, and which facts it holds.</summary>
public sealed class MessageReader(FactExtractor extractor, TimeProvider timeProvider)
{
    /// <summary>The content language for an activity locale ("en-US" → en); Danish otherwise.</summary>
    public string LanguageOf(string? locale) => ContentLanguage.NormalizeOrDefault(locale);

    /// <summary>
    /// The language to answer in: the text's own language when it is clear, else the activity's locale
    /// at the start, else the conversation's current language (short answers like "ok" or "3" keep it).
    /// </summary>
    public string Language(string text, string? locale, string current)
    {
        var detected = LanguageDetector.Detect(text);
        if (detected is { } found && ContentLanguage.TryNormalize(found.Language, out var language))
        {
            return language;
        }

        return current;
    }

    /// <summary>
    /// Adds what this message says to the session's facts (a mention never undoes an earlier "yes"), and
    /// notes red flags it mentions unclearly so they are asked about.
    /// </summary>
    public void Read(string text, TriageSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.PendingChoiceTitles.Any(title => AnswerUnderstanding.IsExactly(text, new Builder.Choices.Choice(title))))
        {
            return;
        }

        session.Place = PlaceMention.Find(text) ?? session.Place;

        var extracted = extractor.Extract(text, session.Language, Today());
        if (session.PendingSlot == Slots.Age)
        {
            extracted = AgeAnswer.Apply(text, session.Language, extracted, session.PendingNumberedChoices);
        }

        // A booking answer ("i morgen kl 10", "om 3 uger", a name) is no news about the heel's place, timing or
        // duration; a red flag in it still counts, so a new fever mid-booking still sends the person to care first.
        if (Slots.TakesBookingDetails(session.PendingSlot))
        {
            extracted = ExtractedFacts.Empty with { Flags = extracted.Flags, Unclear = extracted.Unclear, Evidence = extracted.Evidence };
        }

        session.Facts = extracted.ApplyTo(session.Facts);
        session.UnclearFlags.AddRange(extracted.Unclear.Where(id => !session.Facts.Knows(id) && !session.UnclearFlags.Contains(id)));
    }

    public DateOnly Today() => DanishTime.Today(timeProvider);
}
