using System.Collections.Frozen;
using System.Reflection;
using HeelBot.Dialogs.Content.Yaml;

namespace HeelBot.Dialogs.Content;

/// <summary>
/// The content catalog over the files in <c>content/</c>: prompts from <c>&lt;language&gt;/prompts.yml</c>
/// and advice sections from <c>&lt;language&gt;/advice/&lt;id&gt;.md</c>. Everything is read and validated
/// in the constructor and kept in frozen dictionaries, so the catalog is immutable and safe to share
/// across concurrent turns.
/// </summary>
public sealed class ContentCatalog : IContentCatalog
{
    /// <summary>Resource names are the file's path under the repository, e.g. <c>content/da/prompts.yml</c>.</summary>
    public const string ResourcePrefix = "content/";

    private const string PromptsFile = "prompts.yml";
    private const string AdviceFolder = "advice";
    private const string AdviceExtension = ".md";

    private static readonly FrozenDictionary<string, int> ReadingOrder =
        AdviceSectionIds.All.Select((id, index) => (id, index)).ToFrozenDictionary(pair => pair.id, pair => pair.index, StringComparer.Ordinal);

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _prompts;
    private readonly FrozenDictionary<string, FrozenDictionary<string, AdviceSection>> _advice;
    private readonly FrozenDictionary<string, IReadOnlyList<AdviceSection>> _adviceInOrder;

    /// <summary>
    /// Loads the known files (both languages' prompts and every id in <see cref="AdviceSectionIds.All"/>)
    /// through <paramref name="readResource"/>, which returns null for a file that does not exist.
    /// </summary>
    public ContentCatalog(Func<string, string?> readResource)
        : this(KnownResourceNames(), readResource)
    {
    }

