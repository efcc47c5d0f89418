using HeelBot.Builder.Choices;
using HeelBot.Builder.Core;
using HeelBot.Builder.Prompts;
using HeelBot.Dialogs.Content;
using HeelBot.Dialogs.Conversation;

namespace HeelBot.Dialogs.Booking;

/// <summary>
/// Asks a <see cref="BookingQuestion"/> and returns a <see cref="BookingAnswer"/>: the option picked by its button, its
/// exact title (in either language) or, on SMS, its number; otherwise the text, for the dialog to read with the clinic
/// directory, the date and time recogniser or the contact recognisers, which know far better than a loose title match
/// whether "Aarhus" or "i morgen kl 10" fits. Any non-empty reply is an answer; the dialog decides what to ask next.
/// Like <see cref="Prompts.SlotPrompt"/> it notes the waiting question in the session, so a pressed button is not read as
/// facts about the heel and "2" picks the second line on SMS.
/// </summary>
public sealed class BookingPrompt(Replies replies, AnswerUnderstanding understanding) : Prompt<BookingAnswer>(nameof(BookingPrompt))
{
    public static PromptOptions Options(BookingQuestion question) => new() { Validations = question };

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var question = Question(options);
        var session = Replies.Session(turnContext);
        var choices = Choices(question, session.Language);
        session.PendingChoiceTitles = [.. choices.SelectMany(choice => new[] { choice.DisplayText }.Concat(choice.Synonyms ?? []))];
        session.PendingSlot = question.Asks;
        session.PendingNumberedChoices = choices.Count > 0 && ChoiceFactory.StyleFor(turnContext.Activity.ChannelId, choices.Count) == ListStyle.List ? choices.Count : 0;

        var text = replies.Text(turnContext, question.Key, question.Args);
        var rendered = choices.Count > 0 ? ChoiceFactory.ForChannel(turnContext.Activity.ChannelId, choices, text) : null;
        var activity = replies.MessageWithText(turnContext, rendered?.Text ?? text, question.Asks);
        activity.SuggestedActions = rendered?.SuggestedActions;
        activity.Attachments = rendered?.Attachments;
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<BookingAnswer>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var question = Question(options);
        var text = turnContext.Activity.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Task.FromResult(new PromptRecognizerResult<BookingAnswer> { Succeeded = false });
        }

        var language = Replies.Language(turnContext);
        var choices = Choices(question, language);
        var numbered = ChoiceFactory.StyleFor(turnContext.Activity.ChannelId, choices.Count) == ListStyle.List;
        string? picked = null;
        if (choices.Count > 0)
        {
            if (numbered && IsBareNumber(text))
            {
                picked = understanding.Choose(text, choices, language)?.Value;
            }

            picked ??= choices.FirstOrDefault(choice => AnswerUnderstanding.IsExactly(text, choice))?.Value;
            if (picked is null && question.LooseMatch)
            {
                picked = understanding.Choose(text, choices, language, allowNumbers: numbered)?.Value;
            }
        }

        return Task.FromResult(new PromptRecognizerResult<BookingAnswer> { Succeeded = true, Value = new BookingAnswer(picked, text) });
    }

    /// <summary>The options with titles in <paramref name="language"/>; the other language's title is a synonym.</summary>
    private List<Choice> Choices(BookingQuestion question, string language) =>
        [.. (question.Options ?? []).Select(option => new Choice(option.Value, Title(option, language), [.. Others(language).Select(other => Title(option, other))]))];

    private string Title(BookingOption option, string language) => option.Kind switch
    {
        BookingOptionKind.Content => replies.Catalog.Text(option.Text ?? throw new InvalidOperationException($"Option '{option.Value}' has no content key."), language),
        BookingOptionKind.Time => BookingTexts.Time(replies.Catalog, language, option.Start ?? throw new InvalidOperationException($"Option '{option.Value}' has no time.")),
        _ => option.Text ?? option.Value,
    };

    private static IEnumerable<string> Others(string language) => ContentLanguage.All.Where(other => other != language);

    private static bool IsBareNumber(string text) => text.TrimEnd('.').Length > 0 && text.TrimEnd('.').All(char.IsAsciiDigit);

    private static BookingQuestion Question(PromptOptions options) =>
        options.Validations as BookingQuestion ?? throw new InvalidOperationException("BookingPrompt needs a BookingQuestion in PromptOptions.Validations.");
}
