namespace HeelBot.Builder.Testing;

/// <summary>A <see cref="TestFlow"/> expectation was not met; the message shows the reply and the conversation so far.</summary>
public sealed class TestFlowAssertionException : Exception
{
    public TestFlowAssertionException()
    {
    }

    public TestFlowAssertionException(string message)
        : base(message)
    {
    }

    public TestFlowAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
