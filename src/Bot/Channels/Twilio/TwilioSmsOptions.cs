namespace HeelBot.Bot.Channels.Twilio;

/// <summary>The <c>Twilio</c> configuration section: the direct Twilio SMS webhook at <c>POST /api/sms</c>.</summary>
public sealed class TwilioSmsOptions
{
    public const string SectionName = "Twilio";

    /// <summary>Twilio's hard limit for one message body (longer bodies are refused by the API).</summary>
    public const int MaxBodyLength = 1600;

    public string AccountSid { get; set; } = string.Empty;

    /// <summary>
    /// The account's (primary) Auth Token: the key Twilio signs every webhook with. Empty: the endpoint is off and
    /// answers 404, since an unsigned SMS webhook would let anyone talk to the bot as any phone number.
    /// </summary>
    public string AuthToken { get; set; } = string.Empty;

    /// <summary>
    /// The public base address Twilio calls, e.g. <c>https://heelbot.example.dk</c> (the webhook is this plus
    /// <c>/api/sms</c>). Twilio signs the URL it called, which behind a proxy is not the one the host sees, so it
    /// comes from configuration; when empty, the request's own URL is used (fine only without a proxy).
    /// </summary>
    public string PublicUrl { get; set; } = string.Empty;

    /// <summary>
    /// The key that turns a phone number into the conversation and user ids (HMAC-SHA256). Set it to a long random
    /// value of its own; when empty the Auth Token is used, so rotating the token then starts new conversations.
    /// </summary>
    public string PhoneHashKey { get; set; } = string.Empty;

    /// <summary>How replies go back: in the webhook's TwiML answer (default) or through the Messages REST API.</summary>
    public TwilioReplyMode ReplyMode { get; set; } = TwilioReplyMode.Twiml;

    /// <summary>The REST API's base address (only for <see cref="TwilioReplyMode.Rest"/>; tests point it elsewhere).</summary>
    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";

    /// <summary>
    /// The length replies are packed into and split at (paragraphs, then sentences). Kept well under the 1600
    /// limit because a message with a character outside GSM-7 (an emoji, a dash) costs one segment per 67 characters.
    /// </summary>
    public int MessageLength { get; set; } = 640;

    /// <summary>Whether markdown links keep their address. Danish operators filter SMS with unregistered links.</summary>
    public bool AllowLinks { get; set; }

    /// <summary>Messages per phone number, counted after the signature check so a forger cannot use up a person's quota.</summary>
    public TwilioRateLimitOptions PerPhoneNumber { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// Requests per client address, counted before anything is read. Generous: every real webhook comes from
    /// Twilio's few addresses, so this mainly stops a flood of forged requests.
    /// </summary>
    public TwilioRateLimitOptions PerIpAddress { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    public bool Enabled => !string.IsNullOrWhiteSpace(AuthToken);

    /// <summary>The HMAC key for phone numbers: <see cref="PhoneHashKey"/>, else the Auth Token.</summary>
    public string EffectivePhoneHashKey => string.IsNullOrWhiteSpace(PhoneHashKey) ? AuthToken : PhoneHashKey;

    /// <summary><see cref="MessageLength"/>, kept between one classic SMS and Twilio's limit.</summary>
    public int EffectiveMessageLength => Math.Clamp(MessageLength, 160, MaxBodyLength);
}
