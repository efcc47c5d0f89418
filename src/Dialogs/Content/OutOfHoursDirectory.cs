using System.Collections.Frozen;
using HeelBot.Dialogs.Content.Yaml;

namespace HeelBot.Dialogs.Content;

/// <summary>
/// The out-of-hours doctor numbers of content/triage/regions.yml, and the emergency number.
/// Finds a person's region from a city, district or postcode, follows region mergers by date,
/// and lists every active region when the place is unknown. Immutable after load.
/// </summary>
public sealed class OutOfHoursDirectory
{
    /// <summary>The resource name (and repository path) of the data file.</summary>
    public const string ResourceName = "content/triage/regions.yml";

    private const int LongestPlaceInWords = 4;

    private readonly IReadOnlyList<Region> _regions;
    private readonly FrozenDictionary<string, Region> _byId;
    private readonly FrozenDictionary<string, Region> _byPlace;

    private OutOfHoursDirectory(string version, string emergencyNumber, IReadOnlyList<Region> regions, FrozenDictionary<string, Region> byPlace)
    {
        Version = version;
        EmergencyNumber = emergencyNumber;
        _regions = regions;
        _byId = regions.ToFrozenDictionary(region => region.Id, StringComparer.Ordinal);
        _byPlace = byPlace;
    }

    /// <summary>The emergency number (112), from the data file like everything else the bot says.</summary>
    public string EmergencyNumber { get; }

    /// <summary>The data file's version (the date it was last recorded).</summary>
    public string Version { get; }

    /// <summary>Every region in the file, past, present and future, in file order.</summary>
    public IReadOnlyList<Region> Regions => _regions;

    public static OutOfHoursDirectory LoadEmbedded()
    {
        var yaml = ContentCatalog.ReadEmbedded(typeof(OutOfHoursDirectory).Assembly, ResourceName)
            ?? throw new InvalidDataException($"The embedded resource '{ResourceName}' is missing from HeelBot.Dialogs.");
        return Parse(yaml);
    }

    public static OutOfHoursDirectory LoadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses and validates regions.yml; any inconsistency throws <see cref="InvalidDataException"/>.</summary>
    public static OutOfHoursDirectory Parse(string yaml, string sourceName = ResourceName)
    {
        var document = ContentYaml.Deserialize<RegionsDocument>(yaml, sourceName);
        var emergency = document.Emergency?.Number?.Trim();
        if (string.IsNullOrEmpty(emergency) || !emergency.All(char.IsAsciiDigit))
        {
            throw new InvalidDataException($"{sourceName}: 'emergency.number' must be digits.");
        }

        var regions = (document.Regions ?? []).Select(entry => ToRegion(entry, sourceName)).ToList();
        if (regions.Count == 0)
        {
            throw new InvalidDataException($"{sourceName}: no regions.");
        }

        Validate(regions, sourceName);
        return new OutOfHoursDirectory(
            document.Version?.Trim() ?? string.Empty,
            emergency,
            regions.AsReadOnly(),
            IndexPlaces(regions, sourceName));
    }

    public Region? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The regions in force on the date, in file order: the list to show when the place is unknown.</summary>
    public IReadOnlyList<Region> ActiveOn(DateOnly date) => _regions.Where(region => region.IsActiveOn(date)).ToList();

    /// <summary>
    /// The region that covers a city, district or postcode ("Århus", "sonderborg", "Kbh.", "2300",
    /// "8000 Aarhus C", a small typo such as "Odnese"), as the map stands in the data file;
    /// null when nothing matches or a typo fits places in different regions.
    /// </summary>
    public Region? FindByPlace(string cityOrPostcode)
    {
        if (string.IsNullOrWhiteSpace(cityOrPostcode))
        {
            return null;
        }

        var words = PlaceName.Normalize(cityOrPostcode).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return FindByName(words) ?? FindByPostcode(words) ?? FindByTypo(words);
    }

