using HeelBot.Builder.Dialogs;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Prompts;
using HeelBot.Recognizers.Contact;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// From "I would like an appointment" to a booking reference: the clinic, the time, who is coming, whether the clinic
/// may see a short summary of the answers, then a summary to confirm, where any part can still be changed, and the
/// booking itself. A <see cref="BookingDraft"/> flows through: each round asks for the first part still missing, so
/// changing a part at the confirmation asks for just that part and comes back to the confirmation. A clinic that
/// books on its own page gets a prefilled link instead, and nothing personal is asked. Begun with
/// <see cref="BookingStart"/>; after an urgent outcome it first asks whether to book a follow-up at all.
/// </summary>
public sealed class BookingDialog : ComponentDialog
{
    private const string OfferId = "offer";
    private const string PlanId = "plan";
    private const string Book = "book";
    private const string ChangeClinic = "clinic";
    private const string ChangeTime = "time";
    private const string ChangeContact = "contact";
    private const string DontBook = "cancel";

    private static readonly SlotQuestion FollowUpOffer = new(
        Slots.BookingOffer, AnswerKind.Consent, "booking.offer.followup", "booking.retry.offer", "booking.offer", [SlotPromptValues.Yes, SlotPromptValues.No]);

    /// <summary>Yes or no; anything else, or no answer after a few tries, is no: health data goes nowhere by default.</summary>
    private static readonly SlotQuestion SummaryConsent = new(
        Slots.Consent, AnswerKind.Consent, "booking.ask.summary", "booking.retry.summary", "booking.summary", [SlotPromptValues.Yes, SlotPromptValues.No]);

    private readonly Replies _replies;
    private readonly IBookingProvider _booking;
    private readonly ClinicDirectory _clinics;

    public BookingDialog(
        Replies replies,
        AnswerUnderstanding understanding,
        IBookingProvider booking,
        ClinicDirectory clinics,
        BookingClinicDialog clinicDialog,
        BookingTimeDialog timeDialog,
        BookingContactDialog contactDialog)
        : base(nameof(BookingDialog))
    {
        _replies = replies;
        _booking = booking;
        _clinics = clinics;
        AddDialog(new WaterfallDialog(OfferId,
        [
            OfferStepAsync,
            OfferAnswerStepAsync,
        ]));
        AddDialog(new WaterfallDialog(PlanId,
        [
            NextPartStepAsync,
            PartDoneStepAsync,
        ]));
        AddDialog(clinicDialog);
        AddDialog(timeDialog);
        AddDialog(contactDialog);
        AddDialog(new SlotPrompt(replies, understanding));
        AddDialog(new BookingPrompt(replies, understanding));
        InitialDialogId = OfferId;
    }

