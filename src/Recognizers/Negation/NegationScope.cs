using System.Runtime.CompilerServices;
using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Negation;

/// <summary>
/// Tells whether a mention is affirmed, negated or uncertain in its sentence, in the manner of NegEx: a cue
/// ("ikke", "ingen", "uden", "hverken", "no", "not", "never", "without") negates what follows it up to the end of its
/// clause ("men", "but", sentence punctuation, a new clause after a comma) or six words, whichever is first.
/// "Nej"/"no" as an answer reaches only to the next punctuation. Hedges ("måske", "ved ikke om", "I think", "might")
/// and questions make a mention uncertain; a hedge always wins over a negation, because a hedged denial is no denial.
/// </summary>
public static class NegationScope
{
    private const int NegationWindow = 6;
    private const int HedgeWindow = 8;

    /// <summary>Cues found per token list, so asking about many mentions in one message finds the cues once.</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<Token>, Dictionary<string, Cue?[]>> CueCache = [];

    /// <summary>The polarity of the characters from <paramref name="start"/> to <paramref name="end"/> (inclusive).</summary>
    public static Polarity GetPolarity(string text, string culture, int start, int end)
    {
        var tokens = Tokenizer.Tokenize(text);
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End >= start && tokens[i].Start <= end)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? Polarity.Affirmed : GetPolarity(tokens, culture, first, last);
    }

    public static bool IsNegated(string text, string culture, int start, int end) =>
        GetPolarity(text, culture, start, end) == Polarity.Negated;

    /// <summary>The polarity of tokens <paramref name="first"/>..<paramref name="last"/>; cues inside the span do not count.</summary>
    /// <param name="questionsAreUncertain">
    /// Whether a mention inside a question is uncertain ("er den hævet?"). Pass false for requests, where a question
    /// is the natural way to say it ("can I book a time?").
    /// </param>
    public static Polarity GetPolarity(IReadOnlyList<Token> tokens, string culture, int first, int last, bool questionsAreUncertain = true)
    {
        var vocabulary = NegationVocabulary.For(culture);
        var byCulture = CueCache.GetValue(tokens, _ => []);
        Cue?[] cues;
        lock (byCulture)
        {
            if (!byCulture.TryGetValue(culture, out cues!))
            {
                byCulture[culture] = cues = FindCues(tokens, vocabulary);
            }
        }

        var before = ScanBack(tokens, vocabulary, cues, first);
        var hedgedAfter = HedgedAfter(tokens, vocabulary, last);
        if (hedgedAfter == true || (hedgedAfter == false && before != Polarity.Negated))
        {
            return Polarity.Uncertain;
        }

        if (before == Polarity.Uncertain)
        {
            return Polarity.Uncertain;
        }

        if (AnswerAfter(tokens, vocabulary, last) is { } answer)
        {
            return answer;
        }

        if (questionsAreUncertain && InQuestion(tokens, vocabulary, last))
        {
            return Polarity.Uncertain;
        }

        if (before == Polarity.Negated || FrontedNegation(tokens, vocabulary, first, last))
        {
            return Polarity.Negated;
        }

        return Polarity.Affirmed;
    }

    /// <summary>For each token, the cue that covers it (longest cue first, left to right).</summary>
    private static Cue?[] FindCues(IReadOnlyList<Token> tokens, NegationVocabulary vocabulary)
    {
        var covered = new Cue?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !vocabulary.Cues.TryMatch(tokens, i, out var kind, out var last, allowTypos: false))
            {
                continue;
            }

            var cue = new Cue(kind, i, last);
            for (var j = i; j <= last; j++)
            {
                covered[j] = cue;
            }

            i = last;
        }

        return covered;
    }

    private static Polarity ScanBack(IReadOnlyList<Token> tokens, NegationVocabulary vocabulary, Cue?[] cues, int first)
    {
        var words = 0;
        var comma = -1;
        var crossedConjunction = false;
        var negationReaches = true;
        for (var j = first - 1; j >= 0; j--)
        {
            var token = tokens[j];

            // People end clauses with emoji as with full stops: "tror den er brækket 😭 kan ikke støtte på den".
            if (token.IsHardBreak || token.Kind == TokenKind.Emoji)
            {
                return Polarity.Affirmed;
            }

            if (token.IsComma)
            {
                // "jeg tror jeg har forstuvet den, den er hævet": a new clause after the comma is out of any cue's reach.
                if (j + 1 < first && vocabulary.ClauseStarters.Contains(tokens[j + 1]))
                {
                    return Polarity.Affirmed;
                }

                comma = comma < 0 ? j : comma;
                continue;
            }

            if (!token.IsWord)
            {
                continue;
            }

            if (cues[j] is { } cue)
            {
                switch (cue.Kind)
                {
                    case CueKind.Hedge:
                    case CueKind.Degree when comma < 0 && negationReaches:
                        return Polarity.Uncertain;
                    case CueKind.Pseudo:
                    case CueKind.Degree:
                        return Polarity.Affirmed;
                    default:
                        if (negationReaches)
                        {
                            return NegationReach(tokens, vocabulary, cue, comma, crossedConjunction);
                        }

                        // Beyond a subordinate clause only hedges count; keep looking for one.
                        j = cue.First;
                        continue;
                }
            }

            if (vocabulary.Terminators.Contains(token))
            {
                return Polarity.Affirmed;
            }

            if (vocabulary.Subordinators.Contains(token))
            {
                negationReaches = false;
            }
            else if (vocabulary.Conjunctions.Contains(token))
            {
                if (j + 1 < tokens.Count && vocabulary.ClauseStarters.Contains(tokens[j + 1]))
                {
                    return Polarity.Affirmed;
                }

                crossedConjunction = true;
            }

            if (!vocabulary.Disjunctions.Contains(token) && !vocabulary.Conjunctions.Contains(token))
            {
                words++;
            }

            if (words > NegationWindow)
            {
                negationReaches = false;
            }

            if (words > HedgeWindow)
            {
                return Polarity.Affirmed;
            }
        }

        return Polarity.Affirmed;
    }

    /// <summary>Whether a negation cue reaches the mention across the commas and "og"s between them.</summary>
    private static Polarity NegationReach(IReadOnlyList<Token> tokens, NegationVocabulary vocabulary, Cue cue, int comma, bool crossedConjunction)
    {
        var next = cue.Last + 1;
        if (cue.Kind == CueKind.Answer && next < tokens.Count && vocabulary.ClauseStarters.Contains(tokens[next]))
        {
            // "nej jeg har feber", "no I've got a fever": the answer word stands alone.
            return Polarity.Affirmed;
        }

        if (comma >= 0)
        {
            if (comma + 1 < tokens.Count && vocabulary.ClauseStarters.Contains(tokens[comma + 1]))
            {
                return Polarity.Affirmed;
            }

            // "ingen feber, hævelse eller rødme" is a list under one negation; "ingen feber, hævet" may not be.
            if (ListContinues(tokens, vocabulary, comma))
            {
                return Polarity.Negated;
            }

            return cue.Kind == CueKind.Answer ? Polarity.Affirmed : Polarity.Uncertain;
        }

        return crossedConjunction ? Polarity.Uncertain : Polarity.Negated;
    }

    private static bool ListContinues(IReadOnlyList<Token> tokens, NegationVocabulary vocabulary, int comma)
    {
        for (var j = comma + 1; j < tokens.Count && !tokens[j].IsHardBreak; j++)
        {
            if (tokens[j].IsWord && vocabulary.Terminators.Contains(tokens[j]))
            {
                return false;
            }

            if (tokens[j].IsWord && vocabulary.Disjunctions.Contains(tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"feber: nej", "fever? no", "hævelse - ingen", "feber ikke": a standalone answer right after the mention.</summary>
    private static Polarity? AnswerAfter(IReadOnlyList<Token> tokens, NegationVocabulary vocabulary, int last)
    {
        var j = last + 1;
        var skipped = 0;
        while (j < tokens.Count && skipped < 2 && (tokens[j].Kind == TokenKind.Symbol
            || (tokens[j].Kind == TokenKind.Punctuation && tokens[j].Text.All(c => c is '?' or ':' or ','))))
        {
            j++;
            skipped++;
        }

        if (j >= tokens.Count)
        {
            return null;
        }

        var answer = tokens[j];
        if (answer.Kind == TokenKind.Emoji)
        {
            return answer.Text.Contains("👎", StringComparison.Ordinal) || answer.Text.Contains('❌') ? Polarity.Negated
                : answer.Text.Contains("👍", StringComparison.Ordinal) || answer.Text.Contains('✅') ? Polarity.Affirmed : null;
        }

        var standsAlone = j + 1 >= tokens.Count || tokens[j + 1].Kind == TokenKind.Punctuation
            || vocabulary.Terminators.Contains(tokens[j + 1]) || vocabulary.Conjunctions.Contains(tokens[j + 1]);
        if ((answer.IsWord || answer.IsNumber) && vocabulary.PostAnswers.Contains(answer.Form) && standsAlone)
        {
            return Polarity.Negated;
        }

        // "Hævet? Ja", "swelling: yes" settles a question mark.
        return skipped > 0 && answer.IsWord && answer.Form.Folded is "ja" or "jo" or "jep" or "yes" or "yep" or "yeah"
            ? Polarity.Affirmed
            : null;
    }

    /// <summary>Danish puts the object first: "feber har jeg ikke", "hævet er den heller ikke".</summary>
    private static bool FrontedNegation(IReadOnlyList<Token> tokens, NegationVocabulary vocabulary, int first, int last)
    {
        var startsClause = first == 0 || tokens[first - 1].Kind == TokenKind.Punctuation
            || vocabulary.Conjunctions.Contains(tokens[first - 1]) || vocabulary.Terminators.Contains(tokens[first - 1])
            || tokens[first - 1].Form.Folded is "nej" or "og";
        if (!startsClause)
        {
            return false;
        }

        for (var j = last + 1; j < tokens.Count && j <= last + 5; j++)
        {
            var token = tokens[j];
            if (!token.IsWord)
            {
                return false;
            }

            if (vocabulary.FrontedNegations.Contains(token))
            {
                return j > last + 1;
            }

            if (!vocabulary.FrontedClauseWords.Contains(token))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A hedge right after the mention, a comma at most between: "hævet, tror jeg", "swollen I think", "rød måske".
    /// True for a hedge, false for a list tail ("eller noget"), null for none.
    /// </summary>
    private static bool? HedgedAfter(IReadOnlyList<Token> tokens, NegationVocabulary vocabulary, int last)
    {
        var j = last + 1;
        while (j < tokens.Count && (tokens[j].IsComma || tokens[j].Kind is TokenKind.Emoji or TokenKind.Symbol))
        {
            j++;
        }

        return j < tokens.Count && tokens[j].IsWord && vocabulary.PostHedges.TryMatch(tokens, j, out var strong, out _, allowTypos: false)
            ? strong
            : null;
    }

    /// <summary>
    /// The clause holding the mention ends in a question mark: "er den hævet?", "kan det være betændelse?". A question
    /// that opens after the mention asks about something else: "den er hævet, er det farligt?", "it's swollen 😭 is
    /// that bad?". An emoji ends a clause as a full stop does.
    /// </summary>
    private static bool InQuestion(IReadOnlyList<Token> tokens, NegationVocabulary vocabulary, int last)
    {
        for (var j = last + 1; j < tokens.Count; j++)
        {
            if (tokens[j].IsHardBreak)
            {
                return tokens[j].Text.Contains('?');
            }

            if (tokens[j].Kind == TokenKind.Emoji
                || (tokens[j].IsWord && vocabulary.QuestionOpeners.TryMatch(tokens, j, out _, out _, allowTypos: false)))
            {
                return false;
            }
        }

        return false;
    }
}
