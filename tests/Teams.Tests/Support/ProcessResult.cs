namespace HeelBot.Teams.Tests.Support;

/// <summary>How a child process ended, and what it printed.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}
