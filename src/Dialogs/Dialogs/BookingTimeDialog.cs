using HeelBot.Builder.Dialogs;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Conversation;
using HeelBot.Recognizers.DateTimes;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// Which time: the next free times at the chosen clinic, or the free times closest to a wish in words ("i morgen kl 10",
/// "tirsdag formiddag", "next Monday afternoon"), read in Danish local time. Nothing is reserved here; the booking
/// dialog books the chosen time once the person confirms. Begun with a <see cref="BookingDraft"/> whose clinic is
/// chosen; ends with it, the time chosen, or without a clinic when that clinic has no free time at all.
/// </summary>
public sealed class BookingTimeDialog : ComponentDialog
{
    public const int SlotCount = 3;

    private const string OtherTime = "other";
    private const string LoopId = "time";
    private readonly Replies _replies;
    private readonly IBookingProvider _booking;
    private readonly ClinicDirectory _clinics;
    private readonly TimeProvider _timeProvider;

    public BookingTimeDialog(Replies replies, AnswerUnderstanding understanding, IBookingProvider booking, ClinicDirectory clinics, TimeProvider timeProvider)
        : base(nameof(BookingTimeDialog))
    {
        _replies = replies;
        _booking = booking;
        _clinics = clinics;
        _timeProvider = timeProvider;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [StartStepAsync]));
        AddDialog(new WaterfallDialog(LoopId, [AskStepAsync, ReadStepAsync]));
        AddDialog(new BookingPrompt(replies, understanding));
    }

    /// <summary>The times the back end offered after the chosen one was taken, or else the next free times.</summary>
    private async Task<DialogTurnResult> StartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = (BookingDraft)step.Options!;
        if (draft.Alternatives.Count > 0)
        {
            return await step.ReplaceDialogAsync(LoopId, new BookingTimeStep(draft, draft.Alternatives, "booking.ask.time.alternatives"), cancellationToken).ConfigureAwait(false);
        }

        var slots = await _booking.FindSlotsAsync(new SlotQuery(draft.ClinicId!) { MaxCount = SlotCount }, cancellationToken).ConfigureAwait(false);
        if (slots.Count == 0)
        {
            return await NoTimesAsync(step, draft, cancellationToken).ConfigureAwait(false);
        }

        return await step.ReplaceDialogAsync(LoopId, new BookingTimeStep(draft, slots, "booking.ask.time"), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = (BookingTimeStep)step.Options!;
        List<BookingOption> options = [.. state.Offered.Select(BookingOption.Time)];
        if (state.Offered.Count > 0)
        {
            options.Add(BookingOption.Content(OtherTime, "choice.booking.time.other"));
        }

        var question = new BookingQuestion(Slots.BookingTime, state.Key, ClinicArgs(state.Draft), options);
        return await step.PromptAsync(nameof(BookingPrompt), BookingPrompt.Options(question), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ReadStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = (BookingTimeStep)step.Options!;
        var answer = (BookingAnswer)step.Result!;
        if (answer.Choice == OtherTime)
        {
            return await step.ReplaceDialogAsync(LoopId, state with { Offered = [], Key = "booking.ask.time.wish" }, cancellationToken).ConfigureAwait(false);
        }

        if (state.Offered.FirstOrDefault(slot => slot.Id == answer.Choice) is { } chosen)
        {
            return await step.EndDialogAsync(state.Draft with { Slot = chosen, Alternatives = [] }, cancellationToken).ConfigureAwait(false);
        }

        var now = _timeProvider.GetUtcNow();
        var wish = DateTimeRecognizer.RecognizeAppointment(answer.Text, Replies.Language(step.Context), now);
        if (wish is null)
        {
            return await step.ReplaceDialogAsync(LoopId, state with { Key = "booking.retry.time" }, cancellationToken).ConfigureAwait(false);
        }

        var clinicId = state.Draft.ClinicId!;
        var fitting = await _booking.FindSlotsAsync(AppointmentWishQueries.Strict(clinicId, wish, now, SlotCount), cancellationToken).ConfigureAwait(false);
        if (fitting.Count > 0)
        {
            return await step.ReplaceDialogAsync(LoopId, state with { Offered = fitting, Key = "booking.ask.time.closest" }, cancellationToken).ConfigureAwait(false);
        }

        var closest = await _booking.FindSlotsAsync(AppointmentWishQueries.Closest(clinicId, wish, now, SlotCount), cancellationToken).ConfigureAwait(false);
        if (closest.Count == 0)
        {
            return await NoTimesAsync(step, state.Draft, cancellationToken).ConfigureAwait(false);
        }

        return await step.ReplaceDialogAsync(LoopId, state with { Offered = closest, Key = "booking.ask.time.nearby" }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>No free time at this clinic at all: say so, and let the booking dialog ask for another clinic.</summary>
    private async Task<DialogTurnResult> NoTimesAsync(WaterfallStepContext step, BookingDraft draft, CancellationToken cancellationToken)
    {
        await _replies.SayAsync(step.Context, "booking.time.none", ClinicArgs(draft), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(draft.WithoutClinic(), cancellationToken).ConfigureAwait(false);
    }

    private Dictionary<string, string> ClinicArgs(BookingDraft draft) =>
        new() { ["clinic"] = _clinics.Get(draft.ClinicId!)?.Name ?? draft.ClinicId! };
}
