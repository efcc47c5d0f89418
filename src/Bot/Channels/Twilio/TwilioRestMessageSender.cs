using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace HeelBot.Bot.Channels.Twilio;

/// <summary>
/// Sends through Twilio's Messages API (<c>POST /2010-04-01/Accounts/{AccountSid}/Messages.json</c>, form body,
/// Basic auth with the Account SID and Auth Token). A refused message throws, so the webhook can report it.
/// </summary>
public sealed class TwilioRestMessageSender(HttpClient http, IOptions<TwilioSmsOptions> options) : ITwilioMessageSender
{
    public async Task SendAsync(TwilioOutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var accountSid = string.IsNullOrEmpty(settings.AccountSid) ? message.AccountSid : settings.AccountSid;
        var url = $"{settings.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(accountSid)}/Messages.json";
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["To"] = message.To,
                ["From"] = message.From,
                ["Body"] = message.Body,
            }),
        };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{settings.AuthToken}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // Twilio's error body names the phone numbers; the status code is enough to act on.
            throw new HttpRequestException($"Twilio refused the message ({(int)response.StatusCode}).", null, response.StatusCode);
        }
    }
}
