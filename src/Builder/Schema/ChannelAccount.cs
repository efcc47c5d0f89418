namespace HeelBot.Builder.Schema;

public sealed class ChannelAccount : ExtensibleObject
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string id, string? name = null, string? role = null)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    /// <summary>A copy that can be changed without changing this one.</summary>
    public ChannelAccount Clone() => ShallowCopy<ChannelAccount>();
}
