using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Number;

namespace HeelBot.Recognizers.Phrases;

/// <summary>
/// A phrase to look for, written as data (the lexicon files use it). Words are separated by spaces:
/// <list type="bullet">
/// <item><c>hævet</c> a word; typos allowed by its length, Danish-letter and doubled-letter variants always.</item>
/// <item><c>=rød</c> exactly this word (no typos): for short words a typo would turn into another word.</item>
/// <item><c>hæv*</c> a word starting with the stem (hævet, hævelse, hæver); <c>*feber</c> ending with it;
/// <c>*smerte*</c> containing it (nattesmerter).</item>
/// <item><c>a|b</c> either; <c>[a|b]</c> optional; <c>[i hælen]</c> optional words; <c>...</c> up to three words
/// of anything; <c>#</c> a number.</item>
/// </list>
/// Between the positions, filler words ("lidt", "meget", "really") and symbols are skipped, so "kan slet ikke gå"
/// matches <c>kan ikke gå</c>. A match never crosses punctuation.
/// </summary>
public sealed class PhrasePattern
{
    private const int GapWords = 3;
    private const int FillerWords = 2;

    /// <summary>Each way of reading the optional word groups: with and without each group.</summary>
    private readonly IReadOnlyList<IReadOnlyList<PatternElement>> _variants;

    private PhrasePattern(string source, IReadOnlyList<IReadOnlyList<PatternElement>> variants)
    {
        Source = source;
        _variants = variants;
        Specificity = variants.Min(v => v.Count(e => !e.Optional && !e.Gap));
    }

    public string Source { get; }

    /// <summary>The number of required positions: a longer pattern is more specific.</summary>
    public int Specificity { get; }

    /// <summary>
    /// The first letters (of the plain spelling) a match can start with, or null when it can start with anything
    /// (a number, a symbol, a word part, an optional word). Lets the matcher skip most patterns at most tokens.
    /// </summary>
    internal IReadOnlySet<char>? FirstLetters { get; private init; }

    public static PhrasePattern Parse(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw new FormatException("A phrase pattern cannot be empty.");
        }