    /// <summary>
    /// As <see cref="FindByPlace(string)"/>, then follows mergers: on 2027-01-01 or later a place in
    /// Region Hovedstaden or Sjælland resolves to Region Østdanmark. Null if no region covers it on the date.
    /// </summary>
    public Region? FindByPlace(string cityOrPostcode, DateOnly date)
    {
        var region = FindByPlace(cityOrPostcode);
        for (var hops = 0; region is not null && !region.IsActiveOn(date) && hops < _regions.Count; hops++)
        {
            region = region.SucceededBy is null ? null : Find(region.SucceededBy);
        }

        return region is not null && region.IsActiveOn(date) ? region : null;
    }

    /// <summary>
    /// The one out-of-hours number to give for a place on a date. In a merged region that still uses
    /// its former regions' numbers, the number for the place's former area.
    /// </summary>
    public OutOfHoursNumber? NumberFor(string cityOrPostcode, DateOnly date)
    {
        var home = FindByPlace(cityOrPostcode);
        var current = FindByPlace(cityOrPostcode, date);
        if (home is null || current is null)
        {
            return null;
        }

        var numbers = current.NumbersOn(date);
        return numbers.Count == 1
            ? numbers[0]
            : numbers.SingleOrDefault(number => number.Area == home.Id);
    }

    private Region? FindByName(string[] words)
    {
        // Longest phrase first, so "Nykøbing Falster" wins over any shorter name inside it.
        for (var length = Math.Min(LongestPlaceInWords, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (_byPlace.TryGetValue(string.Join(' ', words, start, length), out var region))
                {
                    return region;
                }
            }
        }

        return null;
    }

