using System.Text;

namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// Turns the personal data found in a text into a redacted copy. Shared by every analyzer so the tokens, and the way
/// overlapping finds are settled, are the same whichever one found them.
/// </summary>
public static class PiiRedactor
{
    /// <summary>
    /// <paramref name="text"/> with each found span replaced by its token (<see cref="PiiTokens"/>). Overlapping finds
    /// are settled by <see cref="Resolve"/>; the returned matches are the ones applied, in text order, with offsets in
    /// the original text.
    /// </summary>
    public static RedactedText Apply(string text, IEnumerable<PiiMatch> candidates, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = Resolve(text.Length, candidates);
        if (matches.Count == 0)
        {
            return new RedactedText(text, matches);
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var match in matches)
        {
            builder.Append(text, position, match.Offset - position).Append(PiiTokens.For(match.Category, language));
            position = match.Offset + match.Length;
        }

        builder.Append(text, position, text.Length - position);
        return new RedactedText(builder.ToString(), matches);
    }

    /// <summary>
    /// Keeps one find per stretch of text. The more specific category wins an overlap (an e-mail address holds a name
    /// and digits; a CPR number holds eight digits that look like a phone number), then the longer find; empty and
    /// out-of-range finds are dropped.
    /// </summary>
    public static IReadOnlyList<PiiMatch> Resolve(int textLength, IEnumerable<PiiMatch> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var kept = new List<PiiMatch>();
        var ordered = candidates
            .Where(m => m.Length > 0 && m.Offset >= 0 && m.Offset + m.Length <= textLength)
            .Distinct()
            .OrderBy(m => Rank(m.Category))
            .ThenByDescending(m => m.Length)
            .ThenBy(m => m.Offset);
        foreach (var candidate in ordered)
        {
            if (!kept.Any(k => candidate.Offset < k.Offset + k.Length && k.Offset < candidate.Offset + candidate.Length))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return kept;
    }

    private static int Rank(PiiCategory category) => category switch
    {
        PiiCategory.Email => 0,
        PiiCategory.CprNumber => 1,
        PiiCategory.PhoneNumber => 2,
        _ => 3,
    };
}
