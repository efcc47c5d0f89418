using System.Globalization;
using HeelBot.Dialogs.Triage;
using HeelBot.Recognizers;
using HeelBot.Recognizers.Duration;
using HeelBot.Recognizers.Normalization;

namespace HeelBot.Dialogs.Understanding;

/// <summary>
/// Picks how long the pain has lasted from the spans a message gives. People give spans of other things too ("feber i
/// 2 dage", "har løbet i 10 år", "sidste gang for 2 år siden") and correct themselves ("3 uger, nej vent, 2 måneder");
/// a span that may be about something else is left out, so the dialog asks rather than guesses.
/// </summary>
internal static class DurationChoice
{
    /// <summary>Words between a duration and a word that makes it about something else ("har løbet i 10 år").</summary>
    private const int OtherDurationReach = 4;

    /// <summary>How far around a span to look for what it is about: the pain, or a red flag.</summary>
    private const int AboutReach = 6;

    /// <summary>Flags whose start is the start of the pain: "faldt i går", "I fell 3 days ago".</summary>
    private static readonly HashSet<string> Onsets = [RedFlagIds.Trauma, RedFlagIds.Rupture, SignIds.Deformity];

    /// <summary>The lexicon entry name for an earlier bout of the same pain ("haft det før", "had the same thing").</summary>
    private const string EarlierBout = "earlier_bout";

    /// <summary>
    /// The longest past span about the pain, since the pain has lasted at least that long; after a correction
    /// ("nej vent", "I meant") the span that follows replaces those before it. Future spans ("om 2 uger"), ages,
    /// denied spans and spans about something else are left out. Each span counted is noted as evidence.
    /// </summary>
    public static double? Read(Reading reading, DateOnly today)
    {
        double? chosen = null;
        var counted = new List<(ModelResult Result, FactEvidence Evidence)>();
        foreach (var duration in DurationRecognizer.RecognizeDuration(reading.Text, reading.Lexicon.Language, today))
        {
            if (duration.Get<double?>("weeks") is not { } weeks || duration.Get<bool>("future") || !Counts(reading, duration))
            {
                continue;
            }

            if (counted.Count > 0 && CorrectionBetween(reading, counted[^1].Result.End, duration.Start))
            {
                reading.Evidence.RemoveAll(e => counted.Any(c => ReferenceEquals(c.Evidence, e)));
                counted.Clear();
                chosen = null;
            }

            chosen = chosen is null || weeks > chosen ? weeks : chosen;
            var evidence = Note(reading, weeks, duration.Text, duration.Start, duration.End);
            counted.Add((duration, evidence));
        }

        if (counted.Count > 0 && CorrectedByBareNumber(reading, counted[^1].Result) is { } corrected)
        {
            reading.Evidence.RemoveAll(e => counted.Any(c => ReferenceEquals(c.Evidence, e)));
            chosen = corrected;
        }

        return chosen;
    }

    private static bool Counts(Reading reading, ModelResult duration)
    {
        var (first, last) = TokenSpan(reading.Tokens, duration.Start, duration.End);
        return first >= 0
            && !reading.AgeSpans.Any(a => a.Start <= duration.End && duration.Start <= a.End)
            && !PartOfAPhrase(reading, duration, last)
            && !AfterAnEarlierBout(reading, first)
            && !DenialWords.Precede(reading.Tokens, first)
            && !AboutSomethingElse(reading, duration, first, last)
            && !AboutAFlag(reading, first, last);
    }

    /// <summary>
    /// "har løbet i 10 år", "pregnant (30 weeks)" (a word of something else shortly before), or "started running in
    /// March" (a span counted from a verb, over a clause about something else than the pain).
    /// </summary>
    private static bool AboutSomethingElse(Reading reading, ModelResult duration, int first, int last)
    {
        var words = 0;
        for (var j = first - 1; j >= 0 && words < OtherDurationReach; j--)
        {
            var token = reading.Tokens[j];
            if (token.Kind == TokenKind.Punctuation && token.Text is not ("(" or ")"))
            {
                break;
            }

            if (token.IsWord)
            {
                if (reading.Lexicon.OtherDurationWords.Contains(token))
                {
                    return true;
                }

                words++;
            }
        }

        return duration.Get<bool>("sinceVerb")
            && reading.Tokens.Skip(first + 1).Take(last - first).Any(t => t.IsWord && reading.Lexicon.OtherDurationWords.Contains(t));
    }

