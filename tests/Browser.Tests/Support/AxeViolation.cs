namespace HeelBot.Browser.Tests.Support;

/// <summary>An axe-core rule the page breaks, with its impact (minor, moderate, serious, critical).</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<AxeNode> Nodes, int Count)
{
    public bool IsSeriousOrWorse => Impact is "serious" or "critical";

    /// <summary>The rule, then each distinct finding once with the shortest selector of an element it was found on.</summary>
    public override string ToString() =>
        $"{Impact} {Id}: {Help}" + string.Concat(Nodes
            .GroupBy(node => node.Summary.ReplaceLineEndings(" ").Replace("Fix any of the following:", string.Empty, StringComparison.Ordinal).Trim())
            .Select(group => $"\n    {group.Key}\n      e.g. {group.Select(node => node.Target).MinBy(target => target.Length)} ({group.Count()}×)"));
}
