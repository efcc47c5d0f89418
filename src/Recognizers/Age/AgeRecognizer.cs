using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Number;

namespace HeelBot.Recognizers.Age;

/// <summary>
/// Finds a person's age: "45 år gammel", "45-årig", "jeg er 12", "min søn på 10", "min datter (13)", "I'm 45",
/// "my son is 9", "aged 10", "10 year old", "12 yo"; and age groups: "under 16 år", "16 år eller ældre", "over 16",
/// "younger than 16", "16+". Resolution: <c>value</c> (double, years), <c>unit</c> ("year") and <c>bound</c>: null for
/// an exact age, else "below" (younger than the value), "above" (older), "atLeast" or "atMost".
/// </summary>
public static class AgeRecognizer
{
    public const string AgeType = "age";

    public static IReadOnlyList<ModelResult> RecognizeAge(string text, string culture)
    {
        var tokens = Tokenizer.Tokenize(text);
        var vocabulary = AgeVocabulary.For(culture);
        var numbers = NumberVocabulary.For(culture);
        var results = new List<ModelResult>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NumberRecognizer.MatchAt(tokens, i, numbers, allowArticle: false) is not { Approximate: false } number
                || number.Value < 0 || number.Value > 120)
            {
                continue;
            }

            string? bound = null;
            var span = Match(tokens, number, vocabulary);
            if (span is null && Bound(tokens, number, vocabulary) is { } group)
            {
                span = (group.First, group.Last);
                bound = group.Bound;
            }

