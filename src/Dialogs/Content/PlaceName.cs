using System.Globalization;
using System.Text;

namespace HeelBot.Dialogs.Content;

/// <summary>
/// Folds place names so that the ways people type them compare equal: case, "Århus"/"Aarhus",
/// "Sønderborg"/"Soenderborg"/"Sonderborg", "Kbh."/"kbh", and diacritics such as "Sönderborg".
/// </summary>
internal static class PlaceName
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "o", StringComparison.Ordinal)
            .Replace("å", "a", StringComparison.Ordinal);

        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // The old spellings "aa" for å and "oe" for ø are still common (Aalborg, Aabenraa, Koege).
        return string.Join(' ', words)
            .Replace("aa", "a", StringComparison.Ordinal)
            .Replace("oe", "o", StringComparison.Ordinal);
    }

    /// <summary>Edit distance counting an adjacent swap as one edit ("Odnese" is one from "Odense").</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>How many typos a word of this length may carry; short words must match exactly.</summary>
    public static int AllowedTypos(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };
}
