namespace HeelBot.Builder.Dialogs;

/// <summary>The context a waterfall step runs in: its index, the dialog's options and values, and the last result.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parent;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, object? options, Dictionary<string, object> values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState { DialogStack = dc.Stack }, dc.Parent)
    {
        _parent = parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    /// <summary>What the waterfall was begun with (a typed record survives across turns).</summary>
    public object? Options { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's or prompt's result.</summary>
    public object? Result { get; }

    /// <summary>Values kept for the life of the waterfall.</summary>
    public IDictionary<string, object> Values { get; }

    /// <summary>Skips to the next step with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_parent.Id}'.");
        }

        _nextCalled = true;
        return _parent.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
