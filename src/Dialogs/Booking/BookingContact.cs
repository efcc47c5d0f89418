using System.Text.RegularExpressions;

namespace HeelBot.Dialogs.Booking;

/// <summary>Who the clinic expects, and how to reach them. Personal data: never logged (ToString prints none of it).</summary>
/// <param name="Name">The name the person gave.</param>
/// <param name="Phone">E.164, e.g. <c>+4512345678</c>; the clinic calls or texts this number.</param>
/// <param name="Email">Optional.</param>
public sealed partial record BookingContact(string Name, string Phone, string? Email = null)
{
    /// <summary>True when <paramref name="phone"/> is in E.164 form: '+', country code, up to 15 digits in all.</summary>
    public static bool IsE164(string? phone) => phone is not null && E164().IsMatch(phone);

    public override string ToString() => "BookingContact { (personal data not printed) }";

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
