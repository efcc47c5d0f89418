using HeelBot.Builder.Core;
using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Dialogs;
using HeelBot.Dialogs.Privacy;

namespace HeelBot.Dialogs.Bots;

/// <summary>
/// The bot: loads the conversation, reads what the person wrote (language and facts, and a redacted copy for the
/// transcript), runs the main dialog, and saves. Every message it sends is stamped with an up-to-date heelbot.turn
/// entity. Once the person has agreed to keep the conversation, its state is also copied for the longer retention
/// consented conversations have (<see cref="ConsentedConversationCopy"/>).
/// </summary>
public sealed class HeelBotActivityHandler : ActivityHandler
{
    /// <summary>Longer messages are answered with a request to write less, and change nothing.</summary>
    public const int MaxTextLength = 2000;

    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly MainDialog _dialog;
    private readonly AnswerUnderstanding _understanding;
    private readonly MessageReader _reader;
    private readonly Replies _replies;
    private readonly TranscriptRedactor _redactor;
    private readonly ConsentedConversationCopy _consentedCopy;
    private readonly IReadOnlyList<IConversationDataEraser> _erasers;
    private readonly IStatePropertyAccessor<TriageSession> _session;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;

    public HeelBotActivityHandler(
        ConversationState conversationState,
        UserState userState,
        MainDialog dialog,
        AnswerUnderstanding understanding,
        MessageReader reader,
        Replies replies,
        TranscriptRedactor redactor,
        ConsentedConversationCopy consentedCopy,
        IEnumerable<IConversationDataEraser> erasers)
    {
        _conversationState = conversationState;
        _userState = userState;
        _dialog = dialog;
        _understanding = understanding;
        _reader = reader;
        _replies = replies;
        _redactor = redactor;
        _consentedCopy = consentedCopy;
        _erasers = [.. erasers];
        _session = conversationState.CreateProperty<TriageSession>(nameof(TriageSession));
        _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var session = await _session.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? await RestoreOrStartAsync(turnContext, cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Add(session);
        turnContext.OnSendActivities((context, activities, next) =>
        {
            foreach (var activity in activities)
            {
                Replies.Stamp(context, activity);
            }

            return next();
        });

        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        if (Replies.Session(turnContext).Consent is { Given: true })
        {
            var activity = turnContext.Activity;
            var copy = new Dictionary<string, object> { [_session.Name] = Replies.Session(turnContext) };
            if (await _dialogState.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false) is { } dialogState)
            {
                copy[_dialogState.Name] = dialogState;
            }

            await _consentedCopy.WriteAsync(activity.ChannelId!, activity.Conversation!.Id!, copy, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var session = Replies.Session(turnContext);
        var text = (activity.ChannelId == Channels.Msteams ? activity.RemoveRecipientMention() : activity.Text)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            await _replies.SayAsync(turnContext, "error.not_text", cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        if (text.Length > MaxTextLength)
        {
            await _replies.SayAsync(turnContext, "error.too_long", cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        activity.Text = text;
        if (_understanding.Command(text, session.Language) == Command.DeleteData)
        {
            await DeleteDataAsync(turnContext, _reader.Language(text, activity.Locale, session.Language), cancellationToken).ConfigureAwait(false);
            return;
        }

        var dialogState = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        if (session.Disposition is not null && dialogState.DialogStack.Count == 0)
        {
            // The guide was finished; a new message starts a new one in the same conversation.
            session = await StartNewGuideAsync(turnContext, session, cancellationToken).ConfigureAwait(false);
        }

        session.Language = _reader.Language(text, activity.Locale, session.Language);
        await _redactor.ReadPersonAsync(turnContext, session, text, cancellationToken).ConfigureAwait(false);
        var before = session.Facts;
        turnContext.TurnState.Add(new FactsBeforeMessage(before));
        _reader.Read(text, session);

        // A message that tells more than the question asked is confirmed, as the first message is by the welcome
        // step: before whatever the dialog says next, so the confirmation never trails a question.
        var confirmation = dialogState.DialogStack.Count > 0
            && FactSummary.DescribeNew(_replies, turnContext, before, session.Facts, session.PendingSlot) is { } added
                ? new NewFactsConfirmation(added)
                : null;
        if (confirmation is not null)
        {
            turnContext.TurnState.Add(confirmation);
            turnContext.OnSendActivities(async (context, activities, next) =>
            {
                await ConfirmAsync(context, confirmation, cancellationToken).ConfigureAwait(false);
                return await next().ConfigureAwait(false);
            });
        }

        await _dialog.RunAsync(turnContext, _dialogState, cancellationToken).ConfigureAwait(false);
        if (confirmation is not null)
        {
            await ConfirmAsync(turnContext, confirmation, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Teams lists only the bot in membersAdded when the app is installed in a personal chat: that is
    /// the moment to greet (the Greeted check keeps a repeated install event from greeting twice).
    /// </summary>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.ChannelId == Channels.Msteams && activity.Conversation?.ConversationType == "personal"
            && activity.MembersAdded?.Any(member => member.Id == activity.Recipient?.Id) == true)
        {
            return OnMembersAddedAsync(activity.MembersAdded, turnContext, cancellationToken);
        }

        return base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogState = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        if (!Replies.Session(turnContext).Greeted && dialogState.DialogStack.Count == 0)
        {
            await _dialog.RunAsync(turnContext, _dialogState, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ConfirmAsync(ITurnContext turnContext, NewFactsConfirmation confirmation, CancellationToken cancellationToken)
    {
        if (confirmation.Sent)
        {
            return;
        }

        confirmation.Sent = true;
        await _replies.SayAsync(turnContext, "understood", new Dictionary<string, string> { ["facts"] = confirmation.Facts }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "Slet mine data", at any point: the conversation's and the person's state are removed from storage, not emptied,
    /// so nothing of them is left to be saved again at the end of the turn (deleting drops the turn's cached copies,
    /// and the save then has nothing to write); then every registered eraser removes its kind of data (the transcript,
    /// the channel's message history, …), and the reply lists what went. Nothing of this turn is recorded afterwards.
    /// The reply is stamped from a fresh session, so its heelbot.turn entity already shows the empty slate it
    /// announces; the next message starts a new guide with a welcome.
    /// </summary>
    private async Task DeleteDataAsync(ITurnContext turnContext, string language, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        turnContext.TurnState.Add(ErasedThisTurn.Instance);
        await _conversationState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await _consentedCopy.DeleteAsync(activity.ChannelId!, activity.Conversation!.Id!, cancellationToken).ConfigureAwait(false);
        await _userState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        List<string> deleted = ["privacy.deleted.conversation", "privacy.deleted.user"];
        var scope = new ConversationDataScope(activity.ChannelId!, activity.Conversation!.Id!, activity.From?.Id);
        foreach (var eraser in _erasers)
        {
            deleted.AddRange(await eraser.EraseAsync(scope, cancellationToken).ConfigureAwait(false));
        }

        turnContext.TurnState.Add(new TriageSession { Language = language });
        var list = string.Join('\n', deleted.Distinct(StringComparer.Ordinal).Select(key => _replies.Text(turnContext, key)));
        await _replies.SayAsync(turnContext, "privacy.deleted", new Dictionary<string, string> { ["list"] = list }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A conversation with no live state: new, or quiet for longer than unconsented state is kept. One whose person
    /// agreed to keep it continues from its consented copy; any other starts afresh.
    /// </summary>
    private async Task<TriageSession> RestoreOrStartAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var copy = activity.ChannelId is { } channelId && activity.Conversation?.Id is { } conversationId
            ? await _consentedCopy.ReadAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false)
            : null;
        if (copy is not null && copy.TryGetValue(_session.Name, out var stored) && stored is TriageSession restored)
        {
            await _session.SetAsync(turnContext, restored, cancellationToken).ConfigureAwait(false);
            if (copy.TryGetValue(_dialogState.Name, out var dialog) && dialog is DialogState dialogState)
            {
                await _dialogState.SetAsync(turnContext, dialogState, cancellationToken).ConfigureAwait(false);
            }

            return restored;
        }

        var session = new TriageSession { Language = _reader.LanguageOf(activity.Locale) };
        await _session.SetAsync(turnContext, session, cancellationToken).ConfigureAwait(false);
        return session;
    }

    private async Task<TriageSession> StartNewGuideAsync(ITurnContext turnContext, TriageSession finished, CancellationToken cancellationToken)
    {
        // The consent answer and what the person gave are the conversation's, not the guide's: they carry over.
        var session = new TriageSession
        {
            Language = finished.Language,
            Greeted = true,
            Audit = finished.Audit,
            Consent = finished.Consent,
            PersonalDataHashes = finished.PersonalDataHashes,
        };
        turnContext.TurnState.Add(session);
        await _session.SetAsync(turnContext, session, cancellationToken).ConfigureAwait(false);
        return session;
    }
}
