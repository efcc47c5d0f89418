using System.Collections.Frozen;
using HeelBot.Dialogs.Content;
using HeelBot.Dialogs.Content.Yaml;

namespace HeelBot.Dialogs.Booking;

/// <summary>
/// content/booking/postcodes.yml: every Danish postcode (1000–9999, as ranges) and ~90 towns, each with an approximate
/// point, so a postcode or a town without a clinic can be placed on the map. Immutable after load.
/// </summary>
internal sealed class ClinicGazetteer
{
    private const int FirstPostcode = 1000;
    private const int LastPostcode = 9999;

    private readonly IReadOnlyList<ClinicArea> _areas;

    private ClinicGazetteer(IReadOnlyList<ClinicArea> areas, FrozenDictionary<string, ClinicCoordinate> places)
    {
        _areas = areas;
        Places = places;
    }

    /// <summary>Town and area names, folded with <see cref="PlaceName.Normalize"/>, to their points.</summary>
    public FrozenDictionary<string, ClinicCoordinate> Places { get; }

    public IReadOnlyList<ClinicArea> Areas => _areas;

    public ClinicArea? AreaOf(int postcode) => _areas.FirstOrDefault(area => area.Postcodes.Contains(postcode));

    public static ClinicGazetteer Parse(string yaml, string sourceName)
    {
        var document = ContentYaml.Deserialize<ClinicPostcodeYamlDocument>(yaml, sourceName);
        var areas = (document.Areas ?? []).Select(entry => ToArea(entry, sourceName)).OrderBy(area => area.Postcodes.From).ToList();
        ValidateCoverage(areas, sourceName);

        // Towns first: where a town and an area share a name, the town's centre is the better point.
        var places = new Dictionary<string, ClinicCoordinate>(StringComparer.Ordinal);
        foreach (var town in document.Towns ?? [])
        {
            var name = Required(town.Name, "towns[].name", sourceName);
            var location = Location(town.Latitude, town.Longitude, $"{sourceName}: town '{name}'");
            foreach (var spelling in (town.Aliases ?? []).Prepend(name))
            {
                places.TryAdd(Key(spelling, sourceName), location);
            }
        }

        foreach (var area in areas)
        {
            places.TryAdd(Key(area.Name, sourceName), area.Location);
        }

        return new ClinicGazetteer(areas.AsReadOnly(), places.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Reads a point, rejecting one that is missing or off the globe.</summary>
    public static ClinicCoordinate Location(double? latitude, double? longitude, string where) =>
        latitude is { } lat and >= -90 and <= 90 && longitude is { } lon and >= -180 and <= 180
            ? new ClinicCoordinate(lat, lon)
            : throw new InvalidDataException($"{where}: 'latitude' and 'longitude' are required degrees.");

    private static ClinicArea ToArea(ClinicAreaYamlEntry entry, string sourceName)
    {
        var text = Required(entry.Postcodes, "areas[].postcodes", sourceName);
        PostcodeRange range;
        try
        {
            range = PostcodeRange.Parse(text);
        }
        catch (FormatException exception)
        {
            throw new InvalidDataException($"{sourceName}: {exception.Message}", exception);
        }

        var name = Required(entry.Name, "areas[].name", sourceName);
        return new ClinicArea(range, name, Location(entry.Latitude, entry.Longitude, $"{sourceName}: area {range}"));
    }

    /// <summary>The areas must cover 1000–9999 with no gap and no overlap, so every postcode has exactly one point.</summary>
    private static void ValidateCoverage(List<ClinicArea> areas, string sourceName)
    {
        var expected = FirstPostcode;
        foreach (var area in areas)
        {
            if (area.Postcodes.From != expected)
            {
                throw new InvalidDataException(
                    $"{sourceName}: postcode areas must run on without gaps or overlaps; expected one starting at {expected}, found {area.Postcodes}.");
            }

            expected = area.Postcodes.To + 1;
        }

        if (expected != LastPostcode + 1)
        {
            throw new InvalidDataException($"{sourceName}: postcode areas must reach {LastPostcode}; they end at {expected - 1}.");
        }
    }

    private static string Key(string name, string sourceName)
    {
        var key = PlaceName.Normalize(name);
        return key.Length > 0 ? key : throw new InvalidDataException($"{sourceName}: the place name '{name}' is empty once folded.");
    }

    private static string Required(string? value, string field, string sourceName) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{sourceName}: '{field}' is required.") : value.Trim();
}
