using System.Globalization;
using HeelBot.Bot.Channels.Twilio;
using Microsoft.Extensions.Primitives;

namespace HeelBot.Sms.Tests.Support;

/// <summary>
/// Plays Twilio delivering one phone's texts to the webhook: the form fields in the order Twilio sends them,
/// signed over <see cref="SmsApplication.WebhookUrl"/> with the Auth Token, from one client address.
/// </summary>
public sealed class SmsPhone(HttpClient client, string number, string clientAddress) : IDisposable
{
    private int _sequence;

    public string Number { get; } = number;

    public string ClientAddress { get; } = clientAddress;

    /// <summary>A text message as Twilio posts it.</summary>
    public List<KeyValuePair<string, string>> Form(string body, int numMedia = 0)
    {
        var sid = "SM" + Interlocked.Increment(ref _sequence).ToString("D32", CultureInfo.InvariantCulture)[..32];
        var form = new List<KeyValuePair<string, string>>
        {
            new("ToCountry", "DK"),
            new("ToState", string.Empty),
            new("SmsMessageSid", sid),
            new("NumMedia", numMedia.ToString(CultureInfo.InvariantCulture)),
            new("ToCity", string.Empty),
            new("FromZip", string.Empty),
            new("SmsSid", sid),
            new("FromState", string.Empty),
            new("SmsStatus", "received"),
            new("FromCity", string.Empty),
            new("Body", body),
            new("FromCountry", "DK"),
            new("To", SmsApplication.ClinicNumber),
            new("ToZip", string.Empty),
            new("NumSegments", "1"),
            new("MessageSid", sid),
            new("AccountSid", "AC11111111111111111111111111111111"),
            new("From", Number),
            new("ApiVersion", "2010-04-01"),
        };
        for (var i = 0; i < numMedia; i++)
        {
            form.Add(new($"MediaContentType{i}", "image/jpeg"));
            form.Add(new($"MediaUrl{i}", $"https://api.twilio.com/2010-04-01/Accounts/AC11111111111111111111111111111111/Messages/{sid}/Media/ME{i}"));
        }

        return form;
    }

    /// <summary>Texts <paramref name="body"/>, correctly signed, and returns the webhook's answer.</summary>
    public Task<SmsReply> SendAsync(string body) => PostAsync(Form(body));

    /// <summary>Posts a form signed over <paramref name="signedUrl"/> (the webhook's own by default), or with the given signature.</summary>
    public async Task<SmsReply> PostAsync(IReadOnlyList<KeyValuePair<string, string>> form, string? signature = null, string signedUrl = SmsApplication.WebhookUrl, bool sign = true)
    {
        ArgumentNullException.ThrowIfNull(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms") { Content = new FormUrlEncodedContent(form) };
        if (sign)
        {
            request.Headers.Add(TwilioSignatureValidator.HeaderName, signature ?? Sign(form, signedUrl));
        }

        request.Headers.Add(ClientAddressStartupFilter.HeaderName, ClientAddress);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new SmsReply(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, response.Headers);
    }

    public static string Sign(IEnumerable<KeyValuePair<string, string>> form, string url = SmsApplication.WebhookUrl, string authToken = SmsApplication.AuthToken) =>
        TwilioSignatureValidator.Compute(authToken, url, form.GroupBy(f => f.Key).Select(g => new KeyValuePair<string, StringValues>(g.Key, g.Select(f => f.Value).ToArray())));

    public void Dispose() => client.Dispose();
}
