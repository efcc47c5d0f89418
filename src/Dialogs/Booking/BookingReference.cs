using System.Security.Cryptography;

namespace HeelBot.Dialogs.Booking;

/// <summary>
/// Booking references: <c>HB-</c> and six characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z,
/// 8/B), so a reference read aloud or typed from an SMS comes out right. 25^6 ≈ 244 million values; the database's
/// unique key catches the rare collision and the store draws again.
/// </summary>
public static class BookingReference
{
    public const string Prefix = "HB-";

    public const string Alphabet = "34679ACDEFGHJKMNPQRTUVWXY";

    public const int Length = 6;

    /// <summary>A new random reference (cryptographic randomness: references must not be guessable in sequence).</summary>
    public static string Create()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return Prefix + new string(chars);
    }

    public static bool IsValid(string? reference) =>
        reference is { Length: 9 } && reference.StartsWith(Prefix, StringComparison.Ordinal) && reference[Prefix.Length..].All(Alphabet.Contains);

    /// <summary>
    /// Reads a reference as a person types it: any case, spaces or dashes anywhere, with or without "HB"
    /// ("hb-7kx 3qd", "7KX3QD"). False when it cannot be one.
    /// </summary>
    public static bool TryNormalize(string? text, out string reference)
    {
        reference = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
        if (compact.Length == Length + 2 && compact.StartsWith("HB", StringComparison.Ordinal))
        {
            compact = compact[2..];
        }

        var candidate = Prefix + compact;
        if (!IsValid(candidate))
        {
            return false;
        }

        reference = candidate;
        return true;
    }
}
