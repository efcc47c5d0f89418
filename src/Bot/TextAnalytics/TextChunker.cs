using System.Globalization;

namespace HeelBot.Bot.TextAnalytics;

/// <summary>
/// Splits text longer than the service's per-document limit (5,120 text elements for synchronous requests) into
/// documents. Counting UTF-16 code units keeps every piece within the limit, since a text element is at least one
/// code unit. Cuts fall at a line break, else after a sentence, else at a space, and never inside a text element, so
/// a phone number or a name is rarely cut in two (and the local rules, run on the whole text, catch those that are).
/// </summary>
internal static class TextChunker
{
    public static IReadOnlyList<TextChunk> Split(string text, int maximumLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumLength, 2);
        var chunks = new List<TextChunk>();
        var start = 0;
        while (text.Length - start > maximumLength)
        {
            var cut = FindCut(text, start, start + maximumLength);
            chunks.Add(new TextChunk(start, cut - start));
            start = cut;
        }

        if (start < text.Length || chunks.Count == 0)
        {
            chunks.Add(new TextChunk(start, text.Length - start));
        }

        return chunks;
    }

    /// <summary>Where to end the chunk starting at <paramref name="start"/>: a position after it and at most <paramref name="limit"/>.</summary>
    private static int FindCut(string text, int start, int limit)
    {
        // Look for a natural break in the second half only, so chunks stay reasonably full.
        var floor = start + ((limit - start) / 2);
        var lineBreak = text.LastIndexOf('\n', limit - 1, limit - floor);
        if (lineBreak >= floor)
        {
            return lineBreak + 1;
        }

        for (var i = limit - 1; i > floor; i--)
        {
            if (char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or '!' or '?')
            {
                return i + 1;
            }
        }

        for (var i = limit - 1; i >= floor; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }

        // No space at all: end at the last whole text element (an emoji or a letter with its accent stays whole).
        var position = start;
        while (position < limit)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(position));
            if (position + length > limit)
            {
                break;
            }

            position += length;
        }

        return position > start ? position : limit;
    }
}
