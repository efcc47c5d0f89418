using System.Globalization;
using HeelBot.Builder.Choices;
using HeelBot.Builder.Core;
using HeelBot.Builder.Dialogs;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Prompts;

/// <summary>
/// Asks a question and waits for an answer it can recognise (template method: subclasses only send
/// the question and recognise the reply). Unrecognised or invalid answers get the retry prompt.
/// </summary>
public abstract class Prompt<T>(string dialogId, PromptValidator<T>? validator = null) : Dialog(dialogId)
{
    internal const string AttemptCountKey = "attemptCount";
    private const string OptionsKey = "options";
    private const string StateKey = "state";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' must be begun with PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog!;
        var state = new Dictionary<string, object> { [AttemptCountKey] = 0 };
        instance.State[OptionsKey] = promptOptions;
        instance.State[StateKey] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var (state, options) = Read(dc.ActiveDialog!);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        state[AttemptCountKey] = Convert.ToInt32(state[AttemptCountKey], CultureInfo.InvariantCulture) + 1;
        var isValid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options), cancellationToken).ConfigureAwait(false);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        // A validator that answered the person itself has said what it needed to say.
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>Something started on top of the prompt came back: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var (state, options) = Read(instance);
        return OnPromptAsync(turnContext, state, options, false, cancellationToken);
    }

    protected abstract Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken);

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Sends the prompt (or retry prompt), with <paramref name="choices"/> rendered for the channel.</summary>
    protected static Task SendAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, IList<Choice>? choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = (isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt)?.Clone();
        if (question is null)
        {
            return Task.CompletedTask;
        }

        if (choices is { Count: > 0 })
        {
            var rendered = ChoiceFactory.ForChannel(turnContext.Activity.ChannelId, choices, question.Text, options.Style ?? ListStyle.Auto);
            question.Text = rendered.Text;
            question.SuggestedActions = rendered.SuggestedActions;
            if (rendered.Attachments is { Count: > 0 })
            {
                question.Attachments = [.. question.Attachments ?? [], .. rendered.Attachments];
            }
        }

        question.InputHint ??= InputHints.ExpectingInput;
        return turnContext.SendActivityAsync(question, cancellationToken);
    }

    private static (IDictionary<string, object> State, PromptOptions Options) Read(DialogInstance instance) =>
        ((IDictionary<string, object>)instance.State[StateKey], (PromptOptions)instance.State[OptionsKey]);
}
