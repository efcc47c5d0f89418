using System.Globalization;
using System.Text.RegularExpressions;
using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Contact;

/// <summary>
/// Pragmatic e-mail validation: one "@", a local part of the usual characters, a domain with a dot whose labels are
/// letters (Danish and other letters allowed, as in "søren@blåbær.dk"), digits and hyphens, and an ending of at least two
/// letters. It does not try to accept every address RFC 5322 allows (quoted local parts, IP domains): people typing into a
/// chat do not have those. Letters outside ASCII are accepted before the "@" too (internationalised mail, RFC 6531),
/// though some mail servers still refuse them. Common slips get a suggestion: ".con"/".cmo" for ".com", "gmial.com" for "gmail.com",
/// "gmail.dk" for "gmail.com". The address may sit in a short sentence ("min mail er anna@mail.dk").
/// </summary>
public static class EmailRecognizer
{
    private const int MaxLength = 254;
    private const int MaxLocalLength = 64;
    private const int MaxLabelLength = 63;
    private const string LocalSymbols = ".!#$%&'*+/=?^_`{|}~-";

    /// <summary>Endings that are no top-level domain but a slip of the keyboard.</summary>
    private static readonly Dictionary<string, string> TopLevelTypos = new(StringComparer.Ordinal)
    {
        ["con"] = "com",
        ["cmo"] = "com",
        ["ocm"] = "com",
        ["cpm"] = "com",
        ["vom"] = "com",
        ["xom"] = "com",
        ["comm"] = "com",
        ["coom"] = "com",
        ["comn"] = "com",
        ["dkk"] = "dk",
        ["ddk"] = "dk",
    };

    /// <summary>Mail providers Danes use, by name, with the endings they really have.</summary>
    private static readonly Dictionary<string, string[]> Providers = new(StringComparer.Ordinal)
    {
        ["gmail"] = ["com"],
        ["googlemail"] = ["com"],
        ["hotmail"] = ["com", "dk", "co.uk"],
        ["outlook"] = ["com", "dk"],
        ["live"] = ["com", "dk"],
        ["yahoo"] = ["com", "dk", "co.uk"],
        ["icloud"] = ["com"],
        ["protonmail"] = ["com"],
        ["mail"] = ["dk"],
        ["jubii"] = ["dk"],
        ["stofanet"] = ["dk"],
        ["youmail"] = ["dk"],
        ["get2net"] = ["dk"],
    };

    /// <summary>Providers whose mail lives under one ending only, so any other ending is a slip ("gmail.dk").</summary>
    private static readonly HashSet<string> SingleEnding = ["gmail", "googlemail", "icloud", "protonmail"];

    /// <summary>Words that may come before or after the address in a reply: "min mail er …", "… tak".</summary>
    private static readonly HashSet<string> TalkWords = new(StringComparer.Ordinal)
    {
        "min", "mail", "mailen", "email", "emailen", "e", "mailadresse", "emailadresse", "adresse", "adressen", "er", "det", "den",
        "her", "jeg", "har", "kan", "skriv", "til", "paa", "tak", "hedder", "my", "is", "its", "address", "the", "here", "you", "me", "at",
        "reach", "write", "to", "thanks", "thank", "please", "venligst", "ok", "okay",
    };

    private static readonly Regex SpacesAroundAt = new(@"\s*@\s*", RegexOptions.CultureInvariant);

