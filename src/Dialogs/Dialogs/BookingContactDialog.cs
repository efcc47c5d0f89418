using System.Globalization;
using HeelBot.Builder.Core;
using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Privacy;
using HeelBot.Recognizers.Contact;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// Who the clinic should expect: name, mobile number (Danish formats, +45) and e-mail address (which may be skipped),
/// one question at a time, each answer checked by the contact recognisers and, when it is not right, asked again with
/// what was wrong ("Jeg fik kun 7 cifre …"). On SMS a number the channel gives is used and not asked for. What the
/// person gives is remembered as personal data, so the transcript never holds it. Begun and ended with a
/// <see cref="BookingDraft"/>.
/// </summary>
public sealed class BookingContactDialog : ComponentDialog
{
    private const string Skip = "skip";
    private const string LoopId = "contact";
    private readonly Replies _replies;

    public BookingContactDialog(Replies replies, AnswerUnderstanding understanding)
        : base(nameof(BookingContactDialog))
    {
        _replies = replies;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [StartStepAsync]));
        AddDialog(new WaterfallDialog(LoopId, [AskStepAsync, ReadStepAsync]));
        AddDialog(new BookingPrompt(replies, understanding));
    }

    private enum Field
    {
        Name,
        Phone,
        Email,
        Done,
    }

    private static async Task<DialogTurnResult> StartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.Options as BookingDraft ?? new BookingDraft();
        if (draft.Phone is null && BookingPerson.ChannelPhone(step.Context) is { } phone)
        {
            draft = draft with { Phone = phone, PhoneFromChannel = true };
        }

        return await step.ReplaceDialogAsync(LoopId, new BookingContactStep(draft), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = (BookingContactStep)step.Options!;
        var field = Missing(state.Draft);
        if (field == Field.Done)
        {
            return await step.EndDialogAsync(state.Draft, cancellationToken).ConfigureAwait(false);
        }

        var key = state.RetryKey ?? field switch
        {
            Field.Name => "booking.ask.name",
            Field.Phone => step.Context.Activity.ChannelId == Channels.Sms ? "booking.ask.phone.sms" : "booking.ask.phone",
            _ => "booking.ask.email",
        };
        List<BookingOption> options = [.. state.Options ?? []];
        if (field == Field.Email)
        {
            options.Add(BookingOption.Content(Skip, "choice.booking.email.skip"));
        }

        var question = new BookingQuestion(Slots.BookingContact, key, state.Args, options);
        return await step.PromptAsync(nameof(BookingPrompt), BookingPrompt.Options(question), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ReadStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = (BookingContactStep)step.Options!;
        var answer = (BookingAnswer)step.Result!;
        var next = Missing(state.Draft) switch
        {
            Field.Name => ReadName(step.Context, state, answer),
            Field.Phone => ReadPhone(step.Context, state, answer),
            _ => ReadEmail(step.Context, state, answer),
        };
        return await step.ReplaceDialogAsync(LoopId, next, cancellationToken).ConfigureAwait(false);
    }

    private static Field Missing(BookingDraft draft) =>
        draft.Name is null ? Field.Name
        : draft.Phone is null ? Field.Phone
        : draft.Email is null && !draft.EmailSkipped ? Field.Email
        : Field.Done;

    private static BookingContactStep ReadName(ITurnContext turnContext, BookingContactStep state, BookingAnswer answer)
    {
        var name = PersonNameRecognizer.Recognize(answer.Text);
        if (!name.IsValid)
        {
            var why = name.Problem switch
            {
                PersonNameProblem.ContainsDigits => "digits",
                PersonNameProblem.LooksLikeEmail => "email",
                PersonNameProblem.TooShort => "short",
                PersonNameProblem.TooLong => "long",
                PersonNameProblem.InvalidCharacters => "characters",
                _ => "other",
            };
            return state with { RetryKey = $"booking.retry.name.{why}", Args = null, Options = null };
        }

        Remember(turnContext, PiiCategory.PersonName, name.Name!);
        return new BookingContactStep(state.Draft with { Name = name.Name });
    }

    private static BookingContactStep ReadPhone(ITurnContext turnContext, BookingContactStep state, BookingAnswer answer)
    {
        var phone = PhoneNumberRecognizer.Recognize(answer.Text);
        if (!phone.IsValid)
        {
            var why = phone.Problem switch
            {
                PhoneNumberProblem.TooFewDigits => "few",
                PhoneNumberProblem.TooManyDigits => "many",
                PhoneNumberProblem.Letters => "letters",
                PhoneNumberProblem.InvalidCharacters => "characters",
                PhoneNumberProblem.NotADanishNumber => "danish",
                PhoneNumberProblem.InvalidCountryCode => "country",
                _ => "missing",
            };
            var args = new Dictionary<string, string> { ["digits"] = phone.DigitCount.ToString(CultureInfo.InvariantCulture) };
            return state with { RetryKey = $"booking.retry.phone.{why}", Args = args, Options = null };
        }

        Remember(turnContext, PiiCategory.PhoneNumber, phone.E164!);
        return new BookingContactStep(state.Draft with { Phone = phone.E164 });
    }

    /// <summary>
    /// A well-formed address that looks mistyped ("gmail.con") is offered back corrected, beside the address as typed:
    /// the person picks one, and a picked address is taken as it is.
    /// </summary>
    private static BookingContactStep ReadEmail(ITurnContext turnContext, BookingContactStep state, BookingAnswer answer)
    {
        if (answer.Choice == Skip)
        {
            return new BookingContactStep(state.Draft with { EmailSkipped = true });
        }

        if (answer.Choice is { } picked && EmailRecognizer.Recognize(picked).IsWellFormed)
        {
            return Accept(turnContext, state, picked);
        }

        var email = EmailRecognizer.Recognize(answer.Text);
        switch (email.Problem)
        {
            case EmailProblem.None:
                return Accept(turnContext, state, email.Address!);
            case EmailProblem.LikelyTypo when email.Suggestion is { } suggestion:
                Remember(turnContext, PiiCategory.Email, email.Address!);
                Remember(turnContext, PiiCategory.Email, suggestion);
                return state with
                {
                    RetryKey = "booking.retry.email.typo",
                    Args = new Dictionary<string, string> { ["suggestion"] = suggestion },
                    Options = [BookingOption.Literal(suggestion, suggestion), BookingOption.Literal(email.Address!, email.Address!)],
                };
        }

        var why = email.Problem switch
        {
            EmailProblem.MissingAt => "at",
            EmailProblem.SeveralAts => "ats",
            EmailProblem.Spaces => "spaces",
            EmailProblem.InvalidLocalPart => "local",
            EmailProblem.MissingDomainDot => "dot",
            EmailProblem.InvalidDomain => "domain",
            EmailProblem.InvalidTopLevelDomain => "ending",
            EmailProblem.TooLong => "long",
            _ => "missing",
        };
        return state with { RetryKey = $"booking.retry.email.{why}", Args = null, Options = null };
    }

    private static BookingContactStep Accept(ITurnContext turnContext, BookingContactStep state, string address)
    {
        Remember(turnContext, PiiCategory.Email, address);
        return new BookingContactStep(state.Draft with { Email = address });
    }

    /// <summary>
    /// Remembers what the person gave as personal data, and redacts it from this turn's copy of their message too: the
    /// transcript's redaction ran before the dialog knew that this reply was a name ("Mette Hansen" alone has no cue).
    /// </summary>
    private static void Remember(ITurnContext turnContext, PiiCategory category, string value)
    {
        var session = Replies.Session(turnContext);
        GivenPersonalData.Remember(session, category, value);
        if (turnContext.TurnState.Get<RedactedMessage>() is { } redacted)
        {
            turnContext.TurnState.Add(new RedactedMessage(GivenPersonalData.Redact(redacted.Text, session, session.Language)));
        }
    }
}
