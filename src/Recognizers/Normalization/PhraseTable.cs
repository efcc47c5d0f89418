namespace HeelBot.Recognizers.Normalization;

/// <summary>
/// Fixed word sequences with values ("i går" → 1 day, "a long time" → vague), matched at a token position,
/// longest first, with the same spelling tolerance as <see cref="WordTable{T}"/>.
/// </summary>
public sealed class PhraseTable<T>
{
    private readonly List<(WordForm[] Words, T Value)> _phrases = [];

    public PhraseTable()
    {
    }

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            Add(phrase, value);
        }
    }

    public void Add(string phrase, T value)
    {
        var words = Tokenizer.Tokenize(phrase).Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Form).ToArray();
        if (words.Length == 0)
        {
            throw new ArgumentException($"The phrase '{phrase}' has no words.", nameof(phrase));
        }

        _phrases.Add((words, value));
        _phrases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>Matches the longest phrase starting at <paramref name="index"/>; hyphens and slashes between words are skipped.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int index, out T value, out int last, bool allowTypos = true)
    {
        foreach (var (words, candidate) in _phrases)
        {
            if (MatchWords(tokens, index, words, allowTypos) is { } end)
            {
                value = candidate;
                last = end;
                return true;
            }
        }

        value = default!;
        last = -1;
        return false;
    }

    private static int? MatchWords(IReadOnlyList<Token> tokens, int index, WordForm[] words, bool allowTypos)
    {
        var position = index;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                position++;
                while (position < tokens.Count && tokens[position].Kind == TokenKind.Symbol)
                {
                    position++;
                }
            }

            if (position >= tokens.Count || tokens[position].Kind is not (TokenKind.Word or TokenKind.Number)
                || !words[w].Matches(tokens[position].Form, allowTypos && tokens[position].IsWord))
            {
                return null;
            }
        }

        return position;
    }
}
