using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace HeelBot.Bot.Channels.Twilio;

/// <summary>
/// Twilio's request signature (<c>X-Twilio-Signature</c>): Base64 of HMAC-SHA1, keyed with the Auth Token, over
/// the full URL Twilio called followed by every POST parameter as name+value, names in ordinal order (a repeated
/// name contributes each distinct value, sorted). Twilio adds parameters without notice, so all of them count.
/// </summary>
public static class TwilioSignatureValidator
{
    public const string HeaderName = "X-Twilio-Signature";

    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        var data = new StringBuilder(url);
        foreach (var (name, values) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var value in values.Select(v => v ?? string.Empty).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                data.Append(name).Append(value);
            }
        }

        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(mac);
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is Twilio's for this URL and these parameters. The URL is tried with and
    /// without its port (Twilio's SDKs do the same: the port Twilio signs depends on how the webhook was entered).
    /// </summary>
    public static bool IsValid(string authToken, string? signature, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        if (string.IsNullOrEmpty(authToken) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(signature);
        var materialised = parameters.ToList();
        var valid = false;
        foreach (var candidate in UrlCandidates(url))
        {
            var expected = Encoding.UTF8.GetBytes(Compute(authToken, candidate, materialised));

            // Every candidate is compared, so the time taken does not tell which (if any) was close.
            valid |= CryptographicOperations.FixedTimeEquals(given, expected);
        }

        return valid;
    }

    /// <summary>The URL without any port, and with the scheme's default port when it names none.</summary>
    public static IReadOnlyList<string> UrlCandidates(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return [url];
        }

        var authorityStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        authorityEnd = authorityEnd < 0 ? url.Length : authorityEnd;
        var authority = url[authorityStart..authorityEnd];

        // The port's colon comes after any user info and after the closing bracket of an IPv6 literal.
        var hostStart = authority.LastIndexOf('@') + 1;
        var portStart = authority.IndexOf(':', Math.Max(hostStart, authority.LastIndexOf(']') + 1));
        var prefix = url[..authorityStart];
        var rest = url[authorityEnd..];
        if (portStart >= 0)
        {
            var withoutPort = prefix + authority[..portStart] + rest;
            return withoutPort == url ? [url] : [withoutPort, url];
        }

        var defaultPort = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? ":443" : ":80";
        return [url, prefix + authority + defaultPort + rest];
    }
}
