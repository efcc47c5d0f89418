using HeelBot.Builder.Dialogs;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Prompts;
using HeelBot.Dialogs.Triage;
using HeelBot.Dialogs.Understanding;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// The red flags as one question a person can answer with "nej, ingen af dem". It loops, listing only
/// what is still unanswered, until every flag is answered: a bare "ja" asks which; an answer that is
/// still not understood sends the rest to one-at-a-time yes/no questions. Nothing is guessed away.
/// </summary>
public sealed class RedFlagsDialog : ComponentDialog
{
    private const int MaxListAttempts = 2;
    private const string ShownKey = "shown";
    private readonly Replies _replies;
    private readonly FactExtractor _extractor;
    private readonly TimeProvider _timeProvider;

    public RedFlagsDialog(Replies replies, AnswerUnderstanding understanding, FactExtractor extractor, TimeProvider timeProvider)
        : base(nameof(RedFlagsDialog))
    {
        _replies = replies;
        _extractor = extractor;
        _timeProvider = timeProvider;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog),
        [
            AskListStepAsync,
            ReadAnswerStepAsync,
        ]));
        AddDialog(new SlotPrompt(replies, understanding));
    }

    /// <summary>
    /// Lists the red flags still open (all of them the first time). Flags the person was unsure about are left
    /// out: listing them again would only get the same answer, so each gets its own yes/no question afterwards.
    /// </summary>
    private async Task<DialogTurnResult> AskListStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = Replies.Session(step.Context);
        var unanswered = session.UnansweredRedFlags().Where(id => !session.UnclearFlags.Contains(id)).ToList();
        if (session.NeedsCareNow() || session.AskFlagsOneByOne || unanswered.Count == 0)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var round = step.Options as RedFlagRound ?? new RedFlagRound(0, AskWhich: false);
        var askKey = round.AskWhich ? "ask.redflags.which"
            : round.Attempts > 0 ? "retry.redflags"
            : unanswered.Count < RedFlagIds.Asked.Count + 1 ? "ask.redflags.more"
            : "ask.redflags";
        var list = string.Join('\n', unanswered.Select(id =>
            _replies.Text(step.Context, "redflags.line", new Dictionary<string, string> { ["label"] = _replies.Text(step.Context, $"redflag.label.{id}") })));
        // Kept so "den tredje" / "the third one" can be read against the list exactly as it was shown.
        step.Values[ShownKey] = unanswered;
        var question = Questions.RedFlagList(askKey, list);
        return await step.PromptAsync(nameof(SlotPrompt), SlotPrompt.Options(question), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the answer; loops for what is left or ends when every flag is answered.</summary>
    private async Task<DialogTurnResult> ReadAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = Replies.Session(step.Context);
        var round = step.Options as RedFlagRound ?? new RedFlagRound(0, AskWhich: false);
        var unanswered = session.UnansweredRedFlags();
        var shown = step.Values.TryGetValue(ShownKey, out var stored) && stored is IEnumerable<object> ids ? ids.OfType<string>().ToList() : null;
        var answer = _extractor.ParseRedFlagAnswer(step.Result as string ?? string.Empty, session.Language, Today(), shown);

        foreach (var id in answer.Present)
        {
            session.Facts = session.Facts.WithFlag(id, true);
        }

        session.UnclearFlags.AddRange(answer.Unclear.Where(id => !session.UnclearFlags.Contains(id) && !session.Facts.Knows(id)));
        if (RedFlagIds.Asked.All(answer.Unclear.Contains) && !session.Facts.Knows(SignIds.ColdPaleFoot) && !session.UnclearFlags.Contains(SignIds.ColdPaleFoot))
        {
            // "Ved ikke" to the whole list: the cold foot was on the list too, so it is asked like the rest.
            session.UnclearFlags.Add(SignIds.ColdPaleFoot);
        }

        if (answer.DeniesAll)
        {
            // "Nej, ingen af dem": every flag still open is denied, except those the same message left unclear.
            foreach (var id in unanswered.Where(id => !session.Facts.Knows(id) && !session.UnclearFlags.Contains(id)))
            {
                session.Facts = session.Facts.WithFlag(id, false);
            }

            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var understood = answer.Present.Count > 0 || answer.Unclear.Count > 0;
        if (understood)
        {
            return await step.ReplaceDialogAsync(nameof(WaterfallDialog), new RedFlagRound(0, AskWhich: false), cancellationToken).ConfigureAwait(false);
        }

        if (answer.BareYes && !round.AskWhich)
        {
            return await step.ReplaceDialogAsync(nameof(WaterfallDialog), new RedFlagRound(round.Attempts, AskWhich: true), cancellationToken).ConfigureAwait(false);
        }

        if (round.Attempts + 1 >= MaxListAttempts || round.AskWhich)
        {
            session.AskFlagsOneByOne = true;
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.ReplaceDialogAsync(nameof(WaterfallDialog), new RedFlagRound(round.Attempts + 1, AskWhich: false), cancellationToken).ConfigureAwait(false);
    }

    private DateOnly Today() => DanishTime.Today(_timeProvider);
}
