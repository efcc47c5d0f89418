namespace HeelBot.Bot.Channels.Twilio;

/// <summary>How the bot's answer reaches the person.</summary>
public enum TwilioReplyMode
{
    /// <summary>In the webhook response as <c>&lt;Response&gt;&lt;Message&gt;…</c> (one round trip, no API credentials).</summary>
    Twiml,

    /// <summary>Through <c>POST /2010-04-01/Accounts/{sid}/Messages.json</c>; the webhook answers an empty <c>&lt;Response/&gt;</c>.</summary>
    Rest,
}
