namespace HeelBot.Builder.Schema;

/// <summary>The fields of a <c>mention</c> entity.</summary>
public sealed class Mention
{
    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }
}
