using System.Security.Cryptography;
using HeelBot.Dialogs.Booking;

namespace HeelBot.Bot.Booking;

/// <summary>Ids of kept booking requests: <c>RQ-</c> and ten characters of the reference alphabet, so they never look like a reference.</summary>
internal static class BookingRequestIds
{
    private const string Prefix = "RQ-";
    private const int Length = 10;

    public static string Create()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = BookingReference.Alphabet[RandomNumberGenerator.GetInt32(BookingReference.Alphabet.Length)];
        }

        return Prefix + new string(chars);
    }

    public static bool IsRequestId(string? text) => text is not null && text.StartsWith(Prefix, StringComparison.Ordinal);
}
