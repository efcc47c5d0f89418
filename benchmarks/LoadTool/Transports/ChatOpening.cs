using HeelBot.LoadTool.People;

namespace HeelBot.LoadTool.Transports;

/// <summary>
/// An opened conversation. <paramref name="WasTurn"/>: opening ran a bot turn (Direct Line's welcome), so it is
/// timed and counted like any other turn, and <paramref name="Replies"/> holds what the bot said.
/// </summary>
public sealed record ChatOpening(IChatSession Session, IReadOnlyList<BotReply> Replies, bool WasTurn);
