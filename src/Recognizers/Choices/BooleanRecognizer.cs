using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Choices;

/// <summary>
/// Yes/no answers, like Microsoft.Recognizers.Text's ChoiceRecognizer.RecognizeBoolean: "ja", "jo", "jep", "jaa",
/// "yes", "yeah", "sure", "ok", "👍"; "nej", "nej tak", "næ", "nope", "nah", "ingen af dem"; spelling slips and
/// stretched letters ("neeej", "yesss", "nje"). <see cref="Resolve"/> returns null when the answer is unclear:
/// hedged ("måske", "not sure"), mixed ("ja nej") or not a yes/no at all.
/// </summary>
public static class BooleanRecognizer
{
    public const string BooleanType = "boolean";

    private static readonly string[] YesEmoji = ["👍", "✅", "✔", "👌", "🆗", "☑"];
    private static readonly string[] NoEmoji = ["👎", "❌", "✖", "🚫", "⛔", "❎"];

    /// <summary>Every yes/no word found. Resolution: <c>value</c> (bool) and <c>score</c> (1 for a whole-message answer).</summary>
    public static IReadOnlyList<ModelResult> RecognizeBoolean(string text, string culture)
    {
        var tokens = Tokenizer.Tokenize(text);
        var vocabulary = BooleanVocabulary.For(culture);
        var words = tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Emoji);
        var results = new List<ModelResult>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            bool? value = null;
            var last = i;
            if (token.Kind == TokenKind.Emoji)
            {
                value = YesEmoji.Any(token.Text.Contains) ? true : NoEmoji.Any(token.Text.Contains) ? false : null;
            }
            else if (vocabulary.Answers.TryMatch(tokens, i, out var answer, out var answerLast))
            {
                value = answer;
                last = answerLast;
            }
            else if (words <= 2 && vocabulary.ShortAnswers.TryMatch(tokens, i, out var shortAnswer, out var shortLast, allowTypos: false))
            {
                value = shortAnswer;
                last = shortLast;
            }

            if (value is { } found)
            {
                // A yes/no that is the whole message (or opens it) is a surer answer than one inside a sentence.
                var share = Math.Min(1.0, (double)(last - i + 1) / Math.Max(1, words));
                var score = i == 0 ? Math.Max(0.8, share) : share;
                results.Add(new ModelResult
                {
                    Text = text[token.Start..(tokens[last].End + 1)],
                    Start = token.Start,
                    End = tokens[last].End,
                    TypeName = BooleanType,
                    Resolution = new Dictionary<string, object?>
                    {
                        ["value"] = found,
                        ["score"] = score,
                    },
                });
                i = last;
            }
        }

        return results;
    }

    /// <summary>The words that say the person does not know or is not sure ("ved ikke", "måske", "not sure"); TypeName "unsure".</summary>
    public static IReadOnlyList<ModelResult> RecognizeUnsure(string text, string culture)
    {
        var tokens = Tokenizer.Tokenize(text);
        var vocabulary = BooleanVocabulary.For(culture);
        var results = new List<ModelResult>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && vocabulary.Unsure.TryMatch(tokens, i, out _, out var last, allowTypos: false))
            {
                results.Add(new ModelResult
                {
                    Text = text[tokens[i].Start..(tokens[last].End + 1)],
                    Start = tokens[i].Start,
                    End = tokens[last].End,
                    TypeName = "unsure",
                });
                i = last;
            }
        }

        return results;
    }

    public static bool IsUnsure(string text, string culture) => RecognizeUnsure(text, culture).Count > 0;

    /// <summary>True for yes, false for no, null when the answer is unclear, hedged or mixed.</summary>
    public static bool? Resolve(string text, string culture)
    {
        if (IsUnsure(text, culture))
        {
            return null;
        }

        var found = RecognizeBoolean(text, culture);
        if (found.Count == 0)
        {
            return null;
        }

        var values = found.Select(r => r.Get<bool>("value")).Distinct().ToList();
        return values.Count == 1 ? values[0] : null;
    }
}
