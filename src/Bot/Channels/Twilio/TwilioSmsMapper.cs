using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using HeelBot.Builder.Schema;
using Microsoft.Extensions.Primitives;
using ChannelIds = HeelBot.Builder.Schema.Channels;

namespace HeelBot.Bot.Channels.Twilio;

/// <summary>
/// Pure mapping between Twilio's SMS webhook and the bot: the form → an <see cref="Activity"/> on channel
/// <c>sms</c>, and the bot's replies → the texts of SMS messages → TwiML. No I/O, no clock, no configuration.
/// </summary>
public static class TwilioSmsMapper
{
    /// <summary>The bot's own language-neutral help command: HELP and INFO become this, so "HELP" switches no language.</summary>
    public const string HelpCommandText = "?";

    /// <summary>Twilio allows at most ten media items on one message.</summary>
    public const int MaxMedia = 10;

    // Twilio's default opt-out keywords (handled at carrier level on long codes and toll-free numbers), plus the
    // Danish AFMELD, which Twilio only knows when Advanced Opt-Out is set up with it.
    private static readonly HashSet<string> OptOutWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "AFMELD",
    };

    private static readonly HashSet<string> OptInWords = new(StringComparer.OrdinalIgnoreCase) { "START", "YES", "UNSTOP" };

    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase) { "HELP", "INFO" };

    /// <summary>The message in a webhook form; null when it lacks what every SMS webhook has (From, To, MessageSid).</summary>
    public static TwilioInboundMessage? Parse(IEnumerable<KeyValuePair<string, StringValues>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            fields[name] = values.ToString();
        }

        var from = Field(fields, "From");
        var to = Field(fields, "To");
        var sid = Field(fields, "MessageSid") ?? Field(fields, "SmsMessageSid") ?? Field(fields, "SmsSid");
        if (from is null || to is null || sid is null)
        {
            return null;
        }

        var count = int.TryParse(Field(fields, "NumMedia"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, MaxMedia) : 0;
        var media = Enumerable.Range(0, count)
            .Select(i => (Url: Field(fields, $"MediaUrl{i}"), Type: Field(fields, $"MediaContentType{i}")))
            .Where(m => m.Url is not null)
            .Select(m => new TwilioMedia(m.Url!, m.Type))
            .ToList();

        // A picture whose URL did not arrive is still a picture: the person sent more than text.
        if (count > 0 && media.Count == 0)
        {
            media.Add(new TwilioMedia(string.Empty, null));
        }

        return new TwilioInboundMessage(sid, Field(fields, "AccountSid") ?? string.Empty, from, to, fields.GetValueOrDefault("Body") ?? string.Empty, media, Field(fields, "OptOutType"), Field(fields, "FromCountry"));
    }

    /// <summary>
    /// The id a phone number goes by in HeelBot (conversation, user, storage keys, rate limits): a keyed hash, so
    /// the number cannot be read back from stored state nor found by hashing every number.
    /// </summary>
    public static string PhoneId(string phoneNumber, string key)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var normalized = new string([.. phoneNumber.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '(' and not ')')]);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(normalized));
        return "sms-" + Convert.ToHexStringLower(mac, 0, 16);
    }

    /// <summary>
    /// The keyword the whole message is (Twilio matches the trimmed message, case-insensitively), or what Twilio's
    /// Advanced Opt-Out says it was (<c>OptOutType</c>, which also covers keywords the clinic added, such as AFMELD).
    /// </summary>
    public static TwilioKeyword Keyword(TwilioInboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message.OptOutType?.Trim().ToUpperInvariant())
        {
            case "STOP":
                return TwilioKeyword.OptOut;
            case "START":
                return TwilioKeyword.OptIn;
            case "HELP":
                return TwilioKeyword.Help;
        }

        var word = message.Body.Trim();
        return OptOutWords.Contains(word) ? TwilioKeyword.OptOut
            : OptInWords.Contains(word) ? TwilioKeyword.OptIn
            : HelpWords.Contains(word) ? TwilioKeyword.Help
            : TwilioKeyword.None;
    }

    /// <summary>
    /// The message as the bot sees it: channel <c>sms</c>, conversation and person named by the hashed number,
    /// the MessageSid as id, the body as text (empty → none, so a picture alone gets the bot's "text only" answer).
    /// The form's other fields are not carried along: they hold phone numbers and places.
    /// </summary>
    public static Activity ToActivity(TwilioInboundMessage message, string phoneId, string botId, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = Keyword(message) == TwilioKeyword.Help ? HelpCommandText : message.Body;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = message.MessageSid,
            Timestamp = timestamp,
            ChannelId = ChannelIds.Sms,
            Conversation = new ConversationAccount(phoneId),
            From = new ChannelAccount(phoneId, null, "user"),
            Recipient = new ChannelAccount(botId, "HeelBot", "bot"),
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            TextFormat = "plain",
            Locale = LocaleFor(message.FromCountry),
            Attachments = message.Media.Count == 0
                ? null
                : [.. message.Media.Select(m => new Attachment { ContentType = m.ContentType, ContentUrl = m.Url.Length == 0 ? null : m.Url })],
        };
    }

    /// <summary>
    /// The SMS texts for the bot's replies: message activities only, as plain text (cards, buttons and suggested
    /// actions dropped: on channel sms choices are already numbered lines), packed into as few messages of at most
    /// <paramref name="messageLength"/> characters as the paragraphs and sentences allow. Fewer messages also
    /// means fewer chances for the phone network to deliver them out of order.
    /// </summary>
    public static IReadOnlyList<string> ToMessages(IEnumerable<Activity> replies, int messageLength, bool allowLinks = false)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var texts = replies
            .Where(r => r.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(r.Text))
            .Select(r => SmsText.Plain(r.Text!, allowLinks))
            .Where(t => t.Length > 0);
        return SmsText.Pack(texts, Math.Min(messageLength, TwilioSmsOptions.MaxBodyLength));
    }

    /// <summary>
    /// The TwiML answer: one <c>&lt;Message&gt;</c> per text, XML-escaped, or an empty <c>&lt;Response/&gt;</c>
    /// (Twilio then sends nothing).
    /// </summary>
    public static string ToTwiml(IEnumerable<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.None };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("Response");
            foreach (var message in messages)
            {
                writer.WriteElementString("Message", SmsText.XmlSafe(message));
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The language to greet in before the person has written enough to tell (the bot follows the text after that).</summary>
    private static string? LocaleFor(string? country) => country?.ToUpperInvariant() switch
    {
        "DK" => "da-DK",
        "GB" => "en-GB",
        "US" => "en-US",
        "IE" => "en-IE",
        _ => null,
    };

    private static string? Field(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
