using System.Text.Json;
using HeelBot.Builder.Choices;
using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Conversation;

/// <summary>
/// Turns content keys into messages in the conversation's language, each carrying the
/// <c>heelbot.turn</c> entity. The only way dialogs speak: no sentence lives in C#.
/// </summary>
public sealed class Replies(IContentCatalog catalog)
{
    /// <summary>Ends the wording of a key for when a parent writes about a child.</summary>
    public const string ChildSuffix = ".child";

    /// <summary>
    /// Ends the wording of a key for SMS, where some words are the carrier's: "stop" there opts the number out of
    /// every message, so texts that name the bot's own commands say "afslut"/"bye" instead.
    /// </summary>
    public const string SmsSuffix = ".sms";

    public IContentCatalog Catalog { get; } = catalog;

    public static TriageSession Session(ITurnContext turnContext) =>
        turnContext.TurnState.Get<TriageSession>()
        ?? throw new InvalidOperationException("The turn has no TriageSession; the bot loads it before running dialogs.");

    public static string Language(ITurnContext turnContext) => Session(turnContext).Language;

    /// <summary>
    /// The text of a content key in the conversation's language. When the heel pain is a child's, a parent is
    /// writing: a "<c>key.child</c>" wording, where content has one, asks about the child instead of "du"/"you".
    /// </summary>
    public string Text(ITurnContext turnContext, string key, IReadOnlyDictionary<string, string>? args = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var session = Session(turnContext);
        var smsKey = $"{key}{SmsSuffix}";
        if (turnContext.Activity.ChannelId == Channels.Sms && Catalog.Has(smsKey, session.Language))
        {
            return Catalog.Text(smsKey, session.Language, args);
        }

        var childKey = $"{key}{ChildSuffix}";
        var aboutChild = SlotValues.IsChild(session.Facts) == true && Catalog.Has(childKey, session.Language);
        return Catalog.Text(aboutChild ? childKey : key, session.Language, args);
    }

    /// <summary>A message from a content key, marked with what it asks for and which advice it shows.</summary>
    public Activity Message(ITurnContext turnContext, string key, IReadOnlyDictionary<string, string>? args = null, string? asks = null, IReadOnlyList<string>? sections = null) =>
        MessageWithText(turnContext, Text(turnContext, key, args), asks, sections);

    public Activity MessageWithText(ITurnContext turnContext, string text, string? asks = null, IReadOnlyList<string>? sections = null)
    {
        var activity = MessageFactory.Text(text, asks is null ? InputHints.AcceptingInput : InputHints.ExpectingInput);
        activity.TextFormat = "markdown";
        activity.Entities = [Entity.From(TurnEntity.EntityType, EntityFor(turnContext, asks, sections ?? []))];
        return activity;
    }

    public Task SayAsync(ITurnContext turnContext, string key, IReadOnlyDictionary<string, string>? args = null, CancellationToken cancellationToken = default) =>
        turnContext.SendActivityAsync(Message(turnContext, key, args), cancellationToken);

    /// <summary>A question with choices rendered for the channel (buttons, card or numbered lines).</summary>
    public Activity Question(ITurnContext turnContext, SlotQuestion question, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Text(turnContext, isRetry ? question.RetryKey : question.AskKey, question.Args);
        var choices = Choices(turnContext, question);
        var rendered = choices.Count > 0 ? ChoiceFactory.ForChannel(turnContext.Activity.ChannelId, choices, text) : MessageFactory.Text(text);
        var activity = MessageWithText(turnContext, rendered.Text ?? text, question.Slot);
        activity.SuggestedActions = rendered.SuggestedActions;
        activity.Attachments = rendered.Attachments;
        return activity;
    }

    /// <summary>
    /// The question's choices with titles in the conversation's language; the other language's title
    /// is a synonym, so a button pressed before a language switch is still understood.
    /// </summary>
    public IList<Choice> Choices(ITurnContext turnContext, SlotQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var language = Language(turnContext);
        return
        [
            .. question.Choices.Select(value =>
            {
                var key = $"choice.{question.ChoicePrefix}.{value}";
                var synonyms = ContentLanguage.All.Where(l => l != language).Select(l => Catalog.Text(key, l)).ToList();
                return new Choice(value, Catalog.Text(key, language), synonyms);
            }),
        ];
    }

    /// <summary>Brings a message's entity up to date with the session (called on every send).</summary>
    public static void Stamp(ITurnContext turnContext, Activity activity)
    {
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        activity.Entities ??= [];
        var existing = activity.Entities.FirstOrDefault(e => e.Type == TurnEntity.EntityType);
        string? asks = null;
        IReadOnlyList<string> sections = [];
        if (existing is not null)
        {
            (asks, sections) = AsksAndSections(existing);
            activity.Entities.Remove(existing);
        }

        activity.Entities.Add(Entity.From(TurnEntity.EntityType, EntityFor(turnContext, asks, sections)));
    }

    /// <summary>
    /// The two parts of a heelbot.turn entity that are the message's own (the rest is the session's, and is read
    /// afresh), taken straight from its JSON: every reply is stamped, and a whole round trip for two fields showed.
    /// </summary>
    private static (string? Asks, IReadOnlyList<string> Sections) AsksAndSections(Entity entity)
    {
        var properties = entity.Properties;
        var asks = properties is not null && properties.TryGetValue("asks", out var asksValue) && asksValue.ValueKind == JsonValueKind.String
            ? asksValue.GetString()
            : null;
        List<string> sections = [];
        if (properties is not null && properties.TryGetValue("sections", out var sectionsValue) && sectionsValue.ValueKind == JsonValueKind.Array)
        {
            foreach (var section in sectionsValue.EnumerateArray())
            {
                if (section.GetString() is { } id)
                {
                    sections.Add(id);
                }
            }
        }

        return (asks, sections);
    }

    private static TurnEntity EntityFor(ITurnContext turnContext, string? asks, IReadOnlyList<string> sections)
    {
        var session = Session(turnContext);
        var decision = session.Decide();
        return new TurnEntity(asks, session.Disposition, decision.RedFlags, sections, session.Language);
    }
}
