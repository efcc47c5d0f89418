using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Phrases;

/// <summary>Finds every occurrence of a set of keyed <see cref="PhrasePattern"/>s in tokenised text.</summary>
public sealed class PhraseMatcher<TKey>
{
    private readonly List<(TKey Key, PhrasePattern Pattern)> _patterns = [];
    private readonly Dictionary<char, List<(TKey Key, PhrasePattern Pattern)>> _byFirstLetter = [];
    private readonly List<(TKey Key, PhrasePattern Pattern)> _anyStart = [];
    private readonly PhraseMatcherContext _context;

    /// <param name="culture">"da" or "en", for number words in <c>#</c>.</param>
    /// <param name="fillers">Words that may stand between the words of a pattern ("lidt", "meget", "really").</param>
    /// <param name="knownWords">Real words that match a pattern word only as written, never as a typo of it.</param>
    /// <param name="spellings">Misspellings and the word each stands for ("ikk" → "ikke").</param>
    public PhraseMatcher(string culture, IEnumerable<string> fillers, IEnumerable<string>? knownWords = null,
        IEnumerable<KeyValuePair<string, string>>? spellings = null)
    {
        var variants = new WordTable<WordForm>((spellings ?? []).Select(s => KeyValuePair.Create(s.Key, WordForm.Of(s.Value))));
        _context = new PhraseMatcherContext(Culture.Normalize(culture), Table(fillers), Table(knownWords ?? []), variants);
    }

    private static WordTable<bool> Table(IEnumerable<string> words) => new(words.Select(w => KeyValuePair.Create(w, true)));

    public int Count => _patterns.Count;

    public void Add(TKey key, string pattern) => Add(key, PhrasePattern.Parse(pattern));

    public void Add(TKey key, PhrasePattern pattern)
    {
        _patterns.Add((key, pattern));
        if (pattern.FirstLetters is null)
        {
            _anyStart.Add((key, pattern));
            return;
        }

        foreach (var letter in pattern.FirstLetters)
        {
            if (!_byFirstLetter.TryGetValue(letter, out var list))
            {
                _byFirstLetter[letter] = list = [];
            }

            list.Add((key, pattern));
        }
    }

    /// <summary>All matches, overlapping ones included, ordered by position.</summary>
    public IReadOnlyList<PhraseMatch<TKey>> FindAll(IReadOnlyList<Token> tokens)
    {
        var matches = new List<PhraseMatch<TKey>>();
        for (var start = 0; start < tokens.Count; start++)
        {
            var bare = tokens[start].Form.Bare;
            var candidates = bare.Length > 0 && _byFirstLetter.TryGetValue(bare[0], out var list) ? _anyStart.Concat(list) : _anyStart;
            foreach (var (key, pattern) in candidates)
            {
                if (pattern.MatchAt(tokens, start, _context) is { } last)
                {
                    matches.Add(new PhraseMatch<TKey>(key, pattern, start, last, tokens[start].Start, tokens[last].End));
                }
            }
        }

        return matches;
    }

    public IReadOnlyList<PhraseMatch<TKey>> FindAll(string text) => FindAll(Tokenizer.Tokenize(text));
}
