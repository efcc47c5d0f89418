namespace HeelBot.Tests.Shared;

/// <summary>How a child process ended: its exit code and what it printed on stdout and stderr.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}
