using HeelBot.Dialogs.Triage;
using HeelBot.Recognizers.Normalization;

namespace HeelBot.Dialogs.Understanding;

/// <summary>
/// Picks where the heel hurts from the places a message names. A place can belong to something else than the pain
/// ("et sår under foden", "a blister on the back of my heel"); when two places are named, the one said with a word of
/// pain wins ("ondt bag i hælen … og et sår under foden" is pain behind the heel).
/// </summary>
internal static class LocationChoice
{
    /// <summary>How many words a thing may stand before the place it is in: "et stort sår under foden".</summary>
    private const int ThingReach = 3;

    /// <summary>How many words from a place a word of pain may stand and still be about that place.</summary>
    private const int PainReach = 6;

    public static HeelLocation? Choose(Reading reading)
    {
        var places = reading.Locations.Where(l => !BelongsToAThing(reading, l)).ToList();
        var named = places.Where(l => l.Location != HeelLocation.Unsure).ToList();
        if (named.Select(l => l.Location).Distinct().Count() > 1)
        {
            var painful = named.Where(l => NearPain(reading, l)).ToList();
            if (painful.Count > 0)
            {
                named = painful;
            }
        }

        return Combine(places.Count > 0, named.Select(l => l.Location).Distinct().ToList());
    }

    /// <summary>
    /// One place when the message names one. The pad lies under the heel, so under + pad is the pad; pain in more
    /// than one other place is read as the whole heel. "Not sure" counts only when nothing else is said.
    /// </summary>
    private static HeelLocation? Combine(bool anyPlace, List<HeelLocation> named) => named.Count switch
    {
        0 => anyPlace ? HeelLocation.Unsure : null,
        1 => named[0],
        _ when named.Contains(HeelLocation.Whole) => HeelLocation.Whole,
        2 when named.Contains(HeelLocation.Under) && named.Contains(HeelLocation.Pad) => HeelLocation.Pad,
        _ => HeelLocation.Whole,
    };

    /// <summary>"sår under foden": a thing (wound, blister) ends at most a few words before the place, in the same clause.</summary>
    private static bool BelongsToAThing(Reading reading, LocationMention place) =>
        reading.Markers(MarkerKind.OtherThing).Any(thing => thing.LastToken < place.FirstToken
            && WordsBetween(reading.Tokens, thing.LastToken, place.FirstToken) is { } words && words <= ThingReach);

    private static bool NearPain(Reading reading, LocationMention place) =>
        reading.Markers(MarkerKind.Pain).Any(pain =>
            (pain.LastToken < place.FirstToken && WordsBetween(reading.Tokens, pain.LastToken, place.FirstToken) <= PainReach)
            || (pain.FirstToken > place.LastToken && WordsBetween(reading.Tokens, place.LastToken, pain.FirstToken) <= PainReach)
            || (pain.FirstToken <= place.LastToken && place.FirstToken <= pain.LastToken));

    /// <summary>The words strictly between two tokens, or null when a sentence ends between them.</summary>
    private static int? WordsBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        var words = 0;
        for (var j = from + 1; j < to; j++)
        {
            if (tokens[j].IsHardBreak)
            {
                return null;
            }

            words += tokens[j].IsWord || tokens[j].IsNumber ? 1 : 0;
        }

        return words;
    }
}
