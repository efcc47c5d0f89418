namespace HeelBot.Bot.Channels.DirectLine;

public enum DirectLineCallerKind
{
    /// <summary>No Authorization header at all.</summary>
    Anonymous,

    /// <summary>A credential that is not a configured secret nor a valid token of this host (or an expired token).</summary>
    Rejected,

    /// <summary>A configured secret: a trusted server-side caller, any conversation.</summary>
    Secret,

    /// <summary>A valid token: exactly one conversation.</summary>
    Token,
}
