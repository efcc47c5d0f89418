using System.Text.Json.Nodes;

namespace HeelBot.Deployment.Tests.Support;

/// <summary>One resource of a template: its type, API version and name as the segments resourceId() takes.</summary>
public sealed record ArmResource(JsonObject Node, string Path, string Type, string ApiVersion, IReadOnlyList<string> NameSegments)
{
    public string? Condition => (string?)Node["condition"];

    public JsonObject? Properties => Node["properties"] as JsonObject;

    /// <summary>The last name segment as written: for a channel, e.g. <c>'MsTeamsChannel'</c>.</summary>
    public string LastNameSegment => NameSegments[^1];

    /// <summary>The entries of <c>dependsOn</c>.</summary>
    public IReadOnlyList<string> DependsOn =>
        Node["dependsOn"] is JsonArray entries ? [.. entries.Select(entry => (string)entry!)] : [];

    /// <summary>Whether a reference to <paramref name="type"/> with these name arguments means this resource.</summary>
    public bool Matches(string type, IReadOnlyList<string> nameSegments) =>
        string.Equals(Type, type, StringComparison.OrdinalIgnoreCase)
        && NameSegments.Count == nameSegments.Count
        && NameSegments.Zip(nameSegments).All(pair => string.Equals(pair.First, pair.Second, StringComparison.Ordinal));
}
