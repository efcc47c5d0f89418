using System.Globalization;
using System.Text;
using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Contact;

/// <summary>
/// Takes a name out of a reply: "Jeg hedder Mette Hansen", "mit navn er …", "My name is …", "I'm …", or the bare name.
/// Keeps Danish and other letters, hyphens and apostrophes ("Ann-Sofie Møller-Jørgensen", "O'Brien"). Casing: a word
/// typed all in lower or all in upper case is capitalised ("mette hansen" → "Mette Hansen"); a word typed in mixed case
/// is kept as written ("McDonald"), and so are particles after the first word ("Ludwig van Beethoven", "de la Cruz").
/// Rejects what is plainly no name: digits, one letter, e-mail addresses, more than 80 characters, refusals and answers
/// such as "ved ikke", "nej", "I'd rather not say".
/// </summary>
public static class PersonNameRecognizer
{
    public const int MaxLength = 80;

    /// <summary>Names rarely run past six words; a longer reply is a sentence.</summary>
    private const int MaxWords = 7;

    /// <summary>Lead-ins before the name, longest first so "my name is" wins over "my name".</summary>
    private static readonly string[] LeadIns =
    [
        "jeg hedder", "mit fulde navn er", "mit navn er", "navnet er", "jeg er", "det er", "du kan kalde mig", "kald mig", "hedder",
        "navn", "my full name is", "my name is", "my names", "the name is", "name is", "this is", "you can call me", "call me",
        "i am", "im", "its", "name", "it is",
    ];

    private static readonly string[] Greetings = ["hej", "hejsa", "hi", "hello", "hey", "goddag", "dav", "halløj"];

    /// <summary>Whole replies that answer something else.</summary>
    private static readonly HashSet<string> Refusals = new(StringComparer.Ordinal)
    {
        "ved ikke", "ved det ikke", "det ved jeg ikke", "nej", "nej tak", "ja", "ja tak", "ok", "okay", "tak", "anonym", "anonymt",
        "ingen", "ingenting", "spring over", "hvorfor", "test", "stop", "hjaelp", "annuller", "no", "yes", "thanks", "dont know",
        "i dont know", "idk", "no idea", "anonymous", "none", "nobody", "na", "skip", "why", "help", "cancel", "pass", "hej", "hi",
        "hello",
    };

    /// <summary>Words that occur in sentences but never in a name.</summary>
    private static readonly HashSet<string> NeverInNames = new(StringComparer.Ordinal)
    {
        "ikke", "vil", "ved", "hedder", "hvorfor", "hvad", "tak", "hjaelp", "jeg", "er", "mit", "navn", "har", "kan", "skal", "gerne",
        "nej", "ja", "fra", "sige", "not", "dont", "want", "know", "why", "what", "thanks", "please", "help", "is", "my", "name",
        "have", "can", "will", "would", "rather", "say", "no", "yes", "from", "ok", "okay",
    };

