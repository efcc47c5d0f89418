using HeelBot.Builder.Dialogs;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Prompts;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// Doctor, clinic and self-care outcomes: why, the advice that fits (a few sections at a time, more on
/// request), the red flags to watch for, and the offer to book. Ends with how the person ended it:
/// <see cref="Book"/> or <see cref="Done"/>; the main dialog closes the guide.
/// </summary>
public sealed class AdviceDialog : ComponentDialog
{
    public const int SectionsPerMessage = 2;

    /// <summary>The person wants to book (the result this dialog ends with).</summary>
    public const string Book = "book";

    /// <summary>The person has what they need (the result this dialog ends with).</summary>
    public const string Done = "done";

    private const string MoreAdvice = "advice";
    private readonly Replies _replies;

    public AdviceDialog(Replies replies, AnswerUnderstanding understanding)
        : base(nameof(AdviceDialog))
    {
        _replies = replies;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog),
        [
            ShowAdviceStepAsync,
            OfferMoreStepAsync,
            FollowChoiceStepAsync,
        ]));
        AddDialog(new SlotPrompt(replies, understanding));
    }

    /// <summary>The first time: why this outcome. Then the next few sections; after the first batch, what to watch for.</summary>
    private async Task<DialogTurnResult> ShowAdviceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = Replies.Session(step.Context);
        var decision = session.Decide();
        var first = session.SectionsShown == 0;
        if (first)
        {
            var why = _replies.Text(step.Context, decision.DecidingRule.ContentKey);
            await _replies.SayAsync(step.Context, $"outcome.{session.Disposition}", new Dictionary<string, string> { ["why"] = why }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var id in session.Sections.Skip(session.SectionsShown).Take(SectionsPerMessage))
        {
            var section = _replies.Catalog.Advice(id, session.Language);
            var text = _replies.Text(step.Context, "advice.section", new Dictionary<string, string> { ["title"] = section.Title, ["body"] = section.Body.Trim() });
            await step.Context.SendActivityAsync(_replies.MessageWithText(step.Context, text, sections: [id]), cancellationToken).ConfigureAwait(false);
            session.SectionsShown++;
        }

        if (first && decision.WatchFor.Count > 0)
        {
            var labels = decision.WatchFor.Select(id => _replies.Text(step.Context, $"redflag.short.{id}")).ToList();
            await _replies.SayAsync(step.Context, "watchfor", new Dictionary<string, string> { ["list"] = JoinOr(step, labels) }, cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>More advice (while there is more), booking, or done.</summary>
    private async Task<DialogTurnResult> OfferMoreStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = Replies.Session(step.Context);
        var question = session.SectionsShown < session.Sections.Count ? Questions.More : Questions.MoreWhenAllShown;
        return await step.PromptAsync(nameof(SlotPrompt), SlotPrompt.Options(question), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FollowChoiceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result as string)
        {
            case MoreAdvice:
                return await step.ReplaceDialogAsync(nameof(WaterfallDialog), null, cancellationToken).ConfigureAwait(false);
            case Book:
                // The main dialog begins the booking dialog next.
                return await step.EndDialogAsync(Book, cancellationToken).ConfigureAwait(false);
            default:
                // "Done", or an answer still not understood: the guide ends; the closing words come after the consent question.
                return await step.EndDialogAsync(Done, cancellationToken).ConfigureAwait(false);
        }
    }

    private string JoinOr(WaterfallStepContext step, IReadOnlyList<string> items) =>
        items.Count == 1
            ? items[0]
            : string.Join(", ", items.Take(items.Count - 1)) + _replies.Text(step.Context, "watchfor.or") + items[^1];
}
