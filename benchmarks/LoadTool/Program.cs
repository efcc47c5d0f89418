using HeelBot.LoadTool;
using HeelBot.LoadTool.Reporting;
using HeelBot.LoadTool.Running;
using HeelBot.LoadTool.Servers;

var (options, problem) = OptionsParser.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(problem is null ? OptionsParser.Usage : $"loadtool: {problem}\n\n{OptionsParser.Usage}");
    return problem is null ? 0 : 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C stops the run cleanly (servers are stopped); a second one ends the process.
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};

var progress = new Progress<string>(line => Console.Error.WriteLine($"[{TimeProvider.System.GetLocalNow():HH:mm:ss}] {line}"));
try
{
    var report = await LoadRunner.RunAsync(options, progress, cancel.Token);
    Console.WriteLine();
    Console.WriteLine(ReportWriter.Markdown(report));
    var (markdown, json) = await ReportWriter.WriteAsync(report, RepoPaths.OutputDir(options.OutputDir), CancellationToken.None);
    Console.Error.WriteLine($"results: {markdown}\n         {json}");
    return report.TotalErrors == 0 ? 0 : 1;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("loadtool: cancelled");
    return 130;
}
catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or HttpRequestException)
{
    // Servers that would not start, a missing build, an unreachable database: the reason, without a stack trace.
    Console.Error.WriteLine($"loadtool: {ex.Message}");
    return 3;
}
