namespace HeelBot.Builder.Schema;

public sealed class ConversationAccount : ExtensibleObject
{
    public ConversationAccount()
    {
    }

    public ConversationAccount(string id) => Id = id;

    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    /// <summary>A copy that can be changed without changing this one.</summary>
    public ConversationAccount Clone() => ShallowCopy<ConversationAccount>();
}
