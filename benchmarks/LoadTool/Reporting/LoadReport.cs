namespace HeelBot.LoadTool.Reporting;

/// <summary>Everything one run measured, as written to the JSON and markdown result files.</summary>
public sealed record LoadReport
{
    public required DateTimeOffset StartedAt { get; init; }

    public required string CommandLine { get; init; }

    public required MachineInfo Machine { get; init; }

    public required string BotDll { get; init; }

    public required IReadOnlyList<WindowResult> Windows { get; init; }

    public required IReadOnlyList<IdleResult> Idle { get; init; }

    public IReadOnlyList<SideBySide> SideBySide => Reporting.SideBySide.From(Windows);

    /// <summary>Conversations that failed in any window or idle batch.</summary>
    public long TotalErrors => Windows.Sum(w => w.Errors) + Idle.Sum(i => i.Errors);
}