    /// <summary>Loads the named resources; names outside the prompts/advice layout are ignored.</summary>
    public ContentCatalog(IEnumerable<string> resourceNames, Func<string, string?> readResource)
    {
        ArgumentNullException.ThrowIfNull(resourceNames);
        ArgumentNullException.ThrowIfNull(readResource);

        var prompts = ContentLanguage.All.ToDictionary(language => language, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        var advice = ContentLanguage.All.ToDictionary(language => language, _ => new Dictionary<string, AdviceSection>(StringComparer.Ordinal));

        foreach (var name in resourceNames.Distinct(StringComparer.Ordinal))
        {
            if (!TryClassify(name, out var language, out var adviceId))
            {
                continue;
            }

            var text = readResource(name);
            if (text is null)
            {
                continue;
            }

            if (adviceId is null)
            {
                foreach (var (key, value) in ParsePrompts(text, name))
                {
                    prompts[language][key] = value;
                }
            }
            else
            {
                advice[language][adviceId] = AdviceFile.Parse(text, adviceId, language, name);
            }
        }

        _prompts = prompts.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenDictionary(StringComparer.Ordinal));
        _advice = advice.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenDictionary(StringComparer.Ordinal));
        _adviceInOrder = advice.ToFrozenDictionary(pair => pair.Key, pair => InReadingOrder(pair.Value.Values));
    }

    /// <summary>Loads from a folder laid out like the repository's <c>content/</c> folder.</summary>
    public ContentCatalog(string contentFolder)
        : this(FolderResourceNames(contentFolder), name => ReadFromFolder(contentFolder, name))
    {
    }

    /// <summary>Loads the content embedded in HeelBot.Dialogs at build time (the production path).</summary>
    public static ContentCatalog LoadEmbedded()
    {
        var assembly = typeof(ContentCatalog).Assembly;
        return new ContentCatalog(assembly.GetManifestResourceNames(), name => ReadEmbedded(assembly, name));
    }

    public string Text(string key, string language, IReadOnlyDictionary<string, string>? args = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var lang = ContentLanguage.Require(language, nameof(language));
        if (!_prompts[lang].TryGetValue(key, out var template))
        {
            throw new KeyNotFoundException(
                $"Content key '{key}' is missing for language '{lang}' (expected in {ResourcePrefix}{lang}/{PromptsFile}).");
        }

        return PromptTemplate.Fill(template, args, key, lang);
    }

    public bool Has(string key, string language) =>
        key is not null
        && ContentLanguage.TryNormalize(language, out var lang)
        && _prompts[lang].ContainsKey(key);

    public IReadOnlyCollection<string> Keys(string language) =>
        _prompts[ContentLanguage.Require(language, nameof(language))].Keys;

    /// <summary>The raw prompt text, placeholders unfilled: for checks that compare languages.</summary>
    /// <exception cref="KeyNotFoundException">The key does not exist in that language.</exception>
    public string Template(string key, string language)
    {
        var lang = ContentLanguage.Require(language, nameof(language));
        return _prompts[lang].TryGetValue(key, out var template)
            ? template
            : throw new KeyNotFoundException($"Content key '{key}' is missing for language '{lang}'.");
    }

    public AdviceSection Advice(string id, string language)
    {
        ArgumentNullException.ThrowIfNull(id);
        var lang = ContentLanguage.Require(language, nameof(language));
        return _advice[lang].TryGetValue(id, out var section)
            ? section
            : throw new KeyNotFoundException(
                $"Advice section '{id}' is missing for language '{lang}' (expected {ResourcePrefix}{lang}/{AdviceFolder}/{id}{AdviceExtension}).");
    }

    public IReadOnlyList<AdviceSection> AllAdvice(string language) =>
        _adviceInOrder[ContentLanguage.Require(language, nameof(language))];

    private static IEnumerable<string> KnownResourceNames() =>
        ContentLanguage.All.SelectMany(language =>
            AdviceSectionIds.All
                .Select(id => $"{ResourcePrefix}{language}/{AdviceFolder}/{id}{AdviceExtension}")
                .Prepend($"{ResourcePrefix}{language}/{PromptsFile}"));

    /// <summary>
    /// Recognises <c>content/&lt;lang&gt;/prompts.yml</c> (adviceId null) and
    /// <c>content/&lt;lang&gt;/advice/&lt;id&gt;.md</c>. Other content (triage data, cards) is not ours to load.
    /// </summary>
    private static bool TryClassify(string name, out string language, out string? adviceId)
    {
        language = string.Empty;
        adviceId = null;
        if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = name[ResourcePrefix.Length..].Split('/');
        var isPrompts = parts.Length == 2 && parts[1] == PromptsFile;
        var isAdvice = parts.Length == 3 && parts[1] == AdviceFolder && parts[2].EndsWith(AdviceExtension, StringComparison.Ordinal);
        if (!isPrompts && !isAdvice)
        {
            return false;
        }

        // A prompts or advice file in an unknown language folder is a mistake, not something to skip.
        if (!ContentLanguage.All.Contains(parts[0]))
        {
            throw new InvalidDataException($"{name}: '{parts[0]}' is not a supported content language.");
        }

        language = parts[0];
        adviceId = isAdvice ? parts[2][..^AdviceExtension.Length] : null;
        return true;
    }

    private static Dictionary<string, string> ParsePrompts(string text, string name)
    {
        var map = ContentYaml.Deserialize<Dictionary<string, string?>>(text, name);
        var prompts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            prompts[key] = string.IsNullOrWhiteSpace(value)
                ? throw new InvalidDataException($"{name}: key '{key}' has no text.")
                : value.TrimEnd('\n');
        }

        return prompts;
    }

    private static IReadOnlyList<AdviceSection> InReadingOrder(IEnumerable<AdviceSection> sections) =>
        sections
            .OrderBy(section => ReadingOrder.GetValueOrDefault(section.Id, int.MaxValue))
            .ThenBy(section => section.Id, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();

    private static IEnumerable<string> FolderResourceNames(string contentFolder)
    {
        if (!Directory.Exists(contentFolder))
        {
            throw new DirectoryNotFoundException($"Content folder '{contentFolder}' does not exist.");
        }

        return Directory.EnumerateFiles(contentFolder, "*", SearchOption.AllDirectories)
            .Select(path => ResourcePrefix + Path.GetRelativePath(contentFolder, path).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
    }

    private static string? ReadFromFolder(string contentFolder, string name)
    {
        var path = Path.Combine(contentFolder, name[ResourcePrefix.Length..].Replace('/', Path.DirectorySeparatorChar));
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    internal static string? ReadEmbedded(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
