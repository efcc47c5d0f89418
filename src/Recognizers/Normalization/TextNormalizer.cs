using System.Globalization;
using System.Text;

namespace HeelBot.Recognizers.Normalization;

/// <summary>Text normalisation for matching: case, Danish letters, accents, repeated letters, emoji and punctuation.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// Lower case, Danish letters spelt out the way Danes do without a Danish keyboard (æ→ae, ø→oe, å→aa; the
    /// German/Swedish ä, ö, ü likewise), other accents removed ("é"→"e") and apostrophes dropped ("can't"→"cant").
    /// </summary>
    public static string Fold(string text) => Map(text, spellOut: true);

    /// <summary>Like <see cref="Fold"/> but with the Danish letters reduced to their plain letter (æ→a, ø→o, å→a).</summary>
    public static string Bare(string text) => Map(text, spellOut: false);

    /// <summary>Cuts every run of the same character to one ("ondtttt"→"ondt", "jaaa"→"ja", "week"→"wek").</summary>
    public static string Squeeze(string text)
    {
        if (text.Length < 2 || !HasRepeat(text))
        {
            // Nothing to cut: the text itself, without copying it (most words have no doubled letter).
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var last = '\0';
        foreach (var c in text)
        {
            if (c != last)
            {
                builder.Append(c);
            }

            last = c;
        }

        return builder.ToString();
    }

    /// <summary>
    /// The whole text folded for comparison: tokens folded (see <see cref="Fold"/>) and joined by single spaces,
    /// with emoji, punctuation and symbols left out.
    /// </summary>
    public static string Normalize(string text) =>
        string.Join(' ', Tokenizer.Tokenize(text).Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Form.Folded));

    /// <summary>The original text without emoji and punctuation, whitespace collapsed; letters keep their case.</summary>
    public static string StripEmojiAndPunctuation(string text) =>
        string.Join(' ', Tokenizer.Tokenize(text).Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => t.Text));

    private static string Map(string text, bool spellOut)
    {
        if (IsAlreadyMapped(text, spellOut))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 4);
        foreach (var raw in text)
        {
            // ASCII lowered by hand: the same result as ToLowerInvariant, without its culture-data path.
            var c = raw < 128 ? (raw is >= 'A' and <= 'Z' ? (char)(raw | 0x20) : raw) : char.ToLowerInvariant(raw);
            switch (c)
            {
                case 'æ' or 'ä' or 'ǽ':
                    builder.Append(spellOut ? "ae" : "a");
                    break;
                case 'ø' or 'ö' or 'ǿ':
                    builder.Append(spellOut ? "oe" : "o");
                    break;
                case 'å':
                    builder.Append(spellOut ? "aa" : "a");
                    break;
                case 'ü':
                    builder.Append(spellOut ? "ue" : "u");
                    break;
                case 'ß':
                    builder.Append("ss");
                    break;
                case '\'' or '’' or '‘' or '`' or '´':
                    break;
                case ',' when spellOut:
                    // Decimal commas fold to a dot so "1,5" and "1.5" meet.
                    builder.Append('.');
                    break;
                default:
                    AppendWithoutAccent(builder, c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when <see cref="Map"/> would return the text unchanged: plain ASCII, no capitals, nothing it drops or
    /// rewrites. Most words people type are like that, so they need no copy.
    /// </summary>
    private static bool IsAlreadyMapped(string text, bool spellOut)
    {
        foreach (var c in text)
        {
            if (c >= 128 || c is >= 'A' and <= 'Z' || c is '\'' or '`' || (c == ',' && spellOut))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasRepeat(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == text[i - 1])
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendWithoutAccent(StringBuilder builder, char c)
    {
        if (c < 128 || char.IsSurrogate(c))
        {
            builder.Append(c);
            return;
        }

        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(part);
            }
        }
    }
}
