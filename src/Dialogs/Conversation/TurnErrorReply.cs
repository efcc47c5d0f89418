using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Conversation;

/// <summary>The apology sent when a turn fails, in the conversation's language if it is known.</summary>
public sealed class TurnErrorReply(IContentCatalog catalog)
{
    public Activity For(ITurnContext turnContext) => Reply(turnContext, "error.sorry");

    /// <summary>
    /// The apology for a store that cannot be reached (after its retries): what the person said so far is kept, so it
    /// tells them to send their last answer again in a while rather than that something broke.
    /// </summary>
    public Activity ForUnavailableStorage(ITurnContext turnContext) => Reply(turnContext, "error.unavailable");

    private Activity Reply(ITurnContext turnContext, string key)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var language = turnContext.TurnState.Get<TriageSession>()?.Language ?? ContentLanguage.NormalizeOrDefault(turnContext.Activity.Locale);
        var activity = MessageFactory.Text(catalog.Text(key, language));
        activity.Entities = [Entity.From(TurnEntity.EntityType, new TurnEntity(null, null, [], [], language))];
        return activity;
    }
}
