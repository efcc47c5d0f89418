namespace HeelBot.Builder.Schema;

public sealed class SuggestedActions : ExtensibleObject
{
    public IList<string>? To { get; set; }

    public IList<CardAction> Actions { get; set; } = [];

    /// <summary>A copy that can be changed without changing this one.</summary>
    public SuggestedActions Clone()
    {
        var copy = ShallowCopy<SuggestedActions>();
        copy.To = To is null ? null : [.. To];
        copy.Actions = [.. Actions.Select(action => action.Clone())];
        return copy;
    }
}
