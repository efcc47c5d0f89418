namespace HeelBot.LoadTool.People;

/// <summary>What a simulated person does after reading the bot's replies: say something, stop content, or give up.</summary>
public sealed record PersonStep
{
    private PersonStep()
    {
    }

    /// <summary>The next message, when the person goes on.</summary>
    public string? Text { get; private init; }

    /// <summary>The disposition the conversation reached, when it is done.</summary>
    public string? Outcome { get; private init; }

    /// <summary>Why the conversation went wrong, when it did.</summary>
    public string? Failure { get; private init; }

    public static PersonStep Say(string text) => new() { Text = text };

    public static PersonStep Done(string outcome) => new() { Outcome = outcome };

    public static PersonStep Fail(string failure) => new() { Failure = failure };
}
