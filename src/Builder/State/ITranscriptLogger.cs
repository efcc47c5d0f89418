using HeelBot.Builder.Schema;

namespace HeelBot.Builder.State;

/// <summary>
/// Where <see cref="TranscriptLoggerMiddleware"/> writes a conversation's activities (Microsoft.Bot.Builder's
/// ITranscriptLogger, taking a turn's activities at once so a store writes once per turn, not once per message).
/// </summary>
public interface ITranscriptLogger
{
    /// <summary>Appends <paramref name="activities"/>, in order, to the transcript of one conversation.</summary>
    Task LogActivitiesAsync(string channelId, string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);
}
