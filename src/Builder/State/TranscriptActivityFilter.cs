using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.State;

/// <summary>
/// Decides what of an activity goes into the transcript: a copy to log (redacted, trimmed to what a reader needs),
/// or null to leave it out. <paramref name="incoming"/> is true for the activity the turn received, false for the
/// bot's replies. Runs after the turn, so the turn's state is there to consult.
/// </summary>
public delegate Task<Activity?> TranscriptActivityFilter(ITurnContext turnContext, Activity activity, bool incoming, CancellationToken cancellationToken);
