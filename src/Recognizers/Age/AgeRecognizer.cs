using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Number;

namespace HeelBot.Recognizers.Age;

/// <summary>
/// Finds a person's age: "45 år gammel", "45-årig", "jeg er 12", "min søn på 10", "I'm 45", "my son is 9",
/// "aged 10", "10 year old", "12 yo". Resolution: <c>value</c> (double, years) and <c>unit</c> ("year").
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

            if (Match(tokens, number, vocabulary) is { } span)
            {
                results.Add(NumberRecognizer.ToResult(text, tokens, span.First, span.Last, AgeType, new Dictionary<string, object?>
                {
                    ["value"] = number.Value,
                    ["unit"] = "year",
                }));
                i = span.Last;
            }
        }

        return results;
    }

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
