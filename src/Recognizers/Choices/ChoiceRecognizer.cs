using System.Collections.Concurrent;
using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Number;

namespace HeelBot.Recognizers.Choices;

/// <summary>
/// Matches an answer against offered choices, like Microsoft.Recognizers.Text's choice recognition: by the words of
/// each choice and its synonyms (typos tolerated by word length, compounds written apart or together: "bagpå" =
/// "bag på"), or by position ("1", "nr 2", "den anden", "second", "the last"). Returns every choice found,
/// best first. Resolution: <c>value</c>, <c>index</c> (zero-based), <c>score</c> (0–1), <c>synonym</c>.
/// </summary>
public static class ChoiceRecognizer
{
    public const string ChoiceType = "choice";

    /// <summary>Choices come from content, so a few hundred synonyms cover them; the bound keeps odd callers from growing it.</summary>
    private const int MaxCachedSynonyms = 4096;

    // A synonym's words (and its adjacent words joined) depend on the synonym alone; tokenising every synonym of
    // every choice again on each answer was the larger part of recognising a choice.
    private static readonly ConcurrentDictionary<string, SynonymWords> SynonymCache = new(StringComparer.Ordinal);

    public static IReadOnlyList<ModelResult> RecognizeChoices(string text, IReadOnlyList<Choice> choices, string culture, ChoiceOptions? options = null)
    {
        options ??= ChoiceOptions.Default;
        var tokens = Tokenizer.Tokenize(text);
        var found = new Dictionary<int, ModelResult>();

        foreach (var pick in Positions(tokens, choices.Count, culture, options))
        {
            found[pick.Index] = Result(text, tokens, pick.First, pick.Last, choices[pick.Index], pick.Index, 1.0, (pick.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        for (var index = 0; index < choices.Count; index++)
        {
            if (found.ContainsKey(index))
            {
                continue;
            }

            (double Score, int First, int Last, string Synonym)? best = null;
            foreach (var synonym in choices[index].AllForms)
            {
                // On equal scores the longer match wins: "under hælen" says more than "under".
                if (BestAlignment(tokens, synonym) is { } match && (best is null || match.Score > best.Value.Score
                    || (match.Score == best.Value.Score && match.Last - match.First > best.Value.Last - best.Value.First)))
                {
                    best = (match.Score, match.First, match.Last, synonym);
                }
            }

            if (best is { } b && b.Score >= options.MinScore)
            {
                found[index] = Result(text, tokens, b.First, b.Last, choices[index], index, Math.Round(b.Score, 3), b.Synonym);
            }
        }

        return [.. found.Values.OrderByDescending(r => r.Get<double>("score")).ThenBy(r => r.Start)];
    }

    /// <summary>The same search as <see cref="RecognizeChoices"/>, as typed results.</summary>
    public static IReadOnlyList<FoundChoice> FindChoices(string text, IReadOnlyList<Choice> choices, string culture, ChoiceOptions? options = null) =>
        [.. RecognizeChoices(text, choices, culture, options).Select(r =>
            new FoundChoice(r.Get<string>("value")!, r.Get<int>("index"), r.Get<double>("score"), r.Get<string>("synonym")!))];

    /// <summary>Picks by position, only when the answer is nothing but picks ("2", "nr 2 og 4", "den anden"): "3 uger" is no pick.</summary>
    private static List<(int Index, int First, int Last)> Positions(IReadOnlyList<Token> tokens, int count, string culture, ChoiceOptions options)
    {
        var picks = new List<(int Index, int First, int Last)>();
        if (count == 0 || (!options.RecognizeNumbers && !options.RecognizeOrdinals))
        {
            return picks;
        }

        var vocabulary = ChoiceVocabulary.For(culture);
        var numbers = NumberVocabulary.For(culture);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Emoji)
            {
                continue;
            }

            if (options.RecognizeOrdinals && NumberRecognizer.MatchOrdinalAt(tokens, i, numbers) is { } ordinal
                && (token.IsWord || options.RecognizeNumbers))
            {
                Add(picks, (int)ordinal.Value - 1, i, ordinal.Last, count);
                i = ordinal.Last;
            }
            else if (options.RecognizeOrdinals && token.IsWord && vocabulary.Last.Contains(token))
            {
                picks.Add((count - 1, i, i));
            }
            else if (picks.Count > 0 && token.IsWord && vocabulary.PickWords.Contains(token))
            {
                // "the third one": "one" after a pick is a word, not the number 1.
                continue;
            }
            else if (options.RecognizeNumbers && NumberRecognizer.MatchAt(tokens, i, numbers, allowArticle: false) is { Approximate: false } number
                && number.Value == Math.Floor(number.Value))
            {
                Add(picks, (int)number.Value - 1, i, number.Last, count);
                i = number.Last;
            }
            else if (!(token.IsWord && (vocabulary.PickWords.Contains(token) || vocabulary.Conjunctions.Contains(token))))
            {
                return [];
            }
        }

        return picks;
    }

    private static void Add(List<(int Index, int First, int Last)> picks, int index, int first, int last, int count)
    {
        if (index >= 0 && index < count)
        {
            picks.Add((index, first, last));
        }
    }

    /// <summary>The best place in the answer for one synonym: each of its words found in order, a few words apart at most.</summary>
    private static (double Score, int First, int Last)? BestAlignment(IReadOnlyList<Token> tokens, string synonym)
    {
        var synonymWords = WordsOf(synonym);
        var words = synonymWords.Words;
        if (words.Length == 0)
        {
            return null;
        }

        var totalWeight = synonymWords.TotalWeight;
        (double Score, int First, int Last)? best = null;
        for (var start = 0; start < tokens.Count; start++)
        {
            if (tokens[start].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            var gained = 0.0;
            var first = -1;
            var last = -1;
            var position = start;
            var w = 0;
            while (w < words.Length && position < tokens.Count)
            {
                // The first word found must sit at this start (other starts are tried by the outer loop); later words
                // may be up to two unrelated words further on ("under selve hælen"). A word not found is skipped.
                var reach = first < 0 ? position : Math.Min(tokens.Count - 1, position + 2);
                (double Gain, int LastToken, int NextWord)? step = null;
                for (var p = position; p <= reach && step is null; p++)
                {
                    if (tokens[p].IsHardBreak)
                    {
                        break;
                    }

                    step = MatchHere(tokens, p, synonymWords, w);
                    if (step is not null)
                    {
                        first = first < 0 ? p : first;
                    }
                }

                if (step is { } found)
                {
                    gained += found.Gain;
                    last = found.LastToken;
                    position = found.LastToken + 1;
                    w = found.NextWord;
                }
                else
                {
                    w++;
                }
            }

            if (first >= 0)
            {
                var score = gained / totalWeight;
                if (best is null || score > best.Value.Score)
                {
                    best = (score, first, last);
                }
            }
        }

        return best;
    }

    private static (double Gain, int LastToken, int NextWord)? MatchHere(IReadOnlyList<Token> tokens, int position, SynonymWords synonym, int w)
    {
        var words = synonym.Words;
        var token = tokens[position];
        if (token.Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return null;
        }

        if (Similarity(words[w], token.Form) is { } similarity)
        {
            return (similarity * Weight(words[w]), position, w + 1);
        }

        // "bagpå" written for "bag på": two words of the synonym in one typed word.
        if (w + 1 < words.Length && Similarity(synonym.JoinedPairs[w], token.Form) is { } joined)
        {
            return (joined * (Weight(words[w]) + Weight(words[w + 1])), position, w + 2);
        }

        // "fedt puden" written for "fedtpuden": one word of the synonym in two typed words.
        if (position + 1 < tokens.Count && tokens[position + 1].IsWord
            && Similarity(words[w], Join(token.Form, tokens[position + 1].Form)) is { } split)
        {
            return (split * Weight(words[w]), position + 1, w + 1);
        }

        return null;
    }

    private static double? Similarity(WordForm expected, WordForm typed)
    {
        if (expected.SameAs(typed))
        {
            return 1.0;
        }

        var distance = Math.Min(EditDistance.Compute(expected.Folded, typed.Folded, 2), EditDistance.Compute(expected.Bare, typed.Bare, 2));
        if (expected.Matches(typed))
        {
            return distance <= 1 ? 0.85 : 0.7;
        }

        // A choice answer is short and its words are known in advance, so a four-letter word may carry one slip
        // ("heal" for "heel") where free text may not; it scores lower than a longer word's slip.
        return expected.Folded.Length == 4 && typed.Folded.Length == 4 && distance == 1 && expected.Bare[0] == typed.Bare[0] ? 0.75 : null;
    }

    private static SynonymWords WordsOf(string synonym)
    {
        if (SynonymCache.TryGetValue(synonym, out var cached))
        {
            return cached;
        }

        var words = Tokenizer.Tokenize(synonym).Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Form).ToArray();
        var joined = new WordForm[Math.Max(0, words.Length - 1)];
        for (var i = 0; i < joined.Length; i++)
        {
            joined[i] = Join(words[i], words[i + 1]);
        }

        var result = new SynonymWords(words, joined, words.Sum(Weight));
        if (SynonymCache.Count < MaxCachedSynonyms)
        {
            SynonymCache.TryAdd(synonym, result);
        }

        return result;
    }

    private static WordForm Join(WordForm a, WordForm b) => new(
        a.Folded + b.Folded, a.Bare + b.Bare, TextNormalizer.Squeeze(a.Folded + b.Folded), TextNormalizer.Squeeze(a.Bare + b.Bare));

    /// <summary>Short words ("i", "på", "the") say less about which choice was meant.</summary>
    private static double Weight(WordForm word) => word.Folded.Length <= 2 ? 0.5 : 1.0;

    private static ModelResult Result(string text, IReadOnlyList<Token> tokens, int first, int last, Choice choice, int index, double score, string synonym) =>
        NumberRecognizer.ToResult(text, tokens, first, last, ChoiceType, new Dictionary<string, object?>
        {
            ["value"] = choice.Value,
            ["index"] = index,
            ["score"] = score,
            ["synonym"] = synonym,
        });

    /// <summary>A synonym's words, each adjacent pair joined ("bag på" → "bagpå"), and their total weight.</summary>
    private sealed record SynonymWords(WordForm[] Words, WordForm[] JoinedPairs, double TotalWeight);
}
