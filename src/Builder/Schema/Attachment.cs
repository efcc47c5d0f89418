using System.Text.Json;

namespace HeelBot.Builder.Schema;

public sealed class Attachment : ExtensibleObject
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    /// <summary>The card or file content as raw JSON (hero card, Adaptive Card …).</summary>
    public JsonElement? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    /// <summary>A copy that can be changed without changing this one.</summary>
    public Attachment Clone() => ShallowCopy<Attachment>();
}
