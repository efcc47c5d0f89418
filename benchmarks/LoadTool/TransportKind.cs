namespace HeelBot.LoadTool;

/// <summary>How the simulated people reach the bot.</summary>
public enum TransportKind
{
    /// <summary><c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>: the replies come back in the body.</summary>
    Messages,

    /// <summary>Direct Line 3.0: start a conversation with a secret, post activities, poll them with the watermark.</summary>
    DirectLine,
}
