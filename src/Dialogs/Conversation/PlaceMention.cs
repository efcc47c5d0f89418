using System.Text.RegularExpressions;

namespace HeelBot.Dialogs.Conversation;

/// <summary>
/// Where the person says they live ("jeg bor i Aarhus", "I live in Odense", "8000 Aarhus C"), so the out-of-hours
/// number of their own region can be given. Only these plain cues count: a place name guessed from any word of a
/// message could send someone to the wrong region's number.
/// </summary>
public static partial class PlaceMention
{
    private const int MaxPlaceWords = 3;

    /// <summary>The words naming the place (to look up in the regions file), or null when the text names none.</summary>
    public static string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = AfterCue().Match(text);
        if (match.Success)
        {
            var words = match.Groups["place"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', words.Take(MaxPlaceWords));
        }

        var postcode = PostcodeAndTown().Match(text);
        return postcode.Success ? postcode.Value : null;
    }

    // "bor i/på", "bosat i", "live/living/lives/based in", then the words up to a comma, full stop or the like.
    [GeneratedRegex(@"\b(?:bor|bosat|boende)\s+(?:i|på)\s+(?<place>[\p{L}\d][\p{L}\d .-]*)|\b(?:live|living|lives|based)\s+in\s+(?<place>[\p{L}\d][\p{L}\d .-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterCue();

    // A Danish address line: four digits and a town name starting with a capital ("8000 Aarhus C").
    [GeneratedRegex(@"\b\d{4}\s+\p{Lu}[\p{L}-]+")]
    private static partial Regex PostcodeAndTown();
}