    /// <summary>After an urgent outcome the person is asked first; someone who chose to book goes straight on.</summary>
    private static async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Options is BookingStart { FollowUp: true }
            ? await step.PromptAsync(nameof(SlotPrompt), SlotPrompt.Options(FollowUpOffer), cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(SlotPromptValues.Yes, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> OfferAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = new BookingDraft { FollowUp = step.Options is BookingStart { FollowUp: true } };
        return step.Result as string == SlotPromptValues.Yes
            ? await step.ReplaceDialogAsync(PlanId, draft, cancellationToken).ConfigureAwait(false)
            : await DeclineAsync(step, draft, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks for the first part still missing; with everything there, the summary to confirm.</summary>
    private async Task<DialogTurnResult> NextPartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = (BookingDraft)step.Options!;
        if (draft.ClinicId is null)
        {
            return await step.BeginDialogAsync(nameof(BookingClinicDialog), draft, cancellationToken).ConfigureAwait(false);
        }

        var mode = _booking.GetMode(draft.ClinicId);
        if (mode == BookingMode.None)
        {
            await _replies.SayAsync(step.Context, "booking.not_bookable", ClinicArgs(draft.ClinicId), cancellationToken).ConfigureAwait(false);
            return await step.NextAsync(draft.WithoutClinic(), cancellationToken).ConfigureAwait(false);
        }

        if (draft.Slot is null)
        {
            return await step.BeginDialogAsync(nameof(BookingTimeDialog), draft, cancellationToken).ConfigureAwait(false);
        }

        // The clinic's own page asks for contact details itself, and its link never carries health data.
        if (mode == BookingMode.LinkOut)
        {
            return await BookAsync(step, draft, cancellationToken).ConfigureAwait(false);
        }

        if (!draft.HasContact)
        {
            return await step.BeginDialogAsync(nameof(BookingContactDialog), draft, cancellationToken).ConfigureAwait(false);
        }

        if (draft.ShareSummary is null)
        {
            return await step.PromptAsync(nameof(SlotPrompt), SlotPrompt.Options(SummaryConsent), cancellationToken).ConfigureAwait(false);
        }

        var question = new BookingQuestion(
            Slots.BookingConfirm,
            draft.RetryConfirm ? "booking.retry.confirm" : "booking.ask.confirm",
            ConfirmArgs(step, draft),
            [
                BookingOption.Content(Book, "choice.booking.confirm.book"),
                BookingOption.Content(ChangeClinic, "choice.booking.confirm.clinic"),
                BookingOption.Content(ChangeTime, "choice.booking.confirm.time"),
                BookingOption.Content(ChangeContact, "choice.booking.confirm.contact"),
                BookingOption.Content(DontBook, "choice.booking.confirm.cancel"),
            ],
            LooseMatch: true);
        return await step.PromptAsync(nameof(BookingPrompt), BookingPrompt.Options(question), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes what the part gave back and goes round again, or books, or stops.</summary>
    private async Task<DialogTurnResult> PartDoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = (BookingDraft)step.Options!;
        switch (step.Result)
        {
            case BookingDraft { Abandoned: true }:
                return await DeclineAsync(step, draft, cancellationToken).ConfigureAwait(false);
            case BookingDraft updated:
                return await step.ReplaceDialogAsync(PlanId, updated, cancellationToken).ConfigureAwait(false);
            case string consent:
                return await step.ReplaceDialogAsync(PlanId, draft with { ShareSummary = consent == SlotPromptValues.Yes }, cancellationToken).ConfigureAwait(false);
            case BookingAnswer { Choice: Book }:
                return await BookAsync(step, draft with { RetryConfirm = false }, cancellationToken).ConfigureAwait(false);
            case BookingAnswer { Choice: ChangeClinic }:
                return await step.ReplaceDialogAsync(PlanId, draft.WithoutClinic(), cancellationToken).ConfigureAwait(false);
            case BookingAnswer { Choice: ChangeTime }:
                return await step.ReplaceDialogAsync(PlanId, draft.WithoutTime(), cancellationToken).ConfigureAwait(false);
            case BookingAnswer { Choice: ChangeContact }:
                return await step.ReplaceDialogAsync(PlanId, draft.WithoutContact(), cancellationToken).ConfigureAwait(false);
            case BookingAnswer { Choice: DontBook }:
                return await DeclineAsync(step, draft, cancellationToken).ConfigureAwait(false);
            default:
                return await step.ReplaceDialogAsync(PlanId, draft with { RetryConfirm = true }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Books the confirmed time and says how it went, truthfully: booked (with the reference), just taken (with other
    /// times), finish on the clinic's page, kept for later (the back end is down; nothing is lost), or not bookable here.
    /// </summary>
    private async Task<DialogTurnResult> BookAsync(WaterfallStepContext step, BookingDraft draft, CancellationToken cancellationToken)
    {
        var session = Replies.Session(step.Context);
        var mode = _booking.GetMode(draft.ClinicId!);
        var request = new BookingRequest(draft.ClinicId!, draft.Slot!.Id, BookingPerson.KeyFor(step.Context), session.Language)
        {
            Contact = mode == BookingMode.Builtin ? draft.ToContact() : null,
            Triage = mode == BookingMode.Builtin && draft.ShareSummary == true ? TriageSummaries.From(session) : null,
        };
        var result = await _booking.BookAsync(request, cancellationToken).ConfigureAwait(false);
        switch (result)
        {
            case BookingResult.Confirmed confirmed:
                var args = ClinicArgs(draft.ClinicId!);
                args["reference"] = confirmed.Reference;
                args["time"] = BookingTexts.TimeWithPractitioner(_replies.Catalog, session.Language, confirmed.Slot);
                await _replies.SayAsync(step.Context, "booking.confirmed", args, cancellationToken).ConfigureAwait(false);
                return await EndAfterBookingAsync(step, draft, cancellationToken).ConfigureAwait(false);
            case BookingResult.SlotTaken taken:
                await _replies.SayAsync(step.Context, "booking.slot_taken", cancellationToken: cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(PlanId, draft.WithoutTime() with { Alternatives = taken.Alternatives }, cancellationToken).ConfigureAwait(false);
            case BookingResult.LinkOut link:
                var linkArgs = ClinicArgs(draft.ClinicId!);
                linkArgs["time"] = BookingTexts.Time(_replies.Catalog, session.Language, link.Slot.Start);
                linkArgs["url"] = link.Url.AbsoluteUri;
                await _replies.SayAsync(step.Context, "booking.linkout", linkArgs, cancellationToken).ConfigureAwait(false);
                return await EndAfterBookingAsync(step, draft, cancellationToken).ConfigureAwait(false);
            case BookingResult.Pending:
                var pendingArgs = ClinicArgs(draft.ClinicId!);
                pendingArgs["phone"] = PhoneNumberRecognizer.Recognize(draft.Phone).Display ?? draft.Phone ?? string.Empty;
                await _replies.SayAsync(step.Context, "booking.pending", pendingArgs, cancellationToken).ConfigureAwait(false);
                return await EndAfterBookingAsync(step, draft, cancellationToken).ConfigureAwait(false);
            default:
                await _replies.SayAsync(step.Context, "booking.not_bookable", ClinicArgs(draft.ClinicId!), cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(PlanId, draft.WithoutClinic(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>No booking. After see-a-doctor-today the last word is that advice again, not "nothing booked".</summary>
    private async Task<DialogTurnResult> DeclineAsync(WaterfallStepContext step, BookingDraft draft, CancellationToken cancellationToken)
    {
        await _replies.SayAsync(step.Context, draft.FollowUp ? "booking.followup.declined" : "booking.declined", cancellationToken: cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A follow-up booked after see-a-doctor-today ends with that advice again: the doctor comes first.</summary>
    private async Task<DialogTurnResult> EndAfterBookingAsync(WaterfallStepContext step, BookingDraft draft, CancellationToken cancellationToken)
    {
        if (draft.FollowUp)
        {
            await _replies.SayAsync(step.Context, "booking.followup.reminder", cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private Dictionary<string, string> ConfirmArgs(WaterfallStepContext step, BookingDraft draft)
    {
        var language = Replies.Language(step.Context);
        var args = ClinicArgs(draft.ClinicId!);
        args["time"] = BookingTexts.TimeWithPractitioner(_replies.Catalog, language, draft.Slot!);
        args["name"] = draft.Name!;
        args["phone"] = PhoneNumberRecognizer.Recognize(draft.Phone).Display ?? draft.Phone!;
        args["email"] = draft.EmailSkipped || draft.Email is null ? _replies.Text(step.Context, "booking.confirm.email.none") : draft.Email;
        args["summary"] = _replies.Text(step.Context, draft.ShareSummary == true ? "booking.confirm.summary.yes" : "booking.confirm.summary.no");
        return args;
    }

    private Dictionary<string, string> ClinicArgs(string clinicId) =>
        new() { ["clinic"] = _clinics.Get(clinicId)?.Name ?? clinicId };
}
