using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Conversation;

namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// What of a HeelBot conversation may go into its transcript. The person's message is redacted by the
/// <see cref="ITextAnalyzer"/> as soon as the bot has read it (<see cref="ReadPersonAsync"/>), and what was found is
/// remembered so it is redacted again wherever it comes back; <see cref="FilterAsync"/> (the transcript logger's
/// filter) then passes on only that redacted text and the bot's replies with the remembered data taken out – never the
/// raw message. Nothing is recorded on SMS (each message costs the person, and SMS conversations are not kept), after
/// the person said no to keeping a copy, or in the turn that deleted their data.
/// </summary>
public sealed class TranscriptRedactor(ITextAnalyzer analyzer)
{
    /// <summary>Whether this turn of the conversation goes into its transcript at all.</summary>
    public static bool Records(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.ChannelId != Channels.Sms
            && turnContext.TurnState.Get<ErasedThisTurn>() is null
            && turnContext.TurnState.Get<TriageSession>()?.Consent is not { Given: false };
    }

    /// <summary>
    /// Redacts the person's message for the transcript and remembers the personal data found in it (in the session,
    /// so it is saved with the turn). A failing analyzer does not fail the turn: the message is left out of the
    /// transcript instead.
    /// </summary>
    public async Task ReadPersonAsync(ITurnContext turnContext, TriageSession session, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(session);
        if (!Records(turnContext) || string.IsNullOrEmpty(text))
        {
            return;
        }

        try
        {
            var redacted = await analyzer.RedactAsync(text, session.Language, cancellationToken).ConfigureAwait(false);
            GivenPersonalData.RememberAll(session, text, redacted);
            turnContext.TurnState.Add(new RedactedMessage(GivenPersonalData.Redact(redacted.Text, session, session.Language)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            turnContext.TurnState.Add(new RedactionFailed(ex));
        }
    }

    /// <summary>
    /// The transcript logger's filter: a message reduced to who said it, when, the redacted text and the bot's
    /// heelbot.turn entity (no ids, names, cards or channel data); null for anything that must not be recorded.
    /// </summary>
    public Task<Activity?> FilterAsync(ITurnContext turnContext, Activity activity, bool incoming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        if (turnContext.TurnState.Get<RedactionFailed>() is { } failed)
        {
            // Thrown so the logger reports it; the turn is left out of the transcript.
            throw new InvalidOperationException("The person's message could not be redacted, so the turn is not recorded.", failed.Error);
        }

        var session = turnContext.TurnState.Get<TriageSession>();
        if (session is null || !Records(turnContext) || activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Text))
        {
            return Task.FromResult<Activity?>(null);
        }

        var text = incoming
            ? turnContext.TurnState.Get<RedactedMessage>()?.Text
            : GivenPersonalData.Redact(activity.Text, session, session.Language);
        if (text is null)
        {
            return Task.FromResult<Activity?>(null);
        }

        var entry = new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = activity.Timestamp,
            From = new ChannelAccount { Role = incoming ? "user" : "bot" },
            Text = text,
            TextFormat = activity.TextFormat,
            Entities = incoming ? null : activity.Entities?.Where(e => e.Type == TurnEntity.EntityType).ToList(),
        };
        return Task.FromResult<Activity?>(entry);
    }
}
