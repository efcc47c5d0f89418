namespace HeelBot.Recognizers.Normalization;

/// <summary>
/// The spellings of one word that count as the same word. People type Danish on phones and foreign keyboards:
/// "hælen", "haelen", "halen" and "hälen" must meet, as must "på" and "paa", and "ondtttt" and "ondt".
/// </summary>
/// <param name="Folded">Lower case with æ→ae, ø→oe, å→aa (ä/ö/ü likewise), other accents removed, apostrophes dropped.</param>
/// <param name="Bare">Lower case with æ→a, ø→o, å→a: what a writer without Danish letters types.</param>
/// <param name="SqueezedFolded"><paramref name="Folded"/> with each run of one letter cut to one letter.</param>
/// <param name="SqueezedBare"><paramref name="Bare"/> squeezed the same way.</param>
public sealed record WordForm(string Folded, string Bare, string SqueezedFolded, string SqueezedBare)
{
    public static WordForm Of(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var bare = TextNormalizer.Bare(text);
        return new WordForm(folded, bare, TextNormalizer.Squeeze(folded), TextNormalizer.Squeeze(bare));
    }

    /// <summary>
    /// Same word, allowing only spelling variants (no typos): Danish letters typed another way, a stretched letter
    /// ("ondtttt", "jaaa") or a doubled letter typed once ("ike"). Two words that differ only in which letter is doubled
    /// ("feel"/"fell", "step"/"steep") are different words unless the typed one is plainly stretched ("felllll").
    /// </summary>
    public bool SameAs(WordForm other) =>
        Folded == other.Folded || Bare == other.Bare
        || other.SqueezedFolded == Folded || other.SqueezedBare == Bare
        || SqueezedFolded == other.Folded || SqueezedBare == other.Bare
        || (other.IsStretched && (SqueezedFolded == other.SqueezedFolded || SqueezedBare == other.SqueezedBare));

    /// <summary>True when the word holds a run of three or more of one letter, as in "ondtttt" or "neeej".</summary>
    public bool IsStretched { get; } = HasRun(Folded, 3);

    /// <summary>
    /// True when the word is written with Danish (or other non-ASCII) letters. Such a writer has the letters, so the
    /// plain-letter spelling ("hæv" read as "hav") is no variant of theirs: "have" and "havde" are not "hævet".
    /// </summary>
    public bool HasSpecialLetters => Folded != Bare;

    /// <summary>
    /// Same word, allowing typos when <paramref name="allowTypos"/>: the number of edits allowed grows with the
    /// length of this (the expected) word, and the first letter must agree, because short words and first letters
    /// are where a single edit turns one real word into another ("varm"/"arm").
    /// </summary>
    public bool Matches(WordForm typed, bool allowTypos = true)
    {
        if (SameAs(typed))
        {
            return true;
        }

        if (!allowTypos || Folded.Length == 0 || typed.Folded.Length == 0)
        {
            return false;
        }

        var allowed = TypoTolerance.AllowedEdits(Folded.Length);
        if (allowed == 0 || Bare[0] != typed.Bare[0] || Math.Abs(Folded.Length - typed.Folded.Length) > allowed + 1)
        {
            return false;
        }

        // In a five-letter word one changed letter too often makes another real word ("varmt"/"værst"), so at
        // that length only a missing, extra or swapped letter counts as a typo.
        // A typed word with Danish letters is compared as written: "være" is no slip of "varme" by way of "vare".
        // Squeezed forms take a typo only when the typed word is plainly stretched ("feeeebr"): a squeeze plus a slip
        // is two changes, enough to turn "shoes" into "shoots" and "tried" into "tripped".
        var bareToo = !typed.HasSpecialLetters;
        var squeezedToo = typed.IsStretched;
        if (Folded.Length < 6)
        {
            return IsSimpleSlip(Folded, typed.Folded) || (bareToo && IsSimpleSlip(Bare, typed.Bare))
                || (squeezedToo && IsSimpleSlip(SqueezedFolded, typed.SqueezedFolded));
        }

        // A change in the last two letters is another ending, so another word ("landet"/"lænden", "skadet"/"skade").
        return WithinTypos(Folded, typed.Folded, allowed) || (bareToo && WithinTypos(Bare, typed.Bare, allowed))
            || (squeezedToo && WithinTypos(SqueezedFolded, typed.SqueezedFolded, allowed));
    }