        // Each part is a position; an optional group of several words ("[i hælen]") doubles the variants.
        var variants = new List<List<PatternElement>> { new() };
        var parts = pattern.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.StartsWith('[') && !part.EndsWith(']'))
            {
                var close = Array.FindIndex(parts, i + 1, p => p.EndsWith(']'));
                if (close < 0)
                {
                    throw new FormatException($"Bad optional words '{part}' in pattern '{pattern}': no closing ']'.");
                }

                var group = parts[i..(close + 1)];
                group[0] = group[0][1..];
                group[^1] = group[^1][..^1];
                var words = group.Select(g => Element(g, optional: false, pattern)).ToList();
                variants = [.. variants.SelectMany(v => new[] { v, [.. v, .. words] })];
                i = close;
                continue;
            }

            var element = part == "..." ? new PatternElement([], false, true) : Element(part, optional: false, pattern, allowOptional: true);
            foreach (var variant in variants)
            {
                variant.Add(element);
            }
        }

        if (variants.Count > 64)
        {
            throw new FormatException($"Pattern '{pattern}' has too many optional groups.");
        }

        foreach (var elements in variants)
        {
            if (elements.Count == 0 || elements.All(e => e.Optional || e.Gap) || elements[0].Gap || elements[^1].Gap)
            {
                throw new FormatException($"Pattern '{pattern}' needs a required word and cannot start or end with '...'.");
            }
        }

        return new PhrasePattern(pattern, variants) { FirstLetters = FirstLettersOf(variants) };
    }

    private static HashSet<char>? FirstLettersOf(List<List<PatternElement>> variants)
    {
        var letters = new HashSet<char>();
        foreach (var first in variants.Select(v => v[0]))
        {
            if (first.Optional || first.Alternatives.Any(a => a.Kind is not (PatternElementKind.Word or PatternElementKind.Exact or PatternElementKind.Prefix)
                || a.Form.Bare.Length == 0))
            {
                return null;
            }

            letters.UnionWith(first.Alternatives.Select(a => a.Form.Bare[0]));
        }

        return letters;
    }

    /// <summary>The last token of a match starting at <paramref name="start"/>, or null.</summary>
    internal int? MatchAt(IReadOnlyList<Token> tokens, int start, PhraseMatcherContext context)
    {
        if (tokens[start].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Symbol))
        {
            return null;
        }

        int? longest = null;
        foreach (var elements in _variants)
        {
            if (Match(elements, tokens, 0, start, context, leading: true) is { } last && (longest is null || last > longest))
            {
                longest = last;
            }
        }

        return longest;
    }

    private static int? Match(IReadOnlyList<PatternElement> elements, IReadOnlyList<Token> tokens, int element, int position, PhraseMatcherContext context, bool leading)
    {
        if (element == elements.Count)
        {
            return position - 1;
        }

        var current = elements[element];
        if (current.Gap)
        {
            for (var skip = 0; skip <= GapWords && position + skip < tokens.Count; skip++)
            {
                if (skip > 0 && tokens[position + skip - 1].Kind == TokenKind.Punctuation)
                {
                    break;
                }

                if (Match(elements, tokens, element + 1, position + skip, context, leading: false) is { } end)
                {
                    return end;
                }
            }

            return null;
        }

        // Fillers and symbols may sit between positions, never before the first.
        var candidates = leading ? [position] : Reachable(tokens, position, context);
        foreach (var candidate in candidates)
        {
            if (MatchElement(tokens, current, candidate, context) is { } last
                && Match(elements, tokens, element + 1, last + 1, context, leading: false) is { } end)
            {
                return end;
            }
        }

        if (current.Optional)
        {
            return Match(elements, tokens, element + 1, position, context, leading);
        }

        return null;
    }

    private static List<int> Reachable(IReadOnlyList<Token> tokens, int position, PhraseMatcherContext context)
    {
        var reachable = new List<int>();
        var fillers = 0;
        for (var p = position; p < tokens.Count; p++)
        {
            reachable.Add(p);
            var token = tokens[p];
            if (token.Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (token.Kind is TokenKind.Symbol or TokenKind.Emoji)
            {
                continue;
            }

            if (!(token.IsWord && context.Fillers.Contains(token)) || ++fillers > FillerWords)
            {
                break;
            }
        }

        return reachable;
    }

    private static int? MatchElement(IReadOnlyList<Token> tokens, PatternElement element, int position, PhraseMatcherContext context)
    {
        if (position >= tokens.Count)
        {
            return null;
        }

        var token = tokens[position];
        foreach (var alternative in element.Alternatives)
        {
            switch (alternative.Kind)
            {
                case PatternElementKind.Number:
                    if (NumberRecognizer.MatchAt(tokens, position, context.Culture) is { } number)
                    {
                        return number.Last;
                    }

                    break;
                case PatternElementKind.Symbol:
                    if (token.Kind == TokenKind.Symbol && token.Text == alternative.Text)
                    {
                        return position;
                    }

                    break;
                default:
                    if (token.Kind is (TokenKind.Word or TokenKind.Number)
                        && (Matches(alternative, token.Form, token.IsWord && !context.KnownWords.Contains(token))
                            || (token.IsWord && context.Spellings.TryGet(token.Form, out var meant) && Matches(alternative, meant, allowTypos: false))))
                    {
                        return position;
                    }

                    break;
            }
        }

        return null;
    }

    private static bool Matches(PatternAlternative alternative, WordForm typed, bool allowTypos) => alternative.Kind switch
    {
        PatternElementKind.Word => alternative.Form.Matches(typed, allowTypos),
        PatternElementKind.Exact => alternative.Form.SameAs(typed),
        PatternElementKind.Prefix => alternative.Form.IsPrefixOf(typed, allowTypos),
        PatternElementKind.Suffix => alternative.Form.IsSuffixOf(typed),
        PatternElementKind.Infix => alternative.Form.IsInfixOf(typed),
        _ => false,
    };

    private static PatternElement Element(string part, bool optional, string pattern, bool allowOptional = false)
    {
        if (allowOptional && part.StartsWith('[') && part.EndsWith(']'))
        {
            optional = true;
            part = part[1..^1];
        }

        if (part.Length == 0 || part.Contains('[') || part.Contains(']') || part == "...")
        {
            throw new FormatException($"Bad optional word '{part}' in pattern '{pattern}'.");
        }

        return new PatternElement([.. part.Split('|').Select(a => ParseAlternative(a, pattern))], optional, false);
    }

    private static PatternAlternative ParseAlternative(string text, string pattern)
    {
        if (text == "#")
        {
            return new PatternAlternative(PatternElementKind.Number, WordForm.Of(string.Empty), text);
        }

        if (text.Length == 1 && !char.IsLetterOrDigit(text[0]))
        {
            return new PatternAlternative(PatternElementKind.Symbol, WordForm.Of(text), text);
        }

        var kind = PatternElementKind.Word;
        var word = text;
        if (word.StartsWith('='))
        {
            kind = PatternElementKind.Exact;
            word = word[1..];
        }
        else if (word.Length > 2 && word.StartsWith('*') && word.EndsWith('*'))
        {
            kind = PatternElementKind.Infix;
            word = word[1..^1];
        }
        else if (word.StartsWith('*'))
        {
            kind = PatternElementKind.Suffix;
            word = word[1..];
        }
        else if (word.EndsWith('*'))
        {
            kind = PatternElementKind.Prefix;
            word = word[..^1];
        }

        var tokens = Tokenizer.Tokenize(word);
        if (tokens.Count != 1 || tokens[0].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            throw new FormatException($"'{text}' in pattern '{pattern}' must be a single word (use spaces between words).");
        }

        return new PatternAlternative(kind, tokens[0].Form, word);
    }
}
