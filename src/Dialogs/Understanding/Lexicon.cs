using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Phrases;

namespace HeelBot.Dialogs.Understanding;

/// <summary>
/// The phrases of one language (content/lexicon/&lt;language&gt;.yml), compiled for matching. The phrase lists are
/// data so a clinician can review and extend them without touching code; see the file header for the syntax.
/// </summary>
public sealed class Lexicon
{
    internal Lexicon(
        string language,
        IReadOnlyList<LexiconEntry> entries,
        PhraseMatcher<LexiconHit> matcher,
        PhraseMatcher<LexiconEntry?> exclusions,
        WordTable<bool> otherDurationWords,
        IReadOnlyList<CombineRule> combineRules,
        IReadOnlyDictionary<MarkerKind, PhraseMatcher<bool>> markers)
    {
        Markers = markers;
        Language = language;
        Entries = entries;
        Matcher = matcher;
        Exclusions = exclusions;
        OtherDurationWords = otherDurationWords;
        CombineRules = combineRules;
    }

    public string Language { get; }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    public IReadOnlyList<CombineRule> CombineRules { get; }

    /// <summary>Every phrase and absent phrase of every entry.</summary>
    internal PhraseMatcher<LexiconHit> Matcher { get; }

    /// <summary>Phrases that are not mentions: keyed null for the whole file (<c>ignore</c>), or an entry for its own <c>not</c> list.</summary>
    internal PhraseMatcher<LexiconEntry?> Exclusions { get; }

    /// <summary>Words that make a nearby duration about something else than the pain ("har løbet i 10 år").</summary>
    internal WordTable<bool> OtherDurationWords { get; }

    /// <summary>Plain phrase lists by kind: pain words, things a place can belong to, corrections, "all of them"…</summary>
    internal IReadOnlyDictionary<MarkerKind, PhraseMatcher<bool>> Markers { get; }

    /// <summary>Reads a lexicon file; a mistake in it throws <see cref="FormatException"/> naming the file and line.</summary>
    public static Lexicon Parse(string yaml, string sourceName) => LexiconParser.Parse(yaml, sourceName);
}
