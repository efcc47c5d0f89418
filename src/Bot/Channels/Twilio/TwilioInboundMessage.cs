namespace HeelBot.Bot.Channels.Twilio;

/// <summary>
/// The fields of Twilio's incoming-message webhook that HeelBot uses. <see cref="From"/> and <see cref="To"/> are
/// raw phone numbers: they live only for the request and are never stored (ids are hashes of them).
/// </summary>
public sealed record TwilioInboundMessage(
    string MessageSid,
    string AccountSid,
    string From,
    string To,
    string Body,
    IReadOnlyList<TwilioMedia> Media,
    string? OptOutType,
    string? FromCountry);
