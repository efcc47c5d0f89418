using HeelBot.Builder.Dialogs;
using HeelBot.Dialogs.Content;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Dialogs;

/// <summary>
/// Emergency and urgent: what to do now, in plain words and with the numbers to call, and nothing
/// else in the same breath – no advice buried under it.
/// </summary>
public sealed class SeekCareDialog : ComponentDialog
{
    private readonly Replies _replies;
    private readonly OutOfHoursDirectory _outOfHours;
    private readonly TimeProvider _timeProvider;

    public SeekCareDialog(Replies replies, OutOfHoursDirectory outOfHours, TimeProvider timeProvider)
        : base(nameof(SeekCareDialog))
    {
        _replies = replies;
        _outOfHours = outOfHours;
        _timeProvider = timeProvider;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [TellWhatToDoStepAsync]));
    }

    private async Task<DialogTurnResult> TellWhatToDoStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = Replies.Session(step.Context);
        var decision = session.Decide();
        var args = new Dictionary<string, string>
        {
            ["why"] = _replies.Text(step.Context, decision.DecidingRule.ContentKey),
            ["numbers"] = OutOfHoursLines(step, session.Language),
        };
        var key = decision.Disposition == Disposition.Emergency ? "outcome.emergency" : "outcome.urgent";
        await _replies.SayAsync(step.Context, key, args, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every region's out-of-hours number in force today (the person's region is not known here).</summary>
    private string OutOfHoursLines(WaterfallStepContext step, string language)
    {
        var today = DanishTime.Today(_timeProvider);
        var lines = _outOfHours.ActiveOn(today).SelectMany(region => region.NumbersOn(today).Select(number =>
            _replies.Text(step.Context, "outofhours.line", new Dictionary<string, string>
            {
                ["region"] = number.Area is { Length: > 0 } area ? area : region.DisplayName(language),
                ["number"] = number.Display,
            })));
        return string.Join('\n', lines);
    }
}
