namespace HeelBot.Dialogs.Content;

/// <summary>An inclusive range of Danish four-digit postcodes.</summary>
public sealed record PostcodeRange(int From, int To)
{
    public bool Contains(int postcode) => postcode >= From && postcode <= To;

    public bool Overlaps(PostcodeRange other) => From <= other.To && other.From <= To;

    /// <summary>Parses "1000-2669" or a single "4050".</summary>
    public static PostcodeRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], out var from)
            || !int.TryParse(parts[^1], out var to)
            || from < 1000 || to > 9999 || from > to)
        {
            throw new FormatException($"'{text}' is not a postcode or a postcode range like 1000-2669.");
        }

        return new PostcodeRange(from, to);
    }

    public override string ToString() => From == To ? $"{From}" : $"{From}-{To}";
}
