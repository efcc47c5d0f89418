namespace HeelBot.Recognizers;

/// <summary>The cultures the recognisers understand, as two-letter codes like Microsoft.Recognizers.Text's Culture.</summary>
public static class Culture
{
    public const string Danish = "da";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [Danish, English];

    /// <summary>Maps "da-DK", "DA", "en-GB" and similar to "da"/"en"; anything else falls back to Danish, the bot's first language.</summary>
    public static string Normalize(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return Danish;
        }

        var code = culture.Trim().ToLowerInvariant();
        return code.StartsWith(English, StringComparison.Ordinal) ? English : Danish;
    }
}
