namespace HeelBot.Recognizers.Normalization;

/// <summary>
/// A small dictionary from words to values that looks words up the way people type them: exact first, then
/// Danish-letter and doubled-letter variants, then (when asked) with typos, taking the closest entry.
/// </summary>
public sealed class WordTable<T>
{
    private readonly List<(WordForm Form, T Value)> _entries = [];
    private readonly Dictionary<string, T> _byFolded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _byBare = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _bySqueezed = new(StringComparer.Ordinal);

    public WordTable()
    {
    }

    public WordTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        foreach (var (word, value) in entries)
        {
            Add(word, value);
        }
    }

    public int Count => _entries.Count;

    public void Add(string word, T value)
    {
        var form = WordForm.Of(word);
        _entries.Add((form, value));
        _byFolded.TryAdd(form.Folded, value);
        _byBare.TryAdd(form.Bare, value);
        _bySqueezed.TryAdd(form.SqueezedFolded, value);
        _bySqueezed.TryAdd(form.SqueezedBare, value);
    }

    public bool TryGet(WordForm typed, out T value, bool allowTypos = false)
    {
        // The same variants as WordForm.SameAs: a stretched or doubled letter, or a double typed once.
        if (_byFolded.TryGetValue(typed.Folded, out value!) || _byBare.TryGetValue(typed.Bare, out value!)
            || _byFolded.TryGetValue(typed.SqueezedFolded, out value!) || _byBare.TryGetValue(typed.SqueezedBare, out value!)
            || _bySqueezed.TryGetValue(typed.Folded, out value!) || _bySqueezed.TryGetValue(typed.Bare, out value!)
            || (typed.IsStretched && (_bySqueezed.TryGetValue(typed.SqueezedFolded, out value!) || _bySqueezed.TryGetValue(typed.SqueezedBare, out value!))))
        {
            return true;
        }

        if (allowTypos)
        {
            var best = int.MaxValue;
            var found = false;
            foreach (var (form, candidate) in _entries)
            {
                if (!form.Matches(typed))
                {
                    continue;
                }

                var distance = EditDistance.Compute(form.Folded, typed.Folded);
                if (distance < best)
                {
                    best = distance;
                    value = candidate;
                    found = true;
                }
            }

            if (found)
            {
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// Like <see cref="TryGet"/> with typos, but also allows one slip in four-letter words. Only for words whose
    /// place already says what they must be, such as the unit after a number ("4 ugr").
    /// </summary>
    public bool TryGetLoose(WordForm typed, out T value)
    {
        if (TryGet(typed, out value, allowTypos: true))
        {
            return true;
        }

        foreach (var (form, candidate) in _entries)
        {
            if (form.Folded.Length >= 4 && typed.Folded.Length >= 3 && form.Bare[0] == typed.Bare[0]
                && EditDistance.Compute(form.Folded, typed.Folded, 1) <= 1)
            {
                value = candidate;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public bool Contains(WordForm typed, bool allowTypos = false) => TryGet(typed, out _, allowTypos);

    public bool Contains(Token token, bool allowTypos = false) => token.IsWord && TryGet(token.Form, out _, allowTypos);
}
