using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Prompts;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// The whole guide: welcome, the questions, the red flags, then seek-care or advice, and at the end the consent
/// question and the closing words. If at any point the facts call for care now, the questions stop and the flow
/// jumps to the outcome.
/// </summary>
public sealed class MainDialog : InterruptibleDialog
{
    private const string FlowId = "flow";
    private const string EndingValue = "ending";
    private readonly TimeProvider _timeProvider;

    public MainDialog(
        Replies replies,
        AnswerUnderstanding understanding,
        TimeProvider timeProvider,
        TriageDialog triageDialog,
        RedFlagsDialog redFlagsDialog,
        RedFlagCheckDialog redFlagCheckDialog,
        SeekCareDialog seekCareDialog,
        AdviceDialog adviceDialog,
        ConsentDialog consentDialog,
        BookingDialog bookingDialog,
        CancelBookingDialog cancelBookingDialog)
        : base(nameof(MainDialog), replies, understanding)
    {
        _timeProvider = timeProvider;
        AddDialog(new WaterfallDialog(FlowId,
        [
            WelcomeStepAsync,
            CareNowCheckStepAsync,
            QuestionsStepAsync,
            RedFlagsStepAsync,
            RedFlagCheckStepAsync,
            ActivityStepAsync,
            ActivityAnswerStepAsync,
            OutcomeStepAsync,
            BookingStepAsync,
            ConsentStepAsync,
            ClosingStepAsync,
        ]));
        AddDialog(triageDialog);
        AddDialog(redFlagsDialog);
        AddDialog(redFlagCheckDialog);
        AddDialog(seekCareDialog);
        AddDialog(adviceDialog);
        AddDialog(consentDialog);
        AddDialog(bookingDialog);
        AddDialog(cancelBookingDialog);
        AddDialog(new SlotPrompt(replies, understanding));
        InitialDialogId = FlowId;
    }

    protected override void OnStartOver(TriageSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Facts = new TriageFacts();
        session.Disposition = null;
        session.Escalation = null;
        session.Sections.Clear();
        session.SectionsShown = 0;
        session.UnclearFlags.Clear();
        session.AskFlagsOneByOne = false;
        session.PendingSlot = null;
        session.PendingNumberedChoices = 0;
    }

    /// <summary>"Aflys min tid" as the message that would start a guide: the person came back to cancel, not for a new guide.</summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return IsCancelBooking(innerDc)
            ? await innerDc.BeginDialogAsync(nameof(CancelBookingDialog), null, cancellationToken).ConfigureAwait(false)
            : await base.OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Safety first: when what the person just wrote calls for more urgent care than the flow is
    /// heading for, drop the current question and go straight to what to do now. "Aflys min tid" at any point is
    /// handled on top of whatever was asked, which is asked again afterwards.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueAfterCommandsAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (IsCancelBooking(innerDc) && innerDc.ActiveDialog?.Id != nameof(CancelBookingDialog))
        {
            return await innerDc.BeginDialogAsync(nameof(CancelBookingDialog), null, cancellationToken).ConfigureAwait(false);
        }

        var session = Replies.Session(innerDc.Context);
        var disposition = session.Decide().Disposition;

        // Only news in this message jumps: when an earlier answer already made it urgent, the question now waiting is
        // the one the flow asks next (a fever first, say), and this message is its answer.
        var before = innerDc.Context.TurnState.Get<FactsBeforeMessage>() is { } known ? TriageRules.Decide(known.Facts).Disposition : Disposition.SelfCare;
        if (disposition <= Disposition.Urgent && disposition < before && (session.Escalation is not { } acted || disposition < acted))
        {
            session.Escalation = disposition;
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(FlowId, null, cancellationToken).ConfigureAwait(false);
        }

