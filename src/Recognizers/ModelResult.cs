namespace HeelBot.Recognizers;

/// <summary>
/// One recognised entity, shaped like Microsoft.Recognizers.Text's ModelResult so callers that know that
/// library read ours at once. <see cref="End"/> is inclusive, as there.
/// </summary>
public sealed record ModelResult
{
    public required string Text { get; init; }

    public required int Start { get; init; }

    /// <summary>Index of the last character of the match (inclusive).</summary>
    public required int End { get; init; }

    public required string TypeName { get; init; }

    public IReadOnlyDictionary<string, object?> Resolution { get; init; } = new Dictionary<string, object?>();

    /// <summary>Reads a resolution value, or the default when it is missing or of another type.</summary>
    public T? Get<T>(string key) => Resolution.TryGetValue(key, out var value) && value is T typed ? typed : default;
}
