using System.Globalization;
using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Number;

/// <summary>
/// Finds numbers written as digits ("3", "1,5", "1.5", "1½") or words ("tre", "fjorten", "enogtyve", "halvanden",
/// "twenty-one", "a couple", "et par"), like Microsoft.Recognizers.Text's NumberRecognizer does for other languages.
/// Resolution: <c>value</c> (double), <c>subtype</c> ("integer", "decimal", "approximate"), <c>approximate</c> (bool).
/// </summary>
public static class NumberRecognizer
{
    public const string NumberType = "number";
    public const string OrdinalType = "ordinal";

    public static IReadOnlyList<ModelResult> RecognizeNumber(string text, string culture)
    {
        var tokens = Tokenizer.Tokenize(text);
        var vocabulary = NumberVocabulary.For(culture);
        var standalone = tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number) == 1;
        var results = new List<ModelResult>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var match = MatchAt(tokens, i, vocabulary, allowArticle: standalone);
            if (match is null)
            {
                continue;
            }

            results.Add(ToResult(text, tokens, match.First, match.Last, NumberType, new Dictionary<string, object?>
            {
                ["value"] = match.Value,
                ["subtype"] = match.Subtype,
                ["approximate"] = match.Approximate,
            }));
            i = match.Last;
        }

        return results;
    }

    /// <summary>Ordinals: "første", "anden", "2.", "second", "2nd". Resolution: <c>value</c> (int).</summary>
    public static IReadOnlyList<ModelResult> RecognizeOrdinal(string text, string culture)
    {
        var tokens = Tokenizer.Tokenize(text);
        var vocabulary = NumberVocabulary.For(culture);
        var results = new List<ModelResult>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (MatchOrdinalAt(tokens, i, vocabulary) is { } match)
            {
                results.Add(ToResult(text, tokens, match.First, match.Last, OrdinalType, new Dictionary<string, object?>
                {
                    ["value"] = (int)match.Value,
                }));
                i = match.Last;
            }
        }

        return results;
    }

    internal static NumberMatch? MatchAt(IReadOnlyList<Token> tokens, int index, string culture, bool allowArticle = false) =>
        MatchAt(tokens, index, NumberVocabulary.For(culture), allowArticle);

    internal static NumberMatch? MatchAt(IReadOnlyList<Token> tokens, int index, NumberVocabulary vocabulary, bool allowArticle)
    {
        var token = tokens[index];
        NumberMatch? match = null;
        if (token.IsNumber && TryParseDigits(token.Text, vocabulary, out var digits))
        {
            var integer = digits == Math.Floor(digits);
            match = new NumberMatch(digits, index, index, false, integer ? "integer" : "decimal");
        }
        else if (token.IsWord)
        {
            match = MatchPhrase(tokens, index, vocabulary) ?? MatchWords(tokens, index, vocabulary);

            // The accent marks the numeral: "én uge" is one week where "en uge" may be just "a week".
            if (match is null && token.Text.ToLowerInvariant() is "én" or "ét")
            {
                match = new NumberMatch(1, index, index, false, "integer");
            }

            if (match is null && allowArticle && vocabulary.Articles.Contains(token))
            {
                match = new NumberMatch(1, index, index, false, "integer");
            }
        }

        return match is null || match.Approximate ? match : AddHalf(tokens, match, vocabulary);
    }

    internal static NumberMatch? MatchOrdinalAt(IReadOnlyList<Token> tokens, int index, NumberVocabulary vocabulary)
    {
        var token = tokens[index];
        if (token.IsWord && vocabulary.Ordinals.TryGet(token.Form, out var ordinal, allowTypos: true)
            && !vocabulary.Cardinals.Contains(token.Form))
        {
            return new NumberMatch(ordinal, index, index, false, "integer");
        }

        if (!token.IsNumber || !int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || index + 1 >= tokens.Count)
        {
            return null;
        }

        var next = tokens[index + 1];
        if (!next.IsGluedTo(token))
        {
            return null;
        }

        if (next.IsWord && vocabulary.OrdinalSuffixes.Contains(next))
        {
            return new NumberMatch(value, index, index + 1, false, "integer");
        }

        // "2." is an ordinal in Danish, but "Jeg er 45. Jeg ..." is a sentence end: the dot must end the text or be
        // followed by a word in lower case ("den 2. maj").
        if (next.Text == "." && (index + 2 >= tokens.Count || (tokens[index + 2].IsWord && char.IsLower(tokens[index + 2].Text[0]))))
        {
            return new NumberMatch(value, index, index + 1, false, "integer");
        }

        return null;
    }

    /// <summary>Digits with a decimal comma or dot; a group of exactly three digits after the culture's thousands separator is thousands.</summary>
    internal static bool TryParseDigits(string text, NumberVocabulary vocabulary, out double value)
    {
        var half = 0.0;
        var fraction = text[^1] switch
        {
            '½' => 0.5,
            '¼' => 0.25,
            '¾' => 0.75,
            '⅓' => 1.0 / 3,
            '⅔' => 2.0 / 3,
            _ => -1.0,
        };
        if (fraction >= 0)
        {
            half = fraction;
            text = text[..^1];
            if (text.Length == 0)
            {
                value = half;
                return true;
            }
        }

        var separator = text.IndexOfAny(['.', ',']);
        if (separator >= 0 && text[separator] == vocabulary.ThousandsSeparator && text.Length - separator - 1 == 3)
        {
            text = text.Remove(separator, 1);
        }
        else if (separator >= 0)
        {
            text = text.Replace(',', '.');
        }

        var parsed = double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        value += half;
        return parsed;
    }

    private static NumberMatch? MatchPhrase(IReadOnlyList<Token> tokens, int index, NumberVocabulary vocabulary)
    {
        foreach (var phrase in vocabulary.Phrases)
        {
            if (MatchSequence(tokens, index, phrase.Words) is { } last)
            {
                return new NumberMatch(phrase.Value, index, last, phrase.Approximate,
                    phrase.Approximate ? "approximate" : phrase.Value == Math.Floor(phrase.Value) ? "integer" : "decimal");
            }
        }

        return null;
    }

    private static NumberMatch? MatchWords(IReadOnlyList<Token> tokens, int index, NumberVocabulary vocabulary)
    {
        if (CardinalWord(tokens[index], vocabulary) is not { } word)
        {
            return null;
        }

        double value = word;
        var last = index;

        // Danish spaced compound "en og tyve", English "twenty-one" / "twenty one".
        if (value is >= 1 and <= 9 && NextWord(tokens, last) is { } and && tokens[and].Form.SameAs(vocabulary.And)
            && NextWord(tokens, and) is { } tens && vocabulary.Tens.TryGet(tokens[tens].Form, out var tensValue))
        {
            value += tensValue;
            last = tens;
        }
        else if (value is >= 20 and <= 90 && value % 10 == 0 && NextWord(tokens, last, skipHyphen: true) is { } unit
            && vocabulary.TensThenUnit && vocabulary.Units.TryGet(tokens[unit].Form, out var unitValue))
        {
            value += unitValue;
            last = unit;
        }

        if (NextWord(tokens, last) is { } multiplierIndex && vocabulary.Multipliers.TryGet(tokens[multiplierIndex].Form, out var multiplier))
        {
            value *= multiplier;
            last = multiplierIndex;
            var rest = NextWord(tokens, last);
            if (rest is { } andIndex && tokens[andIndex].Form.SameAs(vocabulary.And))
            {
                rest = NextWord(tokens, andIndex);
            }

            if (rest is { } restIndex && MatchWords(tokens, restIndex, vocabulary) is { Value: < 100 } tail)
            {
                value += tail.Value;
                last = tail.Last;
            }
        }

        return new NumberMatch(value, index, last, false, "integer");
    }

    private static int? CardinalWord(Token token, NumberVocabulary vocabulary)
    {
        if (!token.IsWord)
        {
            return null;
        }

        if (vocabulary.Cardinals.TryGet(token.Form, out var exact))
        {
            return exact;
        }

        if (vocabulary.Multipliers.TryGet(token.Form, out var multiplier))
        {
            return multiplier;
        }

        // Danish writes 21–99 as one word, unit first: "enogtyve", "femogfyrre".
        var folded = token.Form.Folded;
        var og = folded.IndexOf("og", 1, StringComparison.Ordinal);
        while (og > 0)
        {
            if (vocabulary.Units.TryGet(WordForm.Of(folded[..og]), out var unit)
                && vocabulary.Tens.TryGet(WordForm.Of(folded[(og + 2)..]), out var tens, allowTypos: true))
            {
                return unit + tens;
            }

            og = folded.IndexOf("og", og + 1, StringComparison.Ordinal);
        }

        // A typo in a long number word ("fjortn") is still that number, unless the word is really an ordinal ("femte").
        if (!vocabulary.Ordinals.Contains(token.Form) && vocabulary.Cardinals.TryGet(token.Form, out var fuzzy, allowTypos: true))
        {
            return fuzzy;
        }

        return null;
    }

    private static NumberMatch AddHalf(IReadOnlyList<Token> tokens, NumberMatch match, NumberVocabulary vocabulary)
    {
        if (match.Value != Math.Floor(match.Value) || NextWord(tokens, match.Last) is not { } and
            || !tokens[and].Form.SameAs(vocabulary.And))
        {
            return match;
        }

        foreach (var half in vocabulary.AndAHalf)
        {
            if (NextWord(tokens, and) is { } start && MatchSequence(tokens, start, half) is { } last)
            {
                return match with { Value = match.Value + 0.5, Last = last, Subtype = "decimal" };
            }
        }

        return match;
    }

    /// <summary>The index of the last token when the words follow one another from <paramref name="index"/>.</summary>
    internal static int? MatchSequence(IReadOnlyList<Token> tokens, int index, IReadOnlyList<WordForm> words)
    {
        var position = index;
        for (var w = 0; w < words.Count; w++)
        {
            if (w > 0)
            {
                if (NextWord(tokens, position) is not { } next)
                {
                    return null;
                }

                position = next;
            }

            if (!tokens[position].IsWord || !words[w].SameAs(tokens[position].Form))
            {
                return null;
            }
        }

        return position;
    }

    /// <summary>The next word or number token after <paramref name="index"/>, optionally across one hyphen.</summary>
    internal static int? NextWord(IReadOnlyList<Token> tokens, int index, bool skipHyphen = false)
    {
        var next = index + 1;
        if (skipHyphen && next < tokens.Count && tokens[next].Kind == TokenKind.Symbol && tokens[next].Text is "-" or "–")
        {
            next++;
        }

        return next < tokens.Count && tokens[next].Kind is TokenKind.Word or TokenKind.Number ? next : null;
    }

    internal static ModelResult ToResult(string text, IReadOnlyList<Token> tokens, int first, int last, string type,
        IReadOnlyDictionary<string, object?> resolution) => new()
        {
            Text = text[tokens[first].Start..(tokens[last].End + 1)],
            Start = tokens[first].Start,
            End = tokens[last].End,
            TypeName = type,
            Resolution = resolution,
        };
}
