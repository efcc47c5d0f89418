using System.Collections.Frozen;
using System.Globalization;
using HeelBot.Dialogs.Content;
using HeelBot.Dialogs.Content.Yaml;

namespace HeelBot.Dialogs.Booking;

/// <summary>
/// The chain's clinics (content/booking/clinics.yml) and where they are (content/booking/postcodes.yml).
/// <see cref="Find"/> answers "which clinic did they name?" ("Århus", "kbh Ø", "Hilerød", "København" → all four
/// Copenhagen clinics); <see cref="Nearest"/> answers "which clinics are closest to this postcode or town?" ("5700",
/// "Silkeborg"). Names compare in any case, with æ/ø/å typed as ae/oe/aa or without accents, and with small typos.
/// Immutable after load and safe to share.
/// </summary>
public sealed class ClinicDirectory
{
    public const string ClinicsResourceName = "content/booking/clinics.yml";
    public const string PostcodesResourceName = "content/booking/postcodes.yml";

    private const int LongestNameInWords = 4;
    private const int ShortestTypoPhrase = 4;

    private readonly FrozenDictionary<string, Clinic> _byId;
    private readonly FrozenDictionary<string, IReadOnlyList<(Clinic Clinic, ClinicMatchKind Kind)>> _byName;
    private readonly FrozenDictionary<string, ClinicCoordinate> _places;
    private readonly ClinicGazetteer _gazetteer;

    private ClinicDirectory(string version, IReadOnlyList<Clinic> clinics, ClinicGazetteer gazetteer)
    {
        Version = version;
        All = clinics;
        _gazetteer = gazetteer;
        _byId = clinics.ToFrozenDictionary(clinic => clinic.Id, StringComparer.Ordinal);
        _byName = IndexNames(clinics);
        _places = IndexPlaces(gazetteer, _byName);
    }

    /// <summary>The clinic file's version (the date it was recorded).</summary>
    public string Version { get; }

    /// <summary>Every clinic, in file order (alphabetical by id).</summary>
    public IReadOnlyList<Clinic> All { get; }

    public static ClinicDirectory LoadEmbedded()
    {
        var assembly = typeof(ClinicDirectory).Assembly;
        var clinics = ContentCatalog.ReadEmbedded(assembly, ClinicsResourceName)
            ?? throw new InvalidDataException($"The embedded resource '{ClinicsResourceName}' is missing from HeelBot.Dialogs.");
        var postcodes = ContentCatalog.ReadEmbedded(assembly, PostcodesResourceName)
            ?? throw new InvalidDataException($"The embedded resource '{PostcodesResourceName}' is missing from HeelBot.Dialogs.");
        return Parse(clinics, postcodes);
    }

    /// <summary>Parses and validates both files; any inconsistency throws <see cref="InvalidDataException"/>.</summary>
    public static ClinicDirectory Parse(string clinicsYaml, string postcodesYaml)
    {
        var document = ContentYaml.Deserialize<ClinicYamlDocument>(clinicsYaml, ClinicsResourceName);
        var clinics = (document.Clinics ?? []).Select(ToClinic).ToList();
        if (clinics.Count == 0)
        {
            throw new InvalidDataException($"{ClinicsResourceName}: no clinics.");
        }

        var duplicate = clinics.GroupBy(clinic => clinic.Id).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{ClinicsResourceName}: clinic '{duplicate.Key}' appears twice.");
        }

