using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Conversation;

/// <summary>The apology sent when a turn fails, in the conversation's language if it is known.</summary>
public sealed class TurnErrorReply(IContentCatalog catalog)
{
    public Activity For(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var language = turnContext.TurnState.Get<TriageSession>()?.Language ?? ContentLanguage.NormalizeOrDefault(turnContext.Activity.Locale);
        var activity = MessageFactory.Text(catalog.Text("error.sorry", language));
        activity.Entities = [Entity.From(TurnEntity.EntityType, new TurnEntity(null, null, [], [], language))];
        return activity;
    }
}
