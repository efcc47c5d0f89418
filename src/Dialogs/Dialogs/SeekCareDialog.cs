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
            ["numbers"] = OutOfHoursLines(step, session),
        };
        var key = decision.Disposition == Disposition.Emergency ? "outcome.emergency" : "outcome.urgent";
        await _replies.SayAsync(step.Context, key, args, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The out-of-hours number of the person's own region when they said where they live; otherwise every region's
    /// number in force today. A merged region's numbers say which former area each serves.
    /// </summary>
    private string OutOfHoursLines(WaterfallStepContext step, TriageSession session)
    {
        var today = DanishTime.Today(_timeProvider);
        if (session.Place is { } place && _outOfHours.FindByPlace(place, today) is { } home && _outOfHours.NumberFor(place, today) is { } own)
        {
            return Line(step, home, own, session.Language);
        }

        var lines = _outOfHours.ActiveOn(today).SelectMany(region => region.NumbersOn(today).Select(number => Line(step, region, number, session.Language)));
        return string.Join('\n', lines);
    }

    private string Line(WaterfallStepContext step, Region region, OutOfHoursNumber number, string language)
    {
        var name = region.DisplayName(language);
        if (number.Area is { Length: > 0 } area && _outOfHours.Find(area) is { } former)
        {
            name = _replies.Text(step.Context, "outofhours.area", new Dictionary<string, string> { ["region"] = name, ["area"] = former.DisplayName(language) });
        }

        return _replies.Text(step.Context, "outofhours.line", new Dictionary<string, string> { ["region"] = name, ["number"] = number.Display });
    }
}
