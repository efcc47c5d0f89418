using System.Text.Json;
using System.Text.Json.Serialization;

namespace HeelBot.Builder.Schema;

/// <summary>
/// Base for every schema type: fields we do not model are kept and written back, so nothing a
/// channel sends is lost on a round trip (Activity spec A2005).
/// </summary>
public abstract class ExtensibleObject
{
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>
    /// A copy of this object with its own property bag; the JSON values in it are shared, which is safe because a
    /// <see cref="JsonElement"/> cannot be changed.
    /// </summary>
    protected T ShallowCopy<T>()
        where T : ExtensibleObject
    {
        var copy = (T)MemberwiseClone();
        copy.Properties = Properties is null ? null : new Dictionary<string, JsonElement>(Properties);
        return copy;
    }
}
