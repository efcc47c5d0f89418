namespace HeelBot.Bot.Channels.Twilio;

/// <summary>The carrier-level SMS keywords a message can be (the whole message, as Twilio matches them).</summary>
public enum TwilioKeyword
{
    None,

    /// <summary>STOP and its synonyms, and the Danish AFMELD: no more messages to this number until it opts in.</summary>
    OptOut,

    /// <summary>START, YES, UNSTOP: messages may be sent again.</summary>
    OptIn,

    /// <summary>HELP, INFO: answered with the bot's help.</summary>
    Help,
}
