namespace HeelBot.LoadTool.Transports;

/// <summary>The bot (or its host) refused a request: a non-success status, or a body that is not what the protocol says.</summary>
public sealed class TurnFailedException : Exception
{
    public TurnFailedException()
    {
    }

    public TurnFailedException(string message)
        : base(message)
    {
    }

    public TurnFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