    private Region? FindByPostcode(string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length == 4 && word.All(char.IsAsciiDigit))
            {
                var postcode = int.Parse(word, System.Globalization.CultureInfo.InvariantCulture);
                var region = _regions.FirstOrDefault(candidate => candidate.Postcodes.Any(range => range.Contains(postcode)));
                if (region is not null)
                {
                    return region;
                }
            }
        }

        return null;
    }

    private Region? FindByTypo(string[] words)
    {
        var phrases = new List<string>();
        for (var length = Math.Min(LongestPlaceInWords, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                phrases.Add(string.Join(' ', words, start, length));
            }
        }

        var best = int.MaxValue;
        var found = new HashSet<Region>();
        foreach (var phrase in phrases.Where(phrase => phrase.Any(char.IsLetter)))
        {
            var allowed = PlaceName.AllowedTypos(phrase.Length);
            if (allowed == 0)
            {
                continue;
            }

            foreach (var (place, region) in _byPlace)
            {
                if (Math.Abs(place.Length - phrase.Length) > allowed)
                {
                    continue;
                }

                var distance = PlaceName.Distance(phrase, place);
                if (distance > allowed || distance > best)
                {
                    continue;
                }

                if (distance < best)
                {
                    best = distance;
                    found.Clear();
                }

                found.Add(region);
            }
        }

        // Two regions equally close means we cannot tell; asking beats guessing a phone number.
        return found.Count == 1 ? found.First() : null;
    }

    private static Region ToRegion(RegionEntry entry, string sourceName)
    {
        var id = Required(entry.Id, "regions[].id", sourceName);
        var where = $"{sourceName}: region '{id}'";
        var numbers = (entry.OutOfHours ?? []).Select(number => ToNumber(number, where)).ToList();
        List<PostcodeRange> postcodes;
        try
        {
            postcodes = (entry.Postcodes ?? []).Select(PostcodeRange.Parse).ToList();
        }
        catch (FormatException exception)
        {
            throw new InvalidDataException($"{where}: {exception.Message}", exception);
        }

        return new Region(
            id,
            Required(entry.Name, "name", where),
            Required(entry.NameEn, "nameEn", where),
            ContentYaml.ParseDate(entry.ValidFrom, "validFrom", where),
            ContentYaml.ParseOptionalDate(entry.ValidUntil, "validUntil", where),
            string.IsNullOrWhiteSpace(entry.SucceededBy) ? null : entry.SucceededBy.Trim(),
            (entry.MergedFrom ?? []).Select(from => from.Trim()).ToList().AsReadOnly(),
            string.IsNullOrWhiteSpace(entry.Note) ? null : entry.Note.Trim(),
            numbers.AsReadOnly(),
            postcodes.AsReadOnly(),
            (entry.Places ?? []).Select(place => place.Trim()).ToList().AsReadOnly());
    }

    private static OutOfHoursNumber ToNumber(OutOfHoursEntry entry, string where)
    {
        var number = Required(entry.Number, "outOfHours[].number", where);
        if (!number.All(char.IsAsciiDigit))
        {
            throw new InvalidDataException($"{where}: out-of-hours number '{number}' must be digits only (put spacing in 'display').");
        }

        var display = string.IsNullOrWhiteSpace(entry.Display) ? number : entry.Display.Trim();
        if (new string(display.Where(char.IsAsciiDigit).ToArray()) != number)
        {
            throw new InvalidDataException($"{where}: display '{display}' does not show the number '{number}'.");
        }

        return new OutOfHoursNumber(
            number,
            display,
            string.IsNullOrWhiteSpace(entry.Area) ? null : entry.Area.Trim(),
            ContentYaml.ParseDate(entry.ValidFrom, "outOfHours[].validFrom", where),
            ContentYaml.ParseOptionalDate(entry.ValidUntil, "outOfHours[].validUntil", where),
            string.IsNullOrWhiteSpace(entry.Note) ? null : entry.Note.Trim());
    }

    private static void Validate(List<Region> regions, string sourceName)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            var where = $"{sourceName}: region '{region.Id}'";
            if (!ids.Add(region.Id))
            {
                throw new InvalidDataException($"{where} appears twice.");
            }

            if (region.ValidUntil < region.ValidFrom)
            {
                throw new InvalidDataException($"{where} ends before it starts.");
            }

            // A region the bot may route to must have a number on its first day, or someone gets no number.
            if (!region.OutOfHours.Any(number => number.IsValidOn(region.ValidFrom)))
            {
                throw new InvalidDataException($"{where} has no out-of-hours number valid on {region.ValidFrom:yyyy-MM-dd}.");
            }

            var area = region.OutOfHours.FirstOrDefault(number => number.Area is not null && !region.MergedFrom.Contains(number.Area));
            if (area is not null)
            {
                throw new InvalidDataException($"{where}: number area '{area.Area}' is not one of its mergedFrom regions.");
            }
        }

        foreach (var region in regions)
        {
            var unknown = region.MergedFrom.Append(region.SucceededBy).OfType<string>().FirstOrDefault(id => !ids.Contains(id));
            if (unknown is not null)
            {
                throw new InvalidDataException($"{sourceName}: region '{region.Id}' refers to unknown region '{unknown}'.");
            }
        }

        var ranges = regions.SelectMany(region => region.Postcodes.Select(range => (region, range))).ToList();
        foreach (var (region, range) in ranges)
        {
            var clash = ranges.FirstOrDefault(other => other.region != region && other.range.Overlaps(range));
            if (clash.region is not null)
            {
                throw new InvalidDataException(
                    $"{sourceName}: postcodes {range} of '{region.Id}' overlap {clash.range} of '{clash.region.Id}'.");
            }
        }
    }

    private static FrozenDictionary<string, Region> IndexPlaces(List<Region> regions, string sourceName)
    {
        var index = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            foreach (var place in region.Places)
            {
                var key = PlaceName.Normalize(place);
                if (key.Length == 0)
                {
                    throw new InvalidDataException($"{sourceName}: region '{region.Id}' has an empty place name.");
                }

                if (index.TryGetValue(key, out var other) && other != region)
                {
                    throw new InvalidDataException(
                        $"{sourceName}: place '{place}' is listed under both '{other.Id}' and '{region.Id}'.");
                }

                index[key] = region;
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Required(string? value, string field, string where) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidDataException($"{where}: '{field}' is required.")
            : value.Trim();
}
