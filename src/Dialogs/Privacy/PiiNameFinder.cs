using System.Text.RegularExpressions;

namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// Names the person gives about themselves or their family: "jeg hedder Mette", "mit navn er Mette Hansen", "min søn
/// hedder Oliver", "my name is John Smith", "I'm Anna", "mvh Lars". Only a name introduced like that is found (the
/// short list of common first names only helps with names typed in lower case), and then every other place the same
/// name appears in the text is found too.
/// </summary>
internal static partial class PiiNameFinder
{
    /// <summary>A surname or middle name may follow the first name: "Mette Lund Hansen" is one name.</summary>
    private const int MaximumWords = 3;

    public static IReadOnlyList<PiiMatch> Find(string text)
    {
        var found = new List<PiiMatch>();
        foreach (Match trigger in Introduction().Matches(text))
        {
            ReadName(text, trigger.Index + trigger.Length, strict: false, found);
        }

        foreach (Match trigger in LooseIntroduction().Matches(text))
        {
            ReadName(text, trigger.Index + trigger.Length, strict: true, found);
        }

        if (found.Count == 0)
        {
            return found;
        }

        var given = found
            .SelectMany(m => Parts(text.Substring(m.Offset, m.Length)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var name in given)
        {
            found.AddRange(Repeats(text, name));
        }

        return found;
    }

    /// <summary>
    /// Reads up to three name words from <paramref name="position"/>. A strict reading (after "I'm", "jeg er" or a
    /// sign-off) takes a first word only when it is capitalised or a common first name.
    /// </summary>
    private static void ReadName(string text, int position, bool strict, List<PiiMatch> found)
    {
        // "Dr. Hansen": the title is not part of what is redacted, the name after it is.
        var title = NameWord().Match(text, position);
        if (title.Success && PiiNameWords.Titles.Contains(title.Value))
        {
            position = SkipSeparator(text, title.Index + title.Length, allowPeriod: true);
            if (position < 0)
            {
                return;
            }
        }

        var start = -1;
        var end = -1;
        var firstIsLower = false;
        for (var count = 0; count < MaximumWords && position >= 0; count++)
        {
            var word = NameWord().Match(text, position);
            var accepted = word.Success && (start < 0 ? IsFirstName(word.Value, strict) : IsFurtherName(word.Value, firstIsLower));
            if (!accepted)
            {
                break;
            }

            if (start < 0)
            {
                start = word.Index;
                firstIsLower = !char.IsUpper(word.Value[0]);
            }

            end = word.Index + word.Length;
            position = SkipSeparator(text, end, allowPeriod: false);
        }

        if (start >= 0)
        {
            found.Add(new PiiMatch(PiiCategory.PersonName, start, end - start));
        }
    }

    private static bool IsFirstName(string word, bool strict)
    {
        if (word.Length < 2 || PiiNameWords.NotNames.Contains(word))
        {
            return false;
        }

        if (!strict || PiiNameWords.FirstNames.Contains(word))
        {
            return true;
        }

        // "I'M SORE" is shouting, not a name; "I'm Anna" is.
        return char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);
    }

    private static bool IsFurtherName(string word, bool firstIsLower) =>
        word.Length >= 2
        && !PiiNameWords.NotNames.Contains(word)
        && (char.IsUpper(word[0]) || PiiNameWords.Surnames.Contains(word) || (firstIsLower && PiiNameWords.FirstNames.Contains(word)));

    /// <summary>The next word's position when only spaces (and after a title, a period) come between, else -1.</summary>
    private static int SkipSeparator(string text, int position, bool allowPeriod)
    {
        if (allowPeriod && position < text.Length && text[position] == '.')
        {
            position++;
        }

        var next = position;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        return next > position ? next : -1;
    }

    /// <summary>The whole name and each of its words, for finding them again ("Mette Hansen", "Mette", "Hansen").</summary>
    private static IEnumerable<string> Parts(string name)
    {
        yield return name;
        foreach (Match word in NamePart().Matches(name))
        {
            if (word.Length >= 2 && !PiiNameWords.NotNames.Contains(word.Value))
            {
                yield return word.Value;
            }
        }
    }

    /// <summary>
    /// Every whole-word occurrence of <paramref name="name"/>, also before a possessive ending ("Mettes", "Anna's": the
    /// ending stays). Case does not matter, except for names that are also words ("Per" against "per dag").
    /// </summary>
    private static IEnumerable<PiiMatch> Repeats(string text, string name)
    {
        var options = RegexOptions.CultureInvariant;
        if (!PiiNameWords.AlsoWords.Contains(name))
        {
            options |= RegexOptions.IgnoreCase;
        }

        var pattern = @"(?<![\p{L}\p{N}])" + Regex.Escape(name) + @"(?=(?:s|['’]s)?(?![\p{L}\p{N}]))";
        return Regex.Matches(text, pattern, options, TimeSpan.FromSeconds(1))
            .Select(m => new PiiMatch(PiiCategory.PersonName, m.Index, m.Length));
    }

    /// <summary>Phrases after which the next word is a name unless it is plainly not one.</summary>
    [GeneratedRegex(
        @"\b(?:(?:jeg\s+hedder(?:\s+også)?|(?:mit|hans|hendes|dit)\s+(?:fulde\s+)?(?:for|efter)?navn\s+er|navnet\s+er" +
        @"|(?:min|mit|vores)\s+(?:søn|datter|barn|mand|kone|hustru|kæreste|dreng|pige|mor|far|ven|veninde|partner|samlever)\s+hedder" +
        @"|(?:han|hun)\s+hedder|kald\s+mig(?:\s+bare)?|jeg\s+bliver\s+kaldt|jeg\s+kaldes" +
        @"|my\s+(?:full\s+|first\s+|last\s+|sur)?name(?:\s+is|['’]s)|(?:his|her)\s+name\s+is" +
        @"|my\s+(?:son|daughter|child|kid|husband|wife|partner|boyfriend|girlfriend|mother|father|mum|mom|dad)(?:['’]s\s+name\s+is|\s+is\s+called)" +
        @"|(?:i['’]?m|i\s+am)\s+called|call\s+me)\b[,:]?\s+|(?:navn|name)\s*:\s*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Introduction();

    /// <summary>Phrases that are often, but not always, followed by a name: "I'm Anna" but "I'm sore"; sign-offs.</summary>
    [GeneratedRegex(
        @"(?:\b(?:i['’]?m|i\s+am|jeg\s+er)|(?:^|(?<=[\s,.!;]))(?:mvh|m\.v\.h\.?|vh|kh|venlig\s+hilsen|venlige\s+hilsner|kærlig\s+hilsen|hilsen|hilsner|regards|best\s+regards|kind\s+regards|best\s+wishes|cheers))[,.:!]?\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex LooseIntroduction();

    /// <summary>A name word: letters, with inner hyphens and apostrophes ("Anne-Marie", "O'Brien").</summary>
    [GeneratedRegex(@"\G\p{L}+(?:[-'’]\p{L}+)*(?![\p{N}])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\p{L}+(?:[-'’]\p{L}+)*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamePart();
}
