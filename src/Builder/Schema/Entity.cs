using System.Text.Json;

namespace HeelBot.Builder.Schema;

/// <summary>An entity: a <c>type</c> plus whatever fields that type has (kept in <see cref="ExtensibleObject.Properties"/>).</summary>
public sealed class Entity : ExtensibleObject
{
    public Entity()
    {
    }

    public Entity(string type) => Type = type;

    public string? Type { get; set; }

    /// <summary>Builds an entity of <paramref name="type"/> whose fields are those of <paramref name="value"/>.</summary>
    public static Entity From<T>(string type, T value)
    {
        var element = JsonSerializer.SerializeToElement(value, BotJson.Options);
        var entity = new Entity(type) { Properties = new Dictionary<string, JsonElement>() };
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name != "type")
            {
                // SerializeToElement's document needs no disposing, so its parts can be kept as they are.
                entity.Properties[property.Name] = property.Value;
            }
        }

        return entity;
    }

    /// <summary>Reads the entity's fields as <typeparamref name="T"/>.</summary>
    public T? GetAs<T>()
    {
        var fields = new Dictionary<string, JsonElement>(Properties ?? new Dictionary<string, JsonElement>());
        if (Type is not null)
        {
            fields["type"] = JsonSerializer.SerializeToElement(Type);
        }

        return JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToElement(fields), BotJson.Options);
    }

    /// <summary>A copy that can be changed without changing this one.</summary>
    public Entity Clone() => ShallowCopy<Entity>();
}
