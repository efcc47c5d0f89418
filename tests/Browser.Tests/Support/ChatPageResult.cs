namespace HeelBot.Browser.Tests.Support;

/// <summary>What node/chat-page.js saw in the browser (its "RESULT {json}" line).</summary>
public sealed record ChatPageResult(
    IReadOnlyList<string> Asked,
    IReadOnlyList<string> Answered,
    IReadOnlyList<ProgressSnapshot> Progress,
    string FinalProgress,
    string Disposition,
    string? OutcomeText,
    string? FinalText,
    IReadOnlyList<string> RedFlags,
    IReadOnlyList<string> AdviceSections,
    IReadOnlyList<string> AdviceTitles,
    IReadOnlyList<string> RunTogether,
    IReadOnlyList<string> MarkdownShown,
    PageStrings Ui,
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<string> ForeignRequests,
    IReadOnlyList<string> FailedRequests,
    IReadOnlyList<string> WebSockets,
    int Requests,
    IReadOnlyList<AxeScan> Axe,
    IReadOnlyList<string> Screenshots,
    int Checked)
{
    /// <summary>Every violation of every scan, once per rule and element.</summary>
    public IReadOnlyList<AxeViolation> AxeViolations() =>
        Axe.SelectMany(scan => scan.Violations)
            .GroupBy(violation => violation.Id)
            .Select(group => group.First() with
            {
                Nodes = group.SelectMany(v => v.Nodes).DistinctBy(node => node.Target).ToList(),
                Count = group.Max(v => v.Count),
            })
            .ToList();
}
