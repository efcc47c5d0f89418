namespace HeelBot.Browser.Tests.Support;

/// <summary>How a process ended: its exit code and what it printed on stdout and stderr.</summary>
public sealed record ProcessRun(int ExitCode, string Output, string Errors);
