using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace HeelBot.Bot.Channels.Twilio;

/// <summary>
/// Text for SMS: markdown turned into plain text, and long text split where a reader would pause – between
/// paragraphs, then lines, then sentences, then words – never inside a word unless one word is too long.
/// </summary>
public static partial class SmsText
{
    private const string Paragraph = "\n\n";

    /// <summary>Plain text: <c>**bold**</c> and <c>__bold__</c> unmarked, markdown links as their text (or "text: url").</summary>
    public static string Plain(string text, bool allowLinks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        plain = Bold().Replace(plain, m => m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["u"].Value);
        plain = Link().Replace(plain, m => allowLinks ? $"{m.Groups["text"].Value}: {m.Groups["url"].Value}" : m.Groups["text"].Value);
        plain = TrailingSpaces().Replace(plain, "\n");
        plain = ExtraBlankLines().Replace(plain, Paragraph);
        return XmlSafe(plain).Trim();
    }

    /// <summary>Drops characters XML cannot carry (control characters, lone surrogates); keeps newlines and tabs.</summary>
    public static string XmlSafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    /// <summary>
    /// Joins the texts (each already plain) into messages of at most <paramref name="maxLength"/> characters: a
    /// text that fits is never split, and consecutive texts share a message, a blank line apart, while they fit.
    /// </summary>
    public static IReadOnlyList<string> Pack(IEnumerable<string> texts, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var messages = new List<string>();
        var current = string.Empty;
        foreach (var piece in texts.SelectMany(text => Split(text, maxLength)))
        {
            var joined = current.Length == 0 ? piece : current + Paragraph + piece;
            if (joined.Length <= maxLength)
            {
                current = joined;
                continue;
            }

            messages.Add(current);
            current = piece;
        }

        if (current.Length > 0)
        {
            messages.Add(current);
        }

        return messages;
    }

    /// <summary>Pieces of at most <paramref name="maxLength"/> characters, cut at the largest boundary that makes them fit.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var pieces = new List<string>();
        SplitInto(text.Trim(), maxLength, level: 0, pieces);
        return pieces;
    }

    private static void SplitInto(string text, int maxLength, int level, List<string> pieces)
    {
        if (text.Length <= maxLength)
        {
            if (text.Length > 0)
            {
                pieces.Add(text);
            }

            return;
        }

        if (level == 4)
        {
            HardCut(text, maxLength, pieces);
            return;
        }

        var (parts, joiner) = level switch
        {
            0 => (text.Split(Paragraph), Paragraph),
            1 => (text.Split('\n'), "\n"),
            2 => (SentenceEnd().Split(text), " "),
            _ => (text.Split(' '), " "),
        };

        if (parts.Length <= 1)
        {
            SplitInto(text, maxLength, level + 1, pieces);
            return;
        }

        var current = string.Empty;
        foreach (var part in parts.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var joined = current.Length == 0 ? part : current + joiner + part;
            if (joined.Length <= maxLength)
            {
                current = joined;
                continue;
            }

            if (current.Length > 0)
            {
                pieces.Add(current);
            }

            current = string.Empty;
            if (part.Length <= maxLength)
            {
                current = part;
            }
            else
            {
                SplitInto(part, maxLength, level + 1, pieces);
            }
        }

        if (current.Length > 0)
        {
            pieces.Add(current);
        }
    }

    private static void HardCut(string text, int maxLength, List<string> pieces)
    {
        var start = 0;
        while (start < text.Length)
        {
            var length = Math.Min(maxLength, text.Length - start);

            // Never between the two halves of an emoji.
            if (length > 1 && start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            pieces.Add(text.Substring(start, length));
            start += length;
        }
    }

    [GeneratedRegex(@"\*\*(?<a>[^*\n]+?)\*\*|__(?<u>[^_\n]+?)__")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[(?<text>[^\]\n]+)\]\((?<url>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[ \t]+\n")]
    private static partial Regex TrailingSpaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    // A sentence ends at . ! ? or … followed by space; "f.eks. " may be cut, which is harmless in an SMS.
    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnd();
}
