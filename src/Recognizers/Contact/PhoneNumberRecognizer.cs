namespace HeelBot.Recognizers.Contact;

/// <summary>
/// Reads a phone number and normalises it to E.164: "20123456", "20 12 34 56", "20-12-34-56", "+45 20 12 34 56",
/// "0045 20123456", "+4520123456", "(+45) 2012 3456", also inside a short sentence ("mit nummer er 20 12 34 56").
/// A number without "+" or "00" is Danish: eight digits starting with 2–9. Ten digits starting with 45 ("45 20 12 34 56")
/// are read as +45 typed without its plus, the way numbers are often copied from a signature. Foreign numbers need
/// their "+" or "00" and are accepted with 8–15 digits including the country code (E.164 allows 15); the country code
/// itself is not checked against a list.
/// </summary>
public static class PhoneNumberRecognizer
{
    public const string DanishCountryCode = "+45";

    private const int DanishDigits = 8;
    private const int MinInternationalDigits = 8;
    private const int MaxInternationalDigits = 15;
    private const string Separators = " -./()\u00A0\t";

    public static PhoneNumberResult Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new PhoneNumberResult(null, PhoneNumberProblem.Missing, 0);
        }

        // The number runs from the first "+" or digit to the last digit; words before or after it are talk.
        var start = text.IndexOfAny("+0123456789".ToCharArray());
        var end = LastDigit(text);
        if (start < 0 || end < 0 || end < start)
        {
            return new PhoneNumberResult(null, PhoneNumberProblem.Missing, 0);
        }

        if (start > 0 && text[start - 1] == '(')
        {
            start--;
        }

        var span = text[start..(end + 1)];
        var digits = new string(span.Where(char.IsAsciiDigit).ToArray());

        // "2012 34ab": letters glued to the last digit are part of what was typed as the number.
        if (end + 1 < text.Length && char.IsLetter(text[end + 1]))
        {
            return new PhoneNumberResult(null, PhoneNumberProblem.Letters, digits.Length);
        }
        foreach (var (c, index) in span.Select((c, index) => (c, index)))
        {
            if (char.IsLetter(c))
            {
                return new PhoneNumberResult(null, PhoneNumberProblem.Letters, digits.Length);
            }

            if (!char.IsAsciiDigit(c) && !Separators.Contains(c) && !(c == '+' && IsLeadingPlus(span, index)))
            {
                return new PhoneNumberResult(null, PhoneNumberProblem.InvalidCharacters, digits.Length);
            }
        }

        var international = span.Contains('+');
        if (!international && digits.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            digits = digits[2..];
        }

        if (!international && digits.Length == DanishDigits + 2 && digits.StartsWith("45", StringComparison.Ordinal))
        {
            international = true;
        }

        return international ? International(digits) : Danish(digits, digits.Length);
    }

    private static PhoneNumberResult International(string digits)
    {
        if (digits.Length == 0 || digits[0] == '0')
        {
            return new PhoneNumberResult(null, digits.Length == 0 ? PhoneNumberProblem.Missing : PhoneNumberProblem.InvalidCountryCode, digits.Length);
        }

        if (digits.StartsWith("45", StringComparison.Ordinal))
        {
            return Danish(digits[2..], digits.Length);
        }

        return digits.Length switch
        {
            < MinInternationalDigits => new PhoneNumberResult(null, PhoneNumberProblem.TooFewDigits, digits.Length),
            > MaxInternationalDigits => new PhoneNumberResult(null, PhoneNumberProblem.TooManyDigits, digits.Length),
            _ => new PhoneNumberResult("+" + digits, PhoneNumberProblem.None, digits.Length),
        };
    }

    private static PhoneNumberResult Danish(string national, int digitCount)
    {
        if (national.Length < DanishDigits)
        {
            return new PhoneNumberResult(null, PhoneNumberProblem.TooFewDigits, digitCount);
        }

        if (national.Length > DanishDigits)
        {
            return new PhoneNumberResult(null, PhoneNumberProblem.TooManyDigits, digitCount);
        }

        // Danish numbers starting with 0 or 1 are short codes and services (112, 1813), never a subscriber.
        return national[0] is '0' or '1'
            ? new PhoneNumberResult(null, PhoneNumberProblem.NotADanishNumber, digitCount)
            : new PhoneNumberResult(DanishCountryCode + national, PhoneNumberProblem.None, digitCount);
    }

    private static bool IsLeadingPlus(string span, int index) => span[..index].All(c => c is '(' or ' ');

    private static int LastDigit(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
