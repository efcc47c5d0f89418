using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Privacy;
using HeelBot.Dialogs.Prompts;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// At the end of the guide, once: may we keep a copy of this conversation, without names, numbers and e-mail, for
/// the configured number of days, so clinicians can improve the guide? Yes keeps the redacted transcript recorded so
/// far (and what follows) with the time and the wording of the consent; no deletes it at once and says so. Never
/// asked after a call-112 or see-a-doctor-today answer (that message must stand alone), never on SMS (each message
/// costs the person, and SMS conversations are not kept), and not again once answered.
/// </summary>
public sealed class ConsentDialog : ComponentDialog
{
    private const string TextVersionValue = "textVersion";
    private readonly Replies _replies;
    private readonly ITranscriptStore _transcripts;
    private readonly ConsentOptions _options;
    private readonly TimeProvider _timeProvider;

    public ConsentDialog(Replies replies, AnswerUnderstanding understanding, ITranscriptStore transcripts, ConsentOptions options, TimeProvider timeProvider)
        : base(nameof(ConsentDialog))
    {
        _replies = replies;
        _transcripts = transcripts;
        _options = options;
        _timeProvider = timeProvider;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog),
        [
            AskStepAsync,
            AnswerStepAsync,
        ]));
        AddDialog(new SlotPrompt(replies, understanding));
    }

    /// <summary>Whether the consent question belongs at the end of this guide.</summary>
    public static bool ShouldAsk(string? channelId, TriageSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var careNow = session.Disposition == WireNames.Of(Disposition.Emergency) || session.Disposition == WireNames.Of(Disposition.Urgent);
        return channelId != Channels.Sms && session.Consent is null && session.Disposition is not null && !careNow;
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!ShouldAsk(step.Context.Activity.ChannelId, Replies.Session(step.Context)))
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var question = Questions.Consent(_options.TranscriptDays);
        step.Values[TextVersionValue] = TextVersion(question.AskKey, Replies.Language(step.Context), _replies.Text(step.Context, question.AskKey, question.Args));
        return await step.PromptAsync(nameof(SlotPrompt), SlotPrompt.Options(question), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Anything but a clear yes – a no, a "maybe", a question not answered after a few tries – is a no.</summary>
    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = Replies.Session(step.Context);
        var activity = step.Context.Activity;
        var channelId = activity.ChannelId!;
        var conversationId = activity.Conversation!.Id!;
        var now = _timeProvider.GetUtcNow();
        var version = step.Values.TryGetValue(TextVersionValue, out var stored) && stored is string text ? text : string.Empty;
        if (step.Result as string == SlotPromptValues.Yes)
        {
            await _transcripts.KeepTranscriptAsync(channelId, conversationId, new TranscriptConsent(now, version), cancellationToken).ConfigureAwait(false);
            session.Consent = new ConsentRecord(true, now, version);
            await _replies.SayAsync(step.Context, "consent.kept", Days(), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _transcripts.DeleteTranscriptAsync(channelId, conversationId, cancellationToken).ConfigureAwait(false);
            session.Consent = new ConsentRecord(false, now, version);
            await _replies.SayAsync(step.Context, "consent.declined", cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Names the exact question the person answered: its content key, language and a hash of the text as shown (days
    /// included), so any later change of wording gives a new version that an audit can tell apart.
    /// </summary>
    private static string TextVersion(string key, string language, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return $"{key}/{language}/{Convert.ToHexStringLower(hash.AsSpan(0, 6))}";
    }

    private Dictionary<string, string> Days() =>
        new() { ["days"] = _options.TranscriptDays.ToString(CultureInfo.InvariantCulture) };
}
