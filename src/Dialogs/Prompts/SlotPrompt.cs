using System.Globalization;
using HeelBot.Builder.Choices;
using HeelBot.Builder.Core;
using HeelBot.Builder.Prompts;
using HeelBot.Dialogs.Conversation;

namespace HeelBot.Dialogs.Prompts;

/// <summary>
/// Asks one <see cref="SlotQuestion"/> and returns the choice value, "yes"/"no", or the text. A free-text
/// answer counts when the facts read from it (by the bot, before any dialog runs) fill the slot. A
/// choice or consent question that is still not understood after <see cref="MaxAttempts"/> tries returns "" so the
/// conversation moves on (for consent, "" means no); a yes/no question about a red flag never gives up.
/// </summary>
public sealed class SlotPrompt(Replies replies, AnswerUnderstanding understanding) : Prompt<string>(nameof(SlotPrompt))
{
    public const int MaxAttempts = 3;

    public static PromptOptions Options(SlotQuestion question) => new() { Validations = question };

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var question = Question(options);
        var session = Replies.Session(turnContext);

        // The message told something else worth having (it was just confirmed): ask again, without "I didn't get that".
        isRetry = isRetry && turnContext.TurnState.Get<NewFactsConfirmation>() is null;
        var choices = replies.Choices(turnContext, question);
        session.PendingChoiceTitles = [.. choices.SelectMany(choice => new[] { choice.DisplayText }.Concat(choice.Synonyms ?? []))];
        session.PendingSlot = question.Slot;
        session.PendingNumberedChoices = choices.Count > 0 && ChoiceFactory.StyleFor(turnContext.Activity.ChannelId, choices.Count) == ListStyle.List ? choices.Count : 0;
        return turnContext.SendActivityAsync(replies.Question(turnContext, question, isRetry), cancellationToken);
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        var question = Question(options);
        var text = turnContext.Activity.Text?.Trim() ?? string.Empty;
        var session = Replies.Session(turnContext);
        var value = question.Kind switch
        {
            AnswerKind.YesNo => PickedByNumber(turnContext, question, text, session) ?? understanding.YesNo(text, session.Language) switch
            {
                true => SlotPromptValues.Yes,
                false => SlotPromptValues.No,
                null => null,
            },
            AnswerKind.FreeText => ReadFreeText(turnContext, question, text, session),
            AnswerKind.Consent => ReadConsent(turnContext, question, text, session),
            _ => ReadChoice(turnContext, question, text, session),
        };

        var attempts = Convert.ToInt32(state["attemptCount"], CultureInfo.InvariantCulture) + 1;
        if (value is null && question.Kind is (AnswerKind.Choice or AnswerKind.Consent) && attempts >= MaxAttempts)
        {
            value = string.Empty;
        }

        return Task.FromResult(new PromptRecognizerResult<string> { Succeeded = value is not null, Value = value });
    }

    /// <summary>
    /// Free text as written – unless it picks one of the offered choices ("1" on SMS, a button), which is
    /// returned as that choice's title so the dialog reads what the person meant.
    /// </summary>
    private string? ReadFreeText(ITurnContext turnContext, SlotQuestion question, string text, TriageSession session)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var choices = replies.Choices(turnContext, question);
        var found = understanding.Choose(text, choices, session.Language, AllowNumbers(turnContext, question));
        var picked = found is not null && (AnswerUnderstanding.IsExactly(text, choices[found.Index]) || IsBareNumber(text));
        return picked ? choices[found!.Index].DisplayText : text;
    }

    /// <summary>A pressed button, or a plain yes or no; "not sure" is no, since consent is never assumed.</summary>
    private string? ReadConsent(ITurnContext turnContext, SlotQuestion question, string text, TriageSession session)
    {
        if (PickedByNumber(turnContext, question, text, session) is { } picked)
        {
            return picked;
        }

        var choices = replies.Choices(turnContext, question);
        if (choices.FirstOrDefault(choice => AnswerUnderstanding.IsExactly(text, choice)) is { } pressed)
        {
            return pressed.Value;
        }

        return understanding.Consent(text, session.Language) switch
        {
            true => SlotPromptValues.Yes,
            false => SlotPromptValues.No,
            null => null,
        };
    }

    /// <summary>"1" or "2" on a channel that numbers the answers (SMS): the choice with that number.</summary>
    private string? PickedByNumber(ITurnContext turnContext, SlotQuestion question, string text, TriageSession session)
    {
        if (!IsBareNumber(text) || ChoiceFactory.StyleFor(turnContext.Activity.ChannelId, question.Choices.Count) != ListStyle.List)
        {
            return null;
        }

        var choices = replies.Choices(turnContext, question);
        return understanding.Choose(text, choices, session.Language)?.Value;
    }

    private static bool IsBareNumber(string text) => text.Trim().TrimEnd('.').All(char.IsAsciiDigit);

    /// <summary>
    /// A pressed button (the exact title) wins; then what the facts read from the message say (the slot was
    /// unknown before this message, so that is this answer); then a looser match of the choices.
    /// </summary>
    private string? ReadChoice(ITurnContext turnContext, SlotQuestion question, string text, TriageSession session)
    {
        var choices = replies.Choices(turnContext, question);
        var found = understanding.Choose(text, choices, session.Language, AllowNumbers(turnContext, question));
        if (found is not null && AnswerUnderstanding.IsExactly(text, choices[found.Index]))
        {
            return found.Value;
        }

        return SlotValues.Read(session, question.Slot) ?? found?.Value ?? BareWeeks(text, question);
    }

    /// <summary>
    /// "2" picks the second choice – except for the duration on a channel with buttons, where a bare
    /// number is a count of weeks (nobody numbers the buttons there).
    /// </summary>
    private static bool AllowNumbers(ITurnContext turnContext, SlotQuestion question) =>
        question.Slot != Slots.Duration
        || ChoiceFactory.StyleFor(turnContext.Activity.ChannelId, question.Choices.Count) == ListStyle.List;

    /// <summary>A bare number answering the duration question: weeks.</summary>
    private static string? BareWeeks(string text, SlotQuestion question) =>
        question.Slot == Slots.Duration
        && double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var weeks)
        && weeks is >= 0 and < 520
            ? weeks.ToString(CultureInfo.InvariantCulture)
            : null;

    private static SlotQuestion Question(PromptOptions options) =>
        options.Validations as SlotQuestion ?? throw new InvalidOperationException("SlotPrompt needs a SlotQuestion in PromptOptions.Validations.");
}