        // An unclear mention that could mean care now ("nu står foden helt skævt") is asked about before the question
        // that was waiting – unless the red-flag questions are under way, which ask about it themselves and must read
        // this very answer.
        if (session.UnclearThatCouldCallForCareNow().Count > 0
            && innerDc.ActiveDialog?.Id is not (nameof(RedFlagsDialog) or nameof(RedFlagCheckDialog)))
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(FlowId, new FlowOptions(Resumed: true), cancellationToken).ConfigureAwait(false);
        }

        return await base.OnContinueAfterCommandsAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Welcome once per conversation; confirm whatever the first message already told us.</summary>
    private async Task<DialogTurnResult> WelcomeStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var session = Replies.Session(stepContext.Context);
        if (!session.Greeted)
        {
            session.Greeted = true;
            await Replies.SayAsync(stepContext.Context, "welcome", cancellationToken: cancellationToken).ConfigureAwait(false);
            await Replies.SayAsync(stepContext.Context, "privacy", cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var resumed = stepContext.Options is FlowOptions { Resumed: true };
        if (session.Escalation is null && !resumed && FactSummary.Describe(Replies, stepContext.Context, session.Facts) is { } summary)
        {
            await Replies.SayAsync(stepContext.Context, "understood", new Dictionary<string, string> { ["facts"] = summary }, cancellationToken).ConfigureAwait(false);
        }

        // The flow is now heading for what the facts call for; only something more urgent jumps again.
        var disposition = session.Decide().Disposition;
        if (disposition <= Disposition.Urgent && (session.Escalation is not { } acted || disposition < acted))
        {
            session.Escalation = disposition;
        }

        return await stepContext.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Unclear mentions that could call for care now are asked first, one yes/no question each.</summary>
    private async Task<DialogTurnResult> CareNowCheckStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var session = Replies.Session(stepContext.Context);
        return session.NeedsCareNow() || session.UnclearThatCouldCallForCareNow().Count == 0
            ? await stepContext.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await stepContext.BeginDialogAsync(nameof(RedFlagCheckDialog), new RedFlagCheckOptions(CareNowOnly: true), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> QuestionsStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        Replies.Session(stepContext.Context).NeedsCareNow()
            ? await stepContext.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await stepContext.BeginDialogAsync(nameof(TriageDialog), null, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> RedFlagsStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        Replies.Session(stepContext.Context).NeedsCareNow()
            ? await stepContext.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await stepContext.BeginDialogAsync(nameof(RedFlagsDialog), null, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> RedFlagCheckStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        await stepContext.BeginDialogAsync(nameof(RedFlagCheckDialog), null, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> ActivityStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var session = Replies.Session(stepContext.Context);
        if (session.NeedsCareNow() || SlotValues.Read(session, Slots.Activity) is not null)
        {
            return await stepContext.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await stepContext.PromptAsync(nameof(SlotPrompt), SlotPrompt.Options(Questions.Activity), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ActivityAnswerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var session = Replies.Session(stepContext.Context);
        if (stepContext.Result is string { Length: > 0 } value)
        {
            session.Facts = SlotValues.Apply(session.Facts, Slots.Activity, value);
        }

        return await stepContext.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The triage rules decide; the decision is recorded for audit before anything is said.</summary>
    private async Task<DialogTurnResult> OutcomeStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var session = Replies.Session(stepContext.Context);
        var decision = session.Decide();
        session.Disposition = WireNames.Of(decision.Disposition);
        session.Escalation = session.Escalation is { } acted && acted < decision.Disposition ? acted : decision.Disposition;
        session.Sections = [.. decision.Sections];
        session.SectionsShown = 0;
        session.Audit.Add(new AuditEntry(
            _timeProvider.GetUtcNow(),
            session.Disposition,
            [.. decision.Fired.Select(rule => rule.Id)],
            decision.DecidingRule.Source,
            decision.RulesVersion,
            decision.RedFlags,
            new Dictionary<string, bool>(session.Facts.Flags)));
        var next = decision.Disposition <= Disposition.Urgent ? nameof(SeekCareDialog) : nameof(AdviceDialog);
        return await stepContext.BeginDialogAsync(next, decision, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Booking, never instead of care now: after advice the person chose it (<see cref="AdviceDialog.Book"/>); after
    /// see-a-doctor-today the seek-care message has been given first, and a follow-up is offered after it; after 112
    /// nothing is offered. Otherwise the advice's ending goes on to the consent step.
    /// </summary>
    private async Task<DialogTurnResult> BookingStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var ending = stepContext.Result as string;
        if (ending == AdviceDialog.Book)
        {
            return await stepContext.BeginDialogAsync(nameof(BookingDialog), new BookingStart(FollowUp: false), cancellationToken).ConfigureAwait(false);
        }

        return Replies.Session(stepContext.Context).Disposition == WireNames.Of(Disposition.Urgent)
            ? await stepContext.BeginDialogAsync(nameof(BookingDialog), new BookingStart(FollowUp: true), cancellationToken).ConfigureAwait(false)
            : await stepContext.NextAsync(ending, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The outcome has been given (and, after advice, the person has said they are done or has booked): the consent
    /// question comes now, never before care information. The consent dialog itself knows when it is not asked
    /// (after 112 or see-a-doctor-today, on SMS, once answered).
    /// </summary>
    private async Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        stepContext.Values[EndingValue] = stepContext.Result as string ?? string.Empty;
        return await stepContext.BeginDialogAsync(nameof(ConsentDialog), null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A person who said they were done gets the closing words last, after the consent answer.</summary>
    private async Task<DialogTurnResult> ClosingStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Values.TryGetValue(EndingValue, out var ending) && ending as string == AdviceDialog.Done)
        {
            await Replies.SayAsync(stepContext.Context, "done", cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private bool IsCancelBooking(DialogContext innerDc)
    {
        var activity = innerDc.Context.Activity;
        return activity.Type == ActivityTypes.Message && activity.Text is { Length: > 0 } text
            && Understanding.Command(text, Replies.Session(innerDc.Context).Language) == Command.CancelBooking;
    }
}
