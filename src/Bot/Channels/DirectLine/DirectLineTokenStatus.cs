namespace HeelBot.Bot.Channels.DirectLine;

public enum DirectLineTokenStatus
{
    Valid,

    /// <summary>Not a token this host signed (wrong shape, wrong signature, wrong issuer).</summary>
    Invalid,

    Expired,
}
