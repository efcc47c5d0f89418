namespace HeelBot.Bot.Channels.Twilio;

/// <summary>One MMS attachment: <c>MediaUrl{i}</c> and <c>MediaContentType{i}</c>.</summary>
public sealed record TwilioMedia(string Url, string? ContentType);
