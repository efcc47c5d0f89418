using HeelBot.Builder.Dialogs;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Conversation;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// Which clinic: a town, district or postcode as the person writes it ("Århus", "kbh", "Sonderborg", "5700") becomes two
/// to four clinics to choose from. A clinic named outright is still shown as the first choice, with the ones nearby, so
/// a typo that matched the wrong town is caught. When the person said earlier where they live, the clinics nearest to
/// that come first. Begun with a <see cref="BookingDraft"/>; ends with it, the clinic chosen or the booking dropped.
/// </summary>
public sealed class BookingClinicDialog : ComponentDialog
{
    public const int NearbyCount = 3;

    /// <summary>"kbh" names four clinics; all of them are offered.</summary>
    public const int NamedCount = 4;

    private const string NotNow = "none";
    private const string LoopId = "clinic";
    private readonly Replies _replies;
    private readonly ClinicDirectory _clinics;

    public BookingClinicDialog(Replies replies, AnswerUnderstanding understanding, ClinicDirectory clinics)
        : base(nameof(BookingClinicDialog))
    {
        _replies = replies;
        _clinics = clinics;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [StartStepAsync]));
        AddDialog(new WaterfallDialog(LoopId, [AskStepAsync, ReadStepAsync]));
        AddDialog(new BookingPrompt(replies, understanding));
    }

    /// <summary>The first question: the clinics near where the person lives, when they said so; otherwise "which town?".</summary>
    private async Task<DialogTurnResult> StartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.Options as BookingDraft ?? new BookingDraft();
        var first = new BookingClinicStep(draft, [], "booking.ask.clinic");
        if (Replies.Session(step.Context).Place is { } place && Offer(first, place, _clinics.Find(place)) is { Offered.Count: > 0 } near)
        {
            // Where they live is what they told us, not a clinic they chose: the question says "closest to you".
            first = near with { Key = "booking.ask.clinic.near", Args = null };
        }

        return await step.ReplaceDialogAsync(LoopId, first, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = (BookingClinicStep)step.Options!;
        List<BookingOption> options =
        [
            .. state.Offered.Select(id => _clinics.Get(id)).OfType<Clinic>().Select(clinic => BookingOption.Literal(clinic.Id, clinic.Name)),
            BookingOption.Content(NotNow, "choice.booking.clinic.none"),
        ];
        var question = new BookingQuestion(Slots.BookingClinic, state.Key ?? "booking.ask.clinic", state.Args, options);
        return await step.PromptAsync(nameof(BookingPrompt), BookingPrompt.Options(question), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ReadStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = (BookingClinicStep)step.Options!;
        var answer = (BookingAnswer)step.Result!;
        if (answer.Choice == NotNow)
        {
            return await step.EndDialogAsync(state.Draft with { Abandoned = true }, cancellationToken).ConfigureAwait(false);
        }

        if (answer.Choice is { } id && _clinics.Get(id) is { } picked)
        {
            return await step.EndDialogAsync(state.Draft with { ClinicId = picked.Id }, cancellationToken).ConfigureAwait(false);
        }

        var named = _clinics.Find(answer.Text);

        // The person typed the name of a clinic already on offer ("sønderborg" under the buttons): that is their pick.
        if (named.Count == 1 && named[0].Kind is ClinicMatchKind.Name or ClinicMatchKind.Alias && state.Offered.Contains(named[0].Clinic.Id))
        {
            return await step.EndDialogAsync(state.Draft with { ClinicId = named[0].Clinic.Id }, cancellationToken).ConfigureAwait(false);
        }

        var next = Offer(state, answer.Text, named);
        return await step.ReplaceDialogAsync(LoopId, next.Offered.Count > 0 ? next : state with { Key = "booking.retry.clinic", Args = null }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One clinic named: confirm it, with the nearest others. Several: offer them. None: the nearest to the place (none when it is unknown).</summary>
    private BookingClinicStep Offer(BookingClinicStep state, string text, IReadOnlyList<ClinicMatch> named)
    {
        if (named.Count == 1)
        {
            var clinic = named[0].Clinic;
            var nearby = _clinics.Nearest(clinic.Name, NearbyCount + 1).Select(match => match.Clinic.Id).Where(id => id != clinic.Id);
            return state with
            {
                Offered = [clinic.Id, .. nearby.Take(NearbyCount - 1)],
                Key = "booking.ask.clinic.one",
                Args = new Dictionary<string, string> { ["clinic"] = clinic.Name },
            };
        }

        if (named.Count > 1)
        {
            return state with { Offered = [.. named.Take(NamedCount).Select(match => match.Clinic.Id)], Key = "booking.ask.clinic.several", Args = null };
        }

        var nearest = _clinics.Nearest(text, NearbyCount);
        return state with { Offered = [.. nearest.Select(match => match.Clinic.Id)], Key = "booking.ask.clinic.near", Args = null };
    }
}