    /// <summary>Particles that stay in lower case after the first word.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "af", "la", "le", "du", "da", "di", "del", "della", "dos", "das", "do", "ten", "ter", "zu", "y",
    };

    public static PersonNameResult Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new PersonNameResult(null, PersonNameProblem.Missing);
        }

        var trimmed = WithoutEmoji(text).Trim();
        if (trimmed.Contains('@'))
        {
            return new PersonNameResult(null, PersonNameProblem.LooksLikeEmail);
        }

        if (Refusals.Contains(TextNormalizer.Normalize(trimmed)))
        {
            return new PersonNameResult(null, PersonNameProblem.NotAName);
        }

        var candidate = FirstClause(StripLeadIn(StripLeadIn(trimmed, Greetings), LeadIns)).Trim();
        if (candidate.Length == 0)
        {
            return new PersonNameResult(null, PersonNameProblem.NotAName);
        }

        if (candidate.Any(char.IsDigit))
        {
            return new PersonNameResult(null, PersonNameProblem.ContainsDigits);
        }

        if (candidate.Length > MaxLength || trimmed.Length > MaxLength * 3)
        {
            return new PersonNameResult(null, PersonNameProblem.TooLong);
        }

        if (!candidate.All(IsNameCharacter))
        {
            return new PersonNameResult(null, PersonNameProblem.InvalidCharacters);
        }

        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (candidate.Count(char.IsLetter) < 2)
        {
            return new PersonNameResult(null, PersonNameProblem.TooShort);
        }

        var folded = words.Select(word => TextNormalizer.Normalize(word)).ToList();
        if (words.Length > MaxWords || words.Any(word => !word.Any(char.IsLetter)) || Refusals.Contains(string.Join(' ', folded))
            || folded.Any(NeverInNames.Contains))
        {
            return new PersonNameResult(null, PersonNameProblem.NotAName);
        }

        return new PersonNameResult(string.Join(' ', words.Select((word, index) => Case(word, index))), PersonNameProblem.None);
    }

    /// <summary>Drops a lead-in ("jeg hedder", "hi,") when the text starts with one, on whole words only.</summary>
    private static string StripLeadIn(string text, string[] leadIns)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = words.Select(word => TextNormalizer.Normalize(word).Replace(" ", string.Empty, StringComparison.Ordinal)).ToArray();
        foreach (var leadIn in leadIns.OrderByDescending(phrase => phrase.Length))
        {
            var parts = leadIn.Split(' ').Select(part => TextNormalizer.Normalize(part)).ToArray();
            if (parts.Length <= folded.Length && parts.SequenceEqual(folded[..parts.Length]))
            {
                return string.Join(' ', words[parts.Length..]).TrimStart(',', ':', '!', '.', '-', ' ');
            }
        }

        return text;
    }

    /// <summary>
    /// The name part of "Mette Hansen, og jeg har ondt" or "Mette. Tak": up to the first comma, "!", "?", ";", a
    /// full stop after a word longer than one letter (an initial keeps its dot: "Mette H. Hansen"), or "og"/"and".
    /// </summary>
    private static string FirstClause(string text)
    {
        var builder = new StringBuilder();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var folded = TextNormalizer.Normalize(word);
            if (builder.Length > 0 && folded is "og" or "and" or "tak" or "thanks" or "please")
            {
                break;
            }

            var cut = word.IndexOfAny([',', '!', '?', ';', ':']);
            var end = cut >= 0 ? word[..cut] : word;
            var sentenceEnd = cut < 0 && end.EndsWith('.') && end.TrimEnd('.').Count(char.IsLetter) > 1;
            if (sentenceEnd)
            {
                end = end.TrimEnd('.');
            }

            if (end.Length > 0)
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty).Append(end);
            }

            if (cut >= 0 || sentenceEnd)
            {
                break;
            }
        }

        return builder.ToString();
    }

    private static bool IsNameCharacter(char c) =>
        char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>Capitalises a word typed all in lower or upper case, part by part across hyphens and "O'".</summary>
    private static string Case(string word, int index)
    {
        var letters = word.Where(char.IsLetter).ToList();
        var allLower = letters.All(char.IsLower);
        var allUpper = letters.All(char.IsUpper) && letters.Count > 1;
        if (!allLower && !allUpper)
        {
            return word;
        }

        var lower = word.ToLower(CultureInfo.InvariantCulture);
        if (index > 0 && Particles.Contains(lower))
        {
            return lower;
        }

        var builder = new StringBuilder(lower.Length);
        var startOfPart = true;
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            builder.Append(startOfPart && char.IsLetter(c) ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
            startOfPart = c == '-' || (c is '\'' or '’' && i == 1);
        }

        return builder.ToString();
    }

    private static string WithoutEmoji(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.OtherSymbol || text[i] is '\uFE0F' or '\u200D')
            {
                continue;
            }

            builder.Append(char.IsWhiteSpace(text[i]) ? ' ' : text[i]);
        }

        return builder.ToString();
    }
}
