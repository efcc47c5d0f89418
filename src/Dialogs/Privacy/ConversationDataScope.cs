namespace HeelBot.Dialogs.Privacy;

/// <summary>Whose data "slet mine data" is about: the conversation it was written in, and the person on that channel.</summary>
/// <param name="ChannelId">The activity's channel id.</param>
/// <param name="ConversationId">The channel's conversation id.</param>
/// <param name="UserId">The channel's id of the person (<c>activity.From.Id</c>); null when the channel gave none.</param>
public sealed record ConversationDataScope(string ChannelId, string ConversationId, string? UserId);
