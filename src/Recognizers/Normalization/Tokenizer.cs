using System.Globalization;

namespace HeelBot.Recognizers.Normalization;

/// <summary>
/// Splits text into words, numbers, symbols, punctuation and emoji, keeping each token's place in the original text.
/// Letters and digits are split where they meet ("3w" → "3", "w"; "nr2" → "nr", "2") so units and numbers glued
/// together by hurried typing are still found.
/// </summary>
public static class Tokenizer
{
    private const string ClausePunctuation = ".;:!?()[]…¿¡";
    private const string Symbols = "-–—/&+°%#*=~<>";
    private const string Fractions = "½¼¾⅓⅔";

    public static IReadOnlyList<Token> Tokenize(string? text)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                var start = i;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token("\n", start, start, TokenKind.Punctuation));
            }
            else if (char.IsWhiteSpace(c) || c is '\uFE0F' or '\u200D' or '\u20E3' or '"' or '“' or '”' or '«' or '»')
            {
                // Variation selectors and keycap marks belong to the emoji or digit before them ("1️⃣" is "1").
                i++;
            }
            else if (LinkLength(text, i) is > 0 and var length)
            {
                tokens.Add(new Token(text.Substring(i, length), i, i + length - 1, TokenKind.Link));
                i += length;
            }
            else if (IsDigit(c) || Fractions.Contains(c))
            {
                i = ReadNumber(text, i, tokens);
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, tokens);
            }
            else if (c == ',')
            {
                tokens.Add(new Token(",", i, i, TokenKind.Punctuation));
                i++;
            }
            else if (ClausePunctuation.Contains(c))
            {
                var start = i;
                while (i < text.Length && ClausePunctuation.Contains(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(text[start..i], start, i - 1, TokenKind.Punctuation));
            }
            else if (Symbols.Contains(c))
            {
                tokens.Add(new Token(c.ToString(), i, i, TokenKind.Symbol));
                i++;
            }
            else if (IsPictograph(text, i))
            {
                var start = i;
                while (i < text.Length && (IsPictograph(text, i) || text[i] is '\uFE0F' or '\u200D'))
                {
                    i += char.IsSurrogatePair(text, i) ? 2 : 1;
                }

                tokens.Add(new Token(text[start..i], start, i - 1, TokenKind.Emoji));
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    private static int ReadNumber(string text, int i, List<Token> tokens)
    {
        var start = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && i > start && text[i] is '.' or ',' && IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && Fractions.Contains(text[i]))
        {
            i++;
        }

        tokens.Add(new Token(text[start..i], start, i - 1, TokenKind.Number));
        return i;
    }

    private static int ReadWord(string text, int i, List<Token> tokens)
    {
        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (c is '\'' or '’' or '`' or '´' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        tokens.Add(new Token(text[start..i], start, i - 1, TokenKind.Word));
        return i;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>The length of an e-mail or web address starting here (a chunk up to the next space), or 0.</summary>
    private static int LinkLength(string text, int i)
    {
        if (!char.IsLetterOrDigit(text[i]) || (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or '<' or '"')))
        {
            return 0;
        }

        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        // Trailing sentence punctuation belongs to the sentence, not the address.
        while (end > i && text[end - 1] is '.' or ',' or '!' or '?' or ')' or '>' or ';' or ':' or '"')
        {
            end--;
        }

        var chunk = text.AsSpan(i, end - i);
        var at = chunk.IndexOf('@');
        var isEmail = at > 0 && chunk[(at + 1)..].Contains('.') && at < chunk.Length - 1;
        var isWeb = chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        return isEmail || isWeb ? end - i : 0;
    }

    private static bool IsPictograph(string text, int i)
    {
        if (char.IsSurrogatePair(text, i))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text[i]);
        return category == UnicodeCategory.OtherSymbol;
    }
}