        var gazetteer = ClinicGazetteer.Parse(postcodesYaml, PostcodesResourceName);
        return new ClinicDirectory(document.Version?.Trim() ?? string.Empty, clinics.AsReadOnly(), gazetteer);
    }

    /// <summary>The clinic with this id ("aarhus-c"), or null.</summary>
    public Clinic? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The clinics a text names, best first: by name, alias or city ("Aarhus" → Aarhus C, then Risskov), then by a small
    /// typo ("Hilerød"). A name shared by several clinics ("København", "kbh") gives all of them, nearest to that
    /// place first. Several names in one text ("Aarhus eller Randers") give each in turn. Empty when nothing matches,
    /// including a real town that has no clinic ("Silkeborg": use <see cref="Nearest"/>) and postcodes.
    /// </summary>
    public IReadOnlyList<ClinicMatch> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = PlaceName.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var covered = new bool[words.Length];
        var found = new List<(string Key, IReadOnlyList<(Clinic Clinic, ClinicMatchKind Kind)> Hits, int Start)>();

        // Longest phrase first, so "kbh o" (Østerbro) wins over "kbh" (all four) and each word counts once.
        foreach (var (phrase, start, length) in Phrases(words))
        {
            if (!covered.AsSpan(start, length).Contains(true) && _byName.TryGetValue(phrase, out var hits))
            {
                found.Add((phrase, hits, start));
                covered.AsSpan(start, length).Fill(true);
            }
        }

        if (found.Count > 0)
        {
            return Ordered(found.OrderBy(group => group.Start).Select(group => (group.Key, group.Hits)));
        }

        return FindByTypo(words);
    }

    /// <summary>
    /// The <paramref name="count"/> clinics nearest to a Danish postcode ("5700", "8000 Aarhus C") or a town or district
    /// ("Silkeborg", "Helsingør", "Kbh NV", a clinic's own name), by straight-line distance, nearest first.
    /// Empty when the place is unknown. Distances are approximate (see content/booking/postcodes.yml).
    /// </summary>
    public IReadOnlyList<ClinicMatch> Nearest(string? postcodeOrTown, int count = 3)
    {
        if (count <= 0 || Locate(postcodeOrTown) is not { } place)
        {
            return [];
        }

        return All
            .Select(clinic => (Clinic: clinic, Km: clinic.Location.DistanceKmTo(place)))
            .OrderBy(pair => pair.Km)
            .ThenBy(pair => pair.Clinic.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(pair => new ClinicMatch(pair.Clinic, ClinicMatchKind.Nearby, Math.Round(pair.Km, 1)))
            .ToList();
    }

    /// <summary>What to offer for a reply to "which clinic?": the clinics it names, else the ones nearest to it.</summary>
    public IReadOnlyList<ClinicMatch> Suggest(string? text, int count = 3)
    {
        var named = Find(text);
        return named.Count > 0 ? named : Nearest(text, count);
    }

    /// <summary>
    /// The approximate point of a postcode, town, district or clinic name; null when unknown. A four-digit number is
    /// read as a postcode first ("8000 Aarhus C"); a postcode outside 1000–9999 is unknown.
    /// </summary>
    public ClinicCoordinate? Locate(string? postcodeOrTown)
    {
        if (string.IsNullOrWhiteSpace(postcodeOrTown))
        {
            return null;
        }

        var words = PlaceName.Normalize(postcodeOrTown).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var postcode = words.FirstOrDefault(word => word.Length == 4 && word.All(char.IsAsciiDigit));
        if (postcode is not null)
        {
            return _gazetteer.AreaOf(int.Parse(postcode, CultureInfo.InvariantCulture))?.Location;
        }

        foreach (var (phrase, _, _) in Phrases(words))
        {
            if (_places.TryGetValue(phrase, out var exact))
            {
                return exact;
            }
        }

        var (distance, closest) = ClosestByTypo(words, _places.Keys);
        var points = closest.Select(key => _places[key]).Distinct().ToList();

        // Two different places equally close to the typo: asking beats guessing.
        return distance < int.MaxValue && points.Count == 1 ? points[0] : null;
    }

    /// <summary>
    /// Clinic names one small typo away from a phrase of the text ("Hilerød", "Odnese"). A phrase that is a real place
    /// without a clinic ("Vejen", "Frederiksbjerg"), or is closer to one, is no typo of a clinic ("Vejle", "Frederiksberg").
    /// </summary>
    private List<ClinicMatch> FindByTypo(string[] words)
    {
        var towns = _gazetteer.Places.Keys.Where(key => !_byName.ContainsKey(key)).ToList();
        var best = int.MaxValue;
        var keys = new List<string>();
        foreach (var (phrase, _, _) in Phrases(words))
        {
            if (_gazetteer.Places.ContainsKey(phrase))
            {
                continue;
            }

            var (distance, closest) = ClosestByTypo([phrase], _byName.Keys);
            if (distance == int.MaxValue || distance > best || ClosestByTypo([phrase], towns).Distance < distance)
            {
                continue;
            }

            if (distance < best)
            {
                best = distance;
                keys.Clear();
            }

            keys.AddRange(closest.Where(key => !keys.Contains(key)));
        }

        return Ordered(keys.Select(key => (key, _byName[key])))
            .Select(match => match with { Kind = ClinicMatchKind.Typo })
            .ToList();
    }

    /// <summary>Groups in order; within a group by how it matched, then nearest to the place the name stands for.</summary>
    private List<ClinicMatch> Ordered(IEnumerable<(string Key, IReadOnlyList<(Clinic Clinic, ClinicMatchKind Kind)> Hits)> groups)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ClinicMatch>();
        foreach (var (key, hits) in groups)
        {
            var centre = _places.TryGetValue(key, out var point) ? point : (ClinicCoordinate?)null;
            var ordered = hits
                .OrderBy(hit => hit.Kind)
                .ThenBy(hit => centre is { } c ? hit.Clinic.Location.DistanceKmTo(c) : 0)
                .ThenBy(hit => hit.Clinic.Id, StringComparer.Ordinal);
            foreach (var (clinic, kind) in ordered)
            {
                if (seen.Add(clinic.Id))
                {
                    result.Add(new ClinicMatch(clinic, kind));
                }
            }
        }

        return result;
    }

    /// <summary>The keys closest to any phrase of the words within the typos a key's length allows, and that distance.</summary>
    private static (int Distance, List<string> Keys) ClosestByTypo(string[] words, IEnumerable<string> keys)
    {
        var best = int.MaxValue;
        var closest = new List<string>();
        var candidates = keys as IReadOnlyCollection<string> ?? keys.ToList();
        foreach (var (phrase, _, _) in Phrases(words))
        {
            if (phrase.Length < ShortestTypoPhrase || !phrase.Any(char.IsLetter))
            {
                continue;
            }

            foreach (var key in candidates)
            {
                var allowed = PlaceName.AllowedTypos(key.Length);
                if (allowed == 0 || Math.Abs(key.Length - phrase.Length) > allowed)
                {
                    continue;
                }

                var distance = PlaceName.Distance(phrase, key);
                if (distance > allowed || distance > best)
                {
                    continue;
                }

                if (distance < best)
                {
                    best = distance;
                    closest.Clear();
                }

                if (!closest.Contains(key))
                {
                    closest.Add(key);
                }
            }
        }

        return (best, closest);
    }

    /// <summary>Every run of up to four words, longest first.</summary>
    private static IEnumerable<(string Phrase, int Start, int Length)> Phrases(string[] words)
    {
        for (var length = Math.Min(LongestNameInWords, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                yield return (string.Join(' ', words, start, length), start, length);
            }
        }
    }

    private static Clinic ToClinic(ClinicYamlEntry entry)
    {
        var id = Required(entry.Id, "clinics[].id", ClinicsResourceName);
        var where = $"{ClinicsResourceName}: clinic '{id}'";
        if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new InvalidDataException($"{where}: an id is lower-case letters, digits and hyphens.");
        }

        var postcode = Required(entry.Postcode, "postcode", where);
        if (postcode.Length != 4 || !postcode.All(char.IsAsciiDigit))
        {
            throw new InvalidDataException($"{where}: 'postcode' must be four digits, was '{postcode}'.");
        }

        var aliases = (entry.Aliases ?? []).Select(alias => alias.Trim()).Where(alias => alias.Length > 0).ToList();
        return new Clinic(
            id,
            Required(entry.Name, "name", where),
            Required(entry.City, "city", where),
            postcode,
            Required(entry.Region, "region", where),
            ClinicGazetteer.Location(entry.Latitude, entry.Longitude, where),
            aliases.AsReadOnly(),
            string.IsNullOrWhiteSpace(entry.Address) ? null : entry.Address.Trim());
    }

    private static FrozenDictionary<string, IReadOnlyList<(Clinic Clinic, ClinicMatchKind Kind)>> IndexNames(IReadOnlyList<Clinic> clinics)
    {
        var index = new Dictionary<string, List<(Clinic Clinic, ClinicMatchKind Kind)>>(StringComparer.Ordinal);
        foreach (var clinic in clinics)
        {
            var names = new[] { (clinic.Name, ClinicMatchKind.Name), (clinic.Id, ClinicMatchKind.Name) }
                .Concat(clinic.Aliases.Select(alias => (alias, ClinicMatchKind.Alias)))
                .Append((clinic.City, ClinicMatchKind.City));
            foreach (var (name, kind) in names)
            {
                var key = PlaceName.Normalize(name);
                if (key.Length == 0)
                {
                    throw new InvalidDataException($"{ClinicsResourceName}: clinic '{clinic.Id}' has an empty name or alias.");
                }

                var hits = index.TryGetValue(key, out var list) ? list : index[key] = [];
                if (!hits.Any(hit => hit.Clinic == clinic))
                {
                    hits.Add((clinic, kind));
                }
            }
        }

        return index.ToFrozenDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<(Clinic Clinic, ClinicMatchKind Kind)>)pair.Value.AsReadOnly(),
            StringComparer.Ordinal);
    }

    /// <summary>Towns and areas, plus each clinic name at the clinic (a shared name such as "Kbh" at the middle of its clinics).</summary>
    private static FrozenDictionary<string, ClinicCoordinate> IndexPlaces(
        ClinicGazetteer gazetteer, FrozenDictionary<string, IReadOnlyList<(Clinic Clinic, ClinicMatchKind Kind)>> names)
    {
        var places = new Dictionary<string, ClinicCoordinate>(gazetteer.Places, StringComparer.Ordinal);
        foreach (var (key, hits) in names)
        {
            places.TryAdd(key, new ClinicCoordinate(hits.Average(hit => hit.Clinic.Location.Latitude), hits.Average(hit => hit.Clinic.Location.Longitude)));
        }

        return places.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Required(string? value, string field, string where) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{where}: '{field}' is required.") : value.Trim();
}