    /// <summary>
    /// "har haft feber i 2 dage", "rød og hævet i 4 dage": a span next to a red flag and no word of pain is how long
    /// that sign has lasted, not the pain. An injury is the exception: its date is when the pain began.
    /// </summary>
    private static bool AboutAFlag(Reading reading, int first, int last)
    {
        var from = first;
        for (var words = 0; from > 0 && words < AboutReach && !reading.Tokens[from - 1].IsHardBreak; from--)
        {
            words += reading.Tokens[from - 1].IsWord ? 1 : 0;
        }

        var to = last;
        for (var words = 0; to + 1 < reading.Tokens.Count && words < AboutReach && reading.Tokens[to + 1].Kind != TokenKind.Punctuation; to++)
        {
            words += reading.Tokens[to + 1].IsWord ? 1 : 0;
        }

        var near = reading.FlagMentions.Where(m => m.FirstToken <= to && from <= m.LastToken).ToList();
        if (near.Count == 0 || near.Any(m => Onsets.Contains(m.Id)))
        {
            return false;
        }

        return !reading.Markers(MarkerKind.Pain).Any(p => p.FirstToken <= to && from <= p.LastToken);
    }

    /// <summary>
    /// The span's own time words belong to a phrase the lexicon reads as something else: "haft det for 2 år siden"
    /// (an earlier bout), "værre dag for dag" (worsening), "dagen efter" (timing). A mention merely inside a "since"
    /// clause does not count ("since he fell on Saturday"), nor an injury ("siden faldet i sommer" dates the pain).
    /// </summary>
    private static bool PartOfAPhrase(Reading reading, ModelResult duration, int last)
    {
        var timeStart = reading.Tokens[last].Start;
        return reading.Evidence.Any(e => e.Fact is not ("duration" or "age" or "location") && !Onsets.Contains(e.Fact)
            && e.Start <= duration.End && timeStart <= e.End);
    }

    /// <summary>"had the same thing 2 years ago", "haft det samme for 2 år siden": the span of an earlier bout.</summary>
    private static bool AfterAnEarlierBout(Reading reading, int first)
    {
        var words = 0;
        for (var j = first - 1; j >= 0 && words <= OtherDurationReach && reading.Tokens[j].Kind != TokenKind.Punctuation; j--)
        {
            if (reading.Named.Any(m => m.Name == EarlierBout && m.FirstToken <= j && j <= m.LastToken))
            {
                return true;
            }

            words += reading.Tokens[j].IsWord ? 1 : 0;
        }

        return false;
    }

    private static bool CorrectionBetween(Reading reading, int afterChar, int beforeChar) =>
        reading.Markers(MarkerKind.Correction).Any(m => m.Start > afterChar && m.End < beforeChar);

    /// <summary>"3 weeks, no wait, more like 5": a bare number after a correction, in the unit of the span before it.</summary>
    private static double? CorrectedByBareNumber(Reading reading, ModelResult before)
    {
        if (before.Get<double?>("amount") is not { } amount || amount <= 0 || before.Get<double?>("weeks") is not { } weeks)
        {
            return null;
        }

        foreach (var correction in reading.Markers(MarkerKind.Correction).Where(m => m.Start > before.End))
        {
            for (var j = correction.LastToken + 1; j < reading.Tokens.Count && j <= correction.LastToken + 3; j++)
            {
                var token = reading.Tokens[j];
                if (token.IsNumber && (j + 1 >= reading.Tokens.Count || !reading.Tokens[j + 1].IsWord)
                    && !reading.AgeSpans.Any(a => a.Start <= token.End && token.Start <= a.End)
                    && double.TryParse(token.Form.Folded, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
                {
                    Note(reading, value * weeks / amount, token.Text, token.Start, token.End);
                    return value * weeks / amount;
                }
            }
        }

        return null;
    }

    private static FactEvidence Note(Reading reading, double weeks, string text, int start, int end)
    {
        var evidence = new FactEvidence("duration", weeks.ToString("0.##", CultureInfo.InvariantCulture), text, start, end);
        reading.Evidence.Add(evidence);
        return evidence;
    }

    private static (int First, int Last) TokenSpan(IReadOnlyList<Token> tokens, int start, int end)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= start && tokens[i].End <= end)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return (first, last);
    }
}
