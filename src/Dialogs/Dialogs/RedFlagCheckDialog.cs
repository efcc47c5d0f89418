using HeelBot.Builder.Dialogs;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Prompts;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// One yes/no question at a time: red flags the person mentioned unclearly, the rest of the list when it
/// was not understood, and the follow-ups that sharpen a flag (a fever with feeling very ill, an injury
/// you cannot walk on). "Not sure" counts as yes. Once care is needed now, only questions that could make
/// it more urgent are asked.
/// </summary>
public sealed class RedFlagCheckDialog : ComponentDialog
{
    public RedFlagCheckDialog(Replies replies, AnswerUnderstanding understanding)
        : base(nameof(RedFlagCheckDialog))
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog),
        [
            AskNextStepAsync,
            RecordAnswerStepAsync,
        ]));
        AddDialog(new SlotPrompt(replies, understanding));
    }

    /// <summary>The next question to ask, or null when there is none.</summary>
    /// <param name="session">What the conversation knows.</param>
    /// <param name="careNowOnly">Ask only about unclear mentions that could call for care now.</param>
    public static string? NextQuestion(TriageSession session, bool careNowOnly = false)
    {
        ArgumentNullException.ThrowIfNull(session);
        var facts = session.Facts;
        var decision = session.Decide();
        if (decision.Disposition == Disposition.Emergency)
        {
            return null;
        }

        var careNow = session.UnclearThatCouldCallForCareNow();
        if (careNowOnly)
        {
            return careNow.FirstOrDefault();
        }

        var escalations = new List<string>();

        // "Ingen feber, men den er hævet": with the fever denied there is no high fever to ask about.
        if (facts.Has(RedFlagIds.Infection) && !facts.Denies(SignIds.Fever))
        {
            escalations.Add(SignIds.HighFeverUnwell);
        }

        if (facts.Has(RedFlagIds.Trauma))
        {
            escalations.Add(SignIds.Deformity);
        }

        escalations.AddRange(careNow);
        if (decision.Disposition == Disposition.Urgent)
        {
            return escalations.FirstOrDefault(id => !facts.Knows(id));
        }

        var followUps = new List<string>(escalations);
        followUps.AddRange(session.UnclearFlags);
        if (session.AskFlagsOneByOne)
        {
            followUps.AddRange(session.UnansweredRedFlags());
        }

        if (facts.Has(RedFlagIds.Trauma))
        {
            followUps.Add(SignIds.CannotBearWeight);
        }

        if (facts.Has(RedFlagIds.Diabetes))
        {
            followUps.Add(SignIds.Wound);
        }

        if (SlotValues.IsChild(facts) == true)
        {
            followUps.Add(SignIds.Fever);
            followUps.Add(SignIds.Limp);
        }

        return followUps.FirstOrDefault(id => !facts.Knows(id));
    }

    private static async Task<DialogTurnResult> AskNextStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var next = NextQuestion(Replies.Session(step.Context), step.Options is RedFlagCheckOptions { CareNowOnly: true });
        if (next is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values["flag"] = next;
        return await step.PromptAsync(nameof(SlotPrompt), SlotPrompt.Options(Questions.RedFlag(next)), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> RecordAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = Replies.Session(step.Context);
        var flag = (string)step.Values["flag"];
        session.Facts = session.Facts.WithFlag(flag, step.Result as string != SlotPromptValues.No);
        session.UnclearFlags.Remove(flag);
        return await step.ReplaceDialogAsync(nameof(WaterfallDialog), step.Options, cancellationToken).ConfigureAwait(false);
    }
}
