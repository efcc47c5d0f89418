using HeelBot.Builder.Dialogs;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Prompts;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// "Aflys min tid" / "cancel my booking", at any point and on the channel the booking was made from: lists the
/// person's upcoming bookings (and requests still waiting to be booked), lets them pick one (or types its reference),
/// and cancels it after a clear yes. Only the person who booked, on that channel, sees or cancels a booking
/// (<see cref="BookingPerson.KeyFor"/>).
/// </summary>
public sealed class CancelBookingDialog : ComponentDialog
{
    private const string Keep = "keep";
    private const string WhichId = "which";
    private const string ConfirmId = "confirm";
    private readonly Replies _replies;
    private readonly IBookingProvider _booking;
    private readonly ClinicDirectory _clinics;
    private readonly TimeProvider _timeProvider;

    public CancelBookingDialog(Replies replies, AnswerUnderstanding understanding, IBookingProvider booking, ClinicDirectory clinics, TimeProvider timeProvider)
        : base(nameof(CancelBookingDialog))
    {
        _replies = replies;
        _booking = booking;
        _clinics = clinics;
        _timeProvider = timeProvider;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ListStepAsync]));
        AddDialog(new WaterfallDialog(WhichId, [AskWhichStepAsync, ReadWhichStepAsync]));
        AddDialog(new WaterfallDialog(ConfirmId, [AskYesStepAsync, CancelStepAsync]));
        AddDialog(new BookingPrompt(replies, understanding));
        AddDialog(new SlotPrompt(replies, understanding));
    }

    private async Task<DialogTurnResult> ListStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var person = BookingPerson.KeyFor(step.Context);
        var language = Replies.Language(step.Context);
        var now = _timeProvider.GetUtcNow();
        List<CancelBookingItem> items;
        try
        {
            var appointments = await _booking.FindByPersonAsync(person, cancellationToken).ConfigureAwait(false);
            var pending = await _booking.FindPendingByPersonAsync(person, cancellationToken).ConfigureAwait(false);
            items =
            [
                .. appointments.Where(a => a.Status == AppointmentStatus.Confirmed && a.Slot.Start > now).OrderBy(a => a.Slot.Start)
                    .Select(a => new CancelBookingItem(a.Reference, Line("booking.cancel.line", language, a.Slot.ClinicId, a.Slot.Start, a.Reference))),
                .. pending.Where(p => p.SlotStart > now)
                    .Select(p => new CancelBookingItem(p.RequestId, Line("booking.cancel.pending.line", language, p.ClinicId, p.SlotStart, p.RequestId))),
            ];
        }
        catch (BookingUnavailableException)
        {
            return await SayAndEndAsync(step, "booking.cancel.unavailable", null, cancellationToken).ConfigureAwait(false);
        }

        return items.Count switch
        {
            0 => await SayAndEndAsync(step, "booking.cancel.none", null, cancellationToken).ConfigureAwait(false),
            1 => await step.ReplaceDialogAsync(ConfirmId, items[0], cancellationToken).ConfigureAwait(false),
            _ => await step.ReplaceDialogAsync(WhichId, new CancelBookingStep(items, "booking.cancel.ask.which"), cancellationToken).ConfigureAwait(false),
        };
    }

    private static async Task<DialogTurnResult> AskWhichStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = (CancelBookingStep)step.Options!;
        List<BookingOption> options = [.. state.Items.Select(item => BookingOption.Literal(item.Reference, item.Line)), BookingOption.Content(Keep, "choice.booking.cancel.keep")];
        var question = new BookingQuestion(Slots.BookingCancel, state.Key, null, options);
        return await step.PromptAsync(nameof(BookingPrompt), BookingPrompt.Options(question), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A button, a number (SMS) or the reference typed out ("hb 7kx3qd") picks the booking.</summary>
    private async Task<DialogTurnResult> ReadWhichStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = (CancelBookingStep)step.Options!;
        var answer = (BookingAnswer)step.Result!;
        if (answer.Choice == Keep)
        {
            return await SayAndEndAsync(step, "booking.cancel.kept", null, cancellationToken).ConfigureAwait(false);
        }

        var typed = BookingReference.TryNormalize(answer.Text, out var reference) ? reference : null;
        var item = state.Items.FirstOrDefault(i => i.Reference == answer.Choice || i.Reference == typed);
        return item is not null
            ? await step.ReplaceDialogAsync(ConfirmId, item, cancellationToken).ConfigureAwait(false)
            : await step.ReplaceDialogAsync(WhichId, state with { Key = "booking.cancel.retry.which" }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> AskYesStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var item = (CancelBookingItem)step.Options!;
        var question = new SlotQuestion(
            Slots.BookingCancel,
            AnswerKind.Consent,
            "booking.cancel.ask.confirm",
            "booking.cancel.retry",
            "booking.cancel",
            [SlotPromptValues.Yes, SlotPromptValues.No],
            new Dictionary<string, string> { ["booking"] = item.Line });
        return await step.PromptAsync(nameof(SlotPrompt), SlotPrompt.Options(question), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Only a clear yes cancels; anything else keeps the booking.</summary>
    private async Task<DialogTurnResult> CancelStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var item = (CancelBookingItem)step.Options!;
        if (step.Result as string != SlotPromptValues.Yes)
        {
            return await SayAndEndAsync(step, "booking.cancel.kept", null, cancellationToken).ConfigureAwait(false);
        }

        CancelResult result;
        try
        {
            result = await _booking.CancelAsync(item.Reference, BookingPerson.KeyFor(step.Context), cancellationToken).ConfigureAwait(false);
        }
        catch (BookingUnavailableException)
        {
            return await SayAndEndAsync(step, "booking.cancel.unavailable", null, cancellationToken).ConfigureAwait(false);
        }

        var (key, args) = result switch
        {
            CancelResult.Cancelled cancelled => ("booking.cancel.done", new Dictionary<string, string> { ["reference"] = cancelled.Appointment.Reference }),
            CancelResult.RequestWithdrawn => ("booking.cancel.withdrawn", null),
            CancelResult.AlreadyCancelled => ("booking.cancel.already", null),
            CancelResult.TooLate => ("booking.cancel.too_late", null),
            _ => ("booking.cancel.not_found", (Dictionary<string, string>?)null),
        };
        return await SayAndEndAsync(step, key, args, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SayAndEndAsync(WaterfallStepContext step, string key, IReadOnlyDictionary<string, string>? args, CancellationToken cancellationToken)
    {
        await _replies.SayAsync(step.Context, key, args, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private string Line(string key, string language, string clinicId, DateTimeOffset start, string reference) =>
        _replies.Catalog.Text(key, language, new Dictionary<string, string>
        {
            ["reference"] = reference,
            ["clinic"] = _clinics.Get(clinicId)?.Name ?? clinicId,
            ["time"] = BookingTexts.Time(_replies.Catalog, language, start),
        });
}
