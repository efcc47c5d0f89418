using HeelBot.Builder.Dialogs;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Prompts;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// Where, when, how long, and how old: each step asks only for what is still missing and otherwise
/// skips. Facts a person gave in free text earlier are never asked again.
/// </summary>
public sealed class TriageDialog : ComponentDialog
{
    public TriageDialog(Replies replies, AnswerUnderstanding understanding)
        : base(nameof(TriageDialog))
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog),
        [
            LocationStepAsync,
            RecordLocationStepAsync,
            TimingStepAsync,
            RecordTimingStepAsync,
            DurationStepAsync,
            RecordDurationStepAsync,
            AgeStepAsync,
            RecordAgeStepAsync,
        ]));
        AddDialog(new SlotPrompt(replies, understanding));
    }

    private static Task<DialogTurnResult> LocationStepAsync(WaterfallStepContext step, CancellationToken ct) => AskIfMissingAsync(step, Questions.Location, ct);

    private static Task<DialogTurnResult> RecordLocationStepAsync(WaterfallStepContext step, CancellationToken ct) => RecordAsync(step, Slots.Location, ct);

    private static Task<DialogTurnResult> TimingStepAsync(WaterfallStepContext step, CancellationToken ct) => AskIfMissingAsync(step, Questions.Timing, ct);

    private static Task<DialogTurnResult> RecordTimingStepAsync(WaterfallStepContext step, CancellationToken ct) => RecordAsync(step, Slots.Timing, ct);

    private static Task<DialogTurnResult> DurationStepAsync(WaterfallStepContext step, CancellationToken ct) => AskIfMissingAsync(step, Questions.Duration, ct);

    private static Task<DialogTurnResult> RecordDurationStepAsync(WaterfallStepContext step, CancellationToken ct) => RecordAsync(step, Slots.Duration, ct);

    private static Task<DialogTurnResult> AgeStepAsync(WaterfallStepContext step, CancellationToken ct) => AskIfMissingAsync(step, Questions.Age, ct);

    private static Task<DialogTurnResult> RecordAgeStepAsync(WaterfallStepContext step, CancellationToken ct) => RecordAsync(step, Slots.Age, ct);

    /// <summary>Prompts for the slot, or skips when it is known.</summary>
    private static async Task<DialogTurnResult> AskIfMissingAsync(WaterfallStepContext step, SlotQuestion question, CancellationToken cancellationToken)
    {
        var session = Replies.Session(step.Context);
        return SlotValues.Read(session, question.Slot) is not null
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(nameof(SlotPrompt), SlotPrompt.Options(question), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores the answer the prompt returned (a skipped or given-up question leaves the slot unknown).</summary>
    private static async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, string slot, CancellationToken cancellationToken)
    {
        if (step.Result is string { Length: > 0 } value)
        {
            var session = Replies.Session(step.Context);
            session.Facts = SlotValues.Apply(session.Facts, slot, value);
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
