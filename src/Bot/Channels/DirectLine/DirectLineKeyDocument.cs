using HeelBot.Builder.State;

namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>The generated token-signing key, kept in storage when configuration provides no key material.</summary>
public sealed class DirectLineKeyDocument : IStoreItem
{
    /// <summary>Base64 of 32 random bytes.</summary>
    public string Key { get; set; } = string.Empty;

    public string? ETag { get; set; }
}