    private static bool WithinTypos(string expected, string typed, int allowed) =>
        EditDistance.Compute(expected, typed, allowed) <= allowed && !ChangesEnding(expected, typed);


    /// <summary>The typed word begins with this one ("hæv" → "hævelse"), with typos allowed in longer stems.</summary>
    public bool IsPrefixOf(WordForm typed, bool allowTypos = true)
    {
        // A short stem read without its Danish letters starts too many other words: "hæv" as "hav" starts "have".
        var bareStem = !HasSpecialLetters || (Bare.Length >= 4 && !typed.HasSpecialLetters);
        if (typed.Folded.StartsWith(Folded, StringComparison.Ordinal)
            || (bareStem && typed.Bare.StartsWith(Bare, StringComparison.Ordinal))
            || typed.SqueezedFolded.StartsWith(SqueezedFolded, StringComparison.Ordinal)
            || (bareStem && typed.SqueezedBare.StartsWith(SqueezedBare, StringComparison.Ordinal)))
        {
            return true;
        }

        // A stem needs one more letter than a whole word before a typo is allowed: stems are shorter and match more.
        var allowed = allowTypos ? TypoTolerance.AllowedEdits(Folded.Length - 1) : 0;
        if (allowed == 0 || typed.Folded.Length == 0 || Bare[0] != typed.Bare[0])
        {
            return false;
        }

        // The typed word must be at least as long as the stem: "hælen" is no typo of the stem "hælsen".
        for (var length = Folded.Length; length <= Folded.Length + allowed; length++)
        {
            if (length > 0 && length <= typed.Folded.Length
                && EditDistance.Compute(Folded, typed.Folded[..length], allowed) <= allowed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One missing, extra or swapped letter (no changed letter).</summary>
    private static bool IsSimpleSlip(string expected, string typed)
    {
        if (expected.Length == typed.Length)
        {
            return IsAdjacentSwap(expected, typed);
        }

        var (longer, shorter) = expected.Length > typed.Length ? (expected, typed) : (typed, expected);
        if (longer.Length - shorter.Length != 1)
        {
            return false;
        }

        for (var i = 0; i < longer.Length; i++)
        {
            if (longer.Remove(i, 1) == shorter)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words differ only in their last two letters and end differently: another inflection ("skade"/"skadet"),
    /// not a typo. A letter lost before the same last letter ("fjortn", "nattn") is still a typo.
    /// </summary>
    private static bool ChangesEnding(string expected, string typed)
    {
        var common = 0;
        while (common < expected.Length && common < typed.Length && expected[common] == typed[common])
        {
            common++;
        }

        var longer = Math.Max(expected.Length, typed.Length);
        return common < longer && common >= longer - 2 && expected.Length > 0 && typed.Length > 0 && expected[^1] != typed[^1]
            && !IsAdjacentSwap(expected, typed);
    }

    private static bool HasRun(string text, int length)
    {
        var run = 1;
        for (var i = 1; i < text.Length; i++)
        {
            run = text[i] == text[i - 1] ? run + 1 : 1;
            if (run >= length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAdjacentSwap(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                first = i;
                break;
            }
        }

        return first >= 0 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
            && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2));
    }

    /// <summary>The typed word ends with this one ("*feber" → "feberen" no, "høj-feber" yes); no typos.</summary>
    public bool IsSuffixOf(WordForm typed) =>
        typed.Folded.EndsWith(Folded, StringComparison.Ordinal) || ((!HasSpecialLetters || !typed.HasSpecialLetters) && typed.Bare.EndsWith(Bare, StringComparison.Ordinal))
        || typed.SqueezedFolded.EndsWith(SqueezedFolded, StringComparison.Ordinal);

    /// <summary>The typed word contains this one anywhere (compounds: "nattesmerter" contains "smerte"); no typos.</summary>
    public bool IsInfixOf(WordForm typed) =>
        typed.Folded.Contains(Folded, StringComparison.Ordinal) || ((!HasSpecialLetters || !typed.HasSpecialLetters) && typed.Bare.Contains(Bare, StringComparison.Ordinal))
        || typed.SqueezedFolded.Contains(SqueezedFolded, StringComparison.Ordinal);
}
