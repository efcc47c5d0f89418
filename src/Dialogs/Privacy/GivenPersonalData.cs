using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using HeelBot.Dialogs.Conversation;

namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// Remembers the personal data a person has given in the conversation – the words of their name, their phone and CPR
/// numbers, their e-mail address – so it is redacted wherever it comes back: in a later message the analyzer alone
/// would not catch ("Jens her igen"), and in the bot's own replies (a booking confirmation that names the person).
/// Only one-way hashes are kept in the conversation state, never the data itself; a match needs the same word or the
/// same digits again.
/// </summary>
public static partial class GivenPersonalData
{
    /// <summary>Separates these hashes from any other SHA-256 of the same words.</summary>
    private const string HashDomain = "heelbot.given-personal-data.v1";

    /// <summary>The national part of a Danish phone number: "+45 12 34 56 78" comes back as "12 34 56 78".</summary>
    private const int NationalDigits = 8;

    /// <summary>Remembers <paramref name="value"/>, e.g. the contact name a booking asks for, as something to redact.</summary>
    public static void Remember(TriageSession session, PiiCategory category, string value)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(value);
        foreach (var hash in HashesOf(category, value))
        {
            if (!session.PersonalDataHashes.Contains(hash))
            {
                session.PersonalDataHashes.Add(hash);
            }
        }
    }

    /// <summary>Remembers everything the analyzer found in <paramref name="original"/>.</summary>
    public static void RememberAll(TriageSession session, string original, RedactedText redacted)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(redacted);
        foreach (var match in redacted.Matches)
        {
            if (match.Offset >= 0 && match.Length > 0 && match.Offset + match.Length <= original.Length)
            {
                Remember(session, match.Category, original.Substring(match.Offset, match.Length));
            }
        }
    }

    /// <summary><paramref name="text"/> with everything remembered replaced by its category token.</summary>
    public static string Redact(string text, TriageSession session, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(session);
        if (session.PersonalDataHashes.Count == 0 || text.Length == 0)
        {
            return text;
        }

        var known = session.PersonalDataHashes.ToHashSet(StringComparer.Ordinal);
        var found = new List<PiiMatch>();
        foreach (Match email in EmailPattern().Matches(text))
        {
            // A full stop after the address ends the sentence, not the address.
            var address = email.Value.TrimEnd('.');
            if (known.Contains(Hash("e", address.ToLowerInvariant())))
            {
                found.Add(new PiiMatch(PiiCategory.Email, email.Index, address.Length));
            }
        }

        foreach (Match number in DigitsPattern().Matches(text))
        {
            var digits = DigitsOf(number.Value);
            if (known.Contains(Hash("c", digits)))
            {
                found.Add(new PiiMatch(PiiCategory.CprNumber, number.Index, number.Length));
            }
            else if (known.Contains(Hash("p", digits)) || (digits.Length > NationalDigits && known.Contains(Hash("p", digits[^NationalDigits..]))))
            {
                found.Add(new PiiMatch(PiiCategory.PhoneNumber, number.Index, number.Length));
            }
        }

        foreach (Match word in WordPattern().Matches(text))
        {
            if (known.Contains(Hash("n", word.Value.ToLower(CultureInfo.InvariantCulture))))
            {
                found.Add(new PiiMatch(PiiCategory.PersonName, word.Index, word.Length));
            }
        }

        return found.Count == 0 ? text : PiiRedactor.Apply(text, found, language).Text;
    }

    private static IEnumerable<string> HashesOf(PiiCategory category, string value)
    {
        switch (category)
        {
            case PiiCategory.Email:
                yield return Hash("e", value.Trim().TrimEnd('.').ToLowerInvariant());
                break;
            case PiiCategory.CprNumber:
                yield return Hash("c", DigitsOf(value));
                break;
            case PiiCategory.PhoneNumber:
                var digits = DigitsOf(value);
                yield return Hash("p", digits);
                if (digits.Length > NationalDigits)
                {
                    yield return Hash("p", digits[^NationalDigits..]);
                }

                break;
            case PiiCategory.PersonName:
                foreach (Match word in WordPattern().Matches(value))
                {
                    yield return Hash("n", word.Value.ToLower(CultureInfo.InvariantCulture));
                }

                break;
        }
    }

    private static string DigitsOf(string value) => string.Concat(value.Where(char.IsAsciiDigit));

    private static string Hash(string kind, string value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{HashDomain}\n{kind}\n{value}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>A name word of two letters or more ("Jens", "Lund-Hansen", "O'Brien").</summary>
    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’\-]*\p{L}")]
    private static partial Regex WordPattern();

    /// <summary>Six digits or more, possibly grouped by spaces, dashes or dots, with an optional leading +.</summary>
    [GeneratedRegex(@"\+?\d(?:[ \-.]?\d){5,}")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"[^\s@<>()\[\],;:""]+@[^\s@<>()\[\],;:""]+\.[^\s@<>()\[\],;:""]+")]
    private static partial Regex EmailPattern();
}