    public static EmailResult Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new EmailResult(null, EmailProblem.Missing);
        }

        if (Extract(text.Trim()) is not { } candidate)
        {
            return new EmailResult(null, text.Contains('@') ? EmailProblem.Spaces : EmailProblem.MissingAt);
        }

        var at = candidate.IndexOf('@');
        if (at < 0)
        {
            return new EmailResult(null, EmailProblem.MissingAt);
        }

        if (candidate.IndexOf('@', at + 1) >= 0)
        {
            return new EmailResult(null, EmailProblem.SeveralAts);
        }

        var local = candidate[..at];
        var domain = candidate[(at + 1)..].ToLowerInvariant();
        if (!IsValidLocal(local))
        {
            return new EmailResult(null, EmailProblem.InvalidLocalPart);
        }

        if (!domain.Contains('.'))
        {
            return new EmailResult(null, domain.Contains(',') ? EmailProblem.InvalidDomain : EmailProblem.MissingDomainDot, SuggestDot(local, domain));
        }

        if (DomainProblem(domain) is { } problem)
        {
            var fixedDomain = domain.Replace(',', '.');
            var suggestion = fixedDomain != domain && DomainProblem(fixedDomain) is null ? $"{local}@{Correct(fixedDomain) ?? fixedDomain}" : null;
            return new EmailResult(null, problem, suggestion);
        }

        var address = $"{local}@{domain}";
        if (address.Length > MaxLength)
        {
            return new EmailResult(null, EmailProblem.TooLong);
        }

        return Correct(domain) is { } corrected
            ? new EmailResult(address, EmailProblem.LikelyTypo, $"{local}@{corrected}")
            : new EmailResult(address, EmailProblem.None);
    }

    /// <summary>
    /// The address out of the reply: "mailto:", brackets and quotes dropped, spaces around "@" closed ("anna @ mail.dk"),
    /// and talk around it skipped. Null when spaces split the address itself ("anna hansen@mail.dk").
    /// </summary>
    private static string? Extract(string text)
    {
        var words = SpacesAroundAt.Replace(text, "@").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('<', '>', '"', '\'', '(', ')', '[', ']', '«', '»', '“', '”'))
            .Select(word => word.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? word[7..] : word)
            .Where(word => word.Length > 0)
            .ToList();
        var withAt = words.Where(word => word.Contains('@')).ToList();
        if (withAt.Count == 0)
        {
            return words.Count == 1 ? words[0] : null;
        }

        if (withAt.Count > 1)
        {
            return string.Join('@', withAt);
        }

        if (!words.Where(word => !word.Contains('@')).All(IsTalk))
        {
            return null;
        }

        // Sentence punctuation after the address belongs to the sentence.
        return withAt[0].TrimEnd('.', ',', '!', '?', ';', ':');
    }

    private static bool IsTalk(string word) =>
        TextNormalizer.Normalize(word).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(TalkWords.Contains);

    private static bool IsValidLocal(string local) =>
        local.Length is > 0 and <= MaxLocalLength && local[0] != '.' && local[^1] != '.' && !local.Contains("..", StringComparison.Ordinal)
        && local.All(c => char.IsLetterOrDigit(c) || LocalSymbols.Contains(c));

    private static EmailProblem? DomainProblem(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Any(label => label.Length is 0 or > MaxLabelLength || label[0] == '-' || label[^1] == '-'
            || !label.All(c => char.IsLetterOrDigit(c) || c == '-' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)))
        {
            return EmailProblem.InvalidDomain;
        }

        var top = labels[^1];
        var isPunycode = top.StartsWith("xn--", StringComparison.Ordinal) && top.Length > 4;
        return top.Length >= 2 && (isPunycode || top.All(char.IsLetter)) ? null : EmailProblem.InvalidTopLevelDomain;
    }

    /// <summary>The domain the person most likely meant, or null when the domain looks right as it is.</summary>
    private static string? Correct(string domain)
    {
        var dot = domain.IndexOf('.');
        var name = domain[..dot];
        var ending = domain[(dot + 1)..];
        var lastDot = ending.LastIndexOf('.');
        var top = ending[(lastDot + 1)..];
        var fixedEnding = TopLevelTypos.TryGetValue(top, out var fixedTop) ? ending[..(lastDot + 1)] + fixedTop : ending;

        if (Providers.TryGetValue(name, out var endings))
        {
            if (endings.Contains(fixedEnding))
            {
                return fixedEnding == ending ? null : $"{name}.{fixedEnding}";
            }

            // "gmail.dk", "gmail.co": Gmail has only .com.
            return SingleEnding.Contains(name) ? $"{name}.{endings[0]}" : fixedEnding != ending ? $"{name}.{fixedEnding}" : null;
        }

        // "gmial.com", "hotmial.dk": one slip from a provider's name, with an ending that provider has.
        foreach (var (provider, providerEndings) in Providers)
        {
            if (provider.Length >= 5 && providerEndings.Contains(fixedEnding) && EditDistance.Compute(provider, name, 1) <= 1)
            {
                return $"{provider}.{fixedEnding}";
            }
        }

        return fixedEnding != ending ? $"{name}.{fixedEnding}" : null;
    }

    /// <summary>"anna@gmailcom" → "anna@gmail.com" when the name before the ending is a known provider.</summary>
    private static string? SuggestDot(string local, string domain)
    {
        foreach (var (provider, endings) in Providers)
        {
            foreach (var ending in endings.Where(ending => !ending.Contains('.')))
            {
                if (domain == provider + ending || domain == provider + "," + ending)
                {
                    return $"{local}@{provider}.{ending}";
                }
            }
        }

        return null;
    }
}
