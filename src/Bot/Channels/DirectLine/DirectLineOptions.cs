namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>The <c>DirectLine</c> configuration section of the self-hosted Direct Line 3.0 channel.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Secrets a server-side caller presents as <c>Authorization: Bearer &lt;secret&gt;</c> to generate tokens or start
    /// conversations. They never reach a web page. Empty: local development (see <see cref="PageTokens"/>).
    /// </summary>
    public List<string> Secrets { get; set; } = [];

    /// <summary>
    /// Key material for signing tokens. When empty, the key is derived from <see cref="Secrets"/>; with no secrets
    /// either, a random key is generated once and kept in the bot's storage, so tokens outlive a restart.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a token is valid. Direct Line's own tokens last 30 minutes; clients refresh them every 15.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Whether the host's own chat page may get a token without a secret: a <c>POST /v3/directline/tokens/generate</c>
    /// with no Authorization header is answered only when the browser marks it as coming from this host's origin.
    /// </summary>
    public bool PageTokens { get; set; } = true;

    /// <summary>The bot's account in Direct Line conversations (<c>recipient</c> of what the person sends).</summary>
    public string BotId { get; set; } = "heelbot";

    public string BotName { get; set; } = "HeelBot";

    /// <summary>
    /// With PostgreSQL (several instances): how long an open stream may go without a signal before it re-reads its
    /// conversation anyway, in case a notification between instances was lost while the database was unreachable.
    /// </summary>
    public TimeSpan StreamResyncInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The secrets that are actually set (configuration arrays may carry empty entries).</summary>
    public IReadOnlyList<string> ConfiguredSecrets => [.. Secrets.Where(secret => !string.IsNullOrWhiteSpace(secret))];
}
