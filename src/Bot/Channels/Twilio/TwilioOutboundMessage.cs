namespace HeelBot.Bot.Channels.Twilio;

/// <summary>One SMS to send through the REST API. The numbers are held in memory for the request only.</summary>
public sealed record TwilioOutboundMessage(string AccountSid, string From, string To, string Body);