            if (span is { } found)
            {
                results.Add(NumberRecognizer.ToResult(text, tokens, found.First, found.Last, AgeType, new Dictionary<string, object?>
                {
                    ["value"] = number.Value,
                    ["unit"] = "year",
                    ["bound"] = bound,
                }));
                i = found.Last;
            }
        }

        return results;
    }

    /// <summary>
    /// An age group: "16 år eller ældre", "16+", "younger than 16" always; "under 16 år" or "over 16" when the words
    /// around make it an age ("han er under 16") or the number is a likely age limit and nothing makes it a span
    /// ("i over 10 år" is a duration, "for over 2 år siden" a time).
    /// </summary>
    private static (int First, int Last, string Bound)? Bound(IReadOnlyList<Token> tokens, NumberMatch number, AgeVocabulary vocabulary)
    {
        var after = NextWord(tokens, number.Last);
        var yearsAfter = after is { } y && vocabulary.Years.Contains(tokens[y]) ? y : (int?)null;
        var last = yearsAfter ?? number.Last;

        // Suffixes: "16 år eller ældre", "16 or older", "16+".
        if (vocabulary.Suffixes.TryMatch(tokens, last + 1, out var suffix, out var suffixLast, allowTypos: false))
        {
            return (number.First, suffixLast, suffix);
        }

        if (number.Last + 1 < tokens.Count && tokens[number.Last + 1].Text == "+" && (yearsAfter is not null || LikelyLimit(number.Value)))
        {
            return (number.First, number.Last + 1, "atLeast");
        }

        if (!EndsPlausibly(tokens, last, vocabulary) || (last + 1 < tokens.Count && tokens[last + 1].IsWord && vocabulary.Ago.Contains(tokens[last + 1])))
        {
            return null;
        }

        for (var back = 1; back <= 2 && number.First - back >= 0; back++)
        {
            var start = number.First - back;
            if (!vocabulary.Prefixes.TryMatch(tokens, start, out var prefix, out var prefixLast, allowTypos: false) || prefixLast != number.First - 1)
            {
                continue;
            }

            var before = PreviousWord(tokens, start);
            var ageContext = before is { } b && vocabulary.Is.Contains(tokens[b])
                && (vocabulary.Subjects.Contains(tokens[b]) || (PreviousWord(tokens, b) is { } s && vocabulary.Subjects.Contains(tokens[s])));
            var spanContext = before is { } p && vocabulary.SpanWords.Contains(tokens[p]);
            var wordCount = tokens.Count(t => t.IsWord || t.IsNumber);
            if (ageContext || vocabulary.AgeComparisons.Contains(tokens[start])
                || (!spanContext && LikelyLimit(number.Value) && (yearsAfter is not null || wordCount <= 3)))
            {
                return (start, last, prefix);
            }
        }

        return null;
    }

    /// <summary>Age limits people write: 16 (our own), 18, 12… A span of 10 or more years is rarely written this way.</summary>
    private static bool LikelyLimit(double value) => value is >= 10 and <= 25;

    private static (int First, int Last)? Match(IReadOnlyList<Token> tokens, NumberMatch number, AgeVocabulary vocabulary)
    {
        var after = NextWord(tokens, number.Last);

        // "45 år gammel", "10 years old", "10-year-old", "45-årig", "12 yo".
        if (after is { } a && vocabulary.AgedSuffix.Contains(tokens[a]))
        {
            return (number.First, a);
        }

        if (after is { } y && vocabulary.Years.Contains(tokens[y]) && NextWord(tokens, y) is { } old && vocabulary.Old.Contains(tokens[old]))
        {
            return (number.First, old);
        }

        var before = PreviousWord(tokens, number.First);
        var yearsAfter = after is { } ya && vocabulary.Years.Contains(tokens[ya]) ? ya : (int?)null;
        var last = yearsAfter ?? number.Last;

        // "min datter (13)", "jeg (42)", "wife (58)".
        if (number.First >= 2 && tokens[number.First - 1].Text == "(" && last + 1 < tokens.Count && tokens[last + 1].Text.StartsWith(')')
            && tokens[number.First - 2].IsWord && (vocabulary.People.Contains(tokens[number.First - 2]) || vocabulary.Subjects.Contains(tokens[number.First - 2])))
        {
            return (number.First - 1, last + 1);
        }

        // "alder 45", "aged 10", "fylder 40".
        for (var back = 1; back <= 4 && number.First - back >= 0; back++)
        {
            if (vocabulary.AgedPrefix.TryMatch(tokens, number.First - back, out _, out var prefixLast, allowTypos: false)
                && (prefixLast == number.First - 1 || (prefixLast == number.First - 2 && tokens[number.First - 1].Kind != TokenKind.Word)))
            {
                return (number.First - back, last);
            }
        }

        if (before is not { } b)
        {
            return null;
        }

        // "min søn på 10", "a boy of 12".
        if (vocabulary.Of.Contains(tokens[b]) && PreviousWord(tokens, b) is { } person && vocabulary.People.Contains(tokens[person]))
        {
            return yearsAfter is not null || EndsPlausibly(tokens, last, vocabulary) ? (person, last) : null;
        }

        // "jeg er 12", "I'm 45", "my son is 9" — but not "jeg er 3 uger henne".
        if (vocabulary.Is.Contains(tokens[b]) && (vocabulary.Subjects.Contains(tokens[b])
            || (PreviousWord(tokens, b) is { } subject && vocabulary.Subjects.Contains(tokens[subject]))))
        {
            return yearsAfter is not null || EndsPlausibly(tokens, last, vocabulary) ? (b, last) : null;
        }

        // "… og er 14 år": the subject said earlier; the years make it an age unless it is a time ("det er 3 år siden").
        if (vocabulary.Is.Contains(tokens[b]) && yearsAfter is not null && PreviousWord(tokens, b) is { } joined
            && vocabulary.Joiners.Contains(tokens[joined]) && !(last + 1 < tokens.Count && tokens[last + 1].IsWord && vocabulary.Ago.Contains(tokens[last + 1])))
        {
            return (b, last);
        }

        return null;
    }

    private static bool EndsPlausibly(IReadOnlyList<Token> tokens, int last, AgeVocabulary vocabulary)
    {
        var next = last + 1;
        return next >= tokens.Count || !(tokens[next].IsWord && vocabulary.OtherUnits.Contains(tokens[next]))
            && !(tokens[next].Kind == TokenKind.Symbol && vocabulary.OtherUnits.Contains(tokens[next].Form));
    }

    private static int? NextWord(IReadOnlyList<Token> tokens, int index)
    {
        var next = index + 1;
        while (next < tokens.Count && tokens[next].Kind == TokenKind.Symbol)
        {
            next++;
        }

        return next < tokens.Count && tokens[next].IsWord ? next : null;
    }

    private static int? PreviousWord(IReadOnlyList<Token> tokens, int index)
    {
        var previous = index - 1;
        return previous >= 0 && tokens[previous].IsWord ? previous : null;
    }
}
