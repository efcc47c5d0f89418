using System.Globalization;

namespace HeelBot.Builder.Choices;

/// <summary>
/// The runtime's default choice matching: an ordinal ("2"), or the title, value or a synonym
/// (exact first, then contained as a whole word). Applications plug in richer recognizers.
/// </summary>
public static class SimpleChoiceRecognizer
{
    public static FoundChoice? Recognize(string text, IList<Choice> choices, string? locale)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var utterance = (text ?? string.Empty).Trim().TrimEnd('.', '!', '?').ToLower(CultureInfo.InvariantCulture);
        if (utterance.Length == 0)
        {
            return null;
        }

        if (int.TryParse(utterance, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) && ordinal >= 1 && ordinal <= choices.Count)
        {
            return new FoundChoice(choices[ordinal - 1].Value, ordinal - 1, 1.0);
        }

        FoundChoice? contained = null;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var candidate in Candidates(choices[i]))
            {
                var term = candidate.ToLower(CultureInfo.InvariantCulture);
                if (term == utterance)
                {
                    return new FoundChoice(choices[i].Value, i, 1.0, candidate);
                }

                if (contained is null && ContainsWord(utterance, term))
                {
                    contained = new FoundChoice(choices[i].Value, i, 0.8, candidate);
                }
            }
        }

        return contained;
    }

    private static IEnumerable<string> Candidates(Choice choice)
    {
        yield return choice.Value;
        if (choice.Title is not null)
        {
            yield return choice.Title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    private static bool ContainsWord(string text, string term)
    {
        var at = text.IndexOf(term, StringComparison.Ordinal);
        while (at >= 0)
        {
            var startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + term.Length;
            var endOk = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startOk && endOk)
            {
                return true;
            }

            at = text.IndexOf(term, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
