using HeelBot.Recognizers;
using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Phrases;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HeelBot.Dialogs.Understanding;

/// <summary>Reads a lexicon YAML file into a <see cref="Lexicon"/>, checking every key, id and pattern.</summary>
internal static class LexiconParser
{
    private static readonly string[] EntryKeys = ["name", "phrases", "absent", "not", "also", "deny", "raises", "mention", "negated"];

    public static Lexicon Parse(string yaml, string sourceName)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode mapping
                ? mapping
                : throw new FormatException($"{sourceName}: expected one YAML document holding a mapping.");
        }
        catch (YamlException e)
        {
            throw new FormatException($"{sourceName}: line {e.Start.Line}: {e.Message}", e);
        }

        var reader = new Reader(sourceName);
        var language = Culture.Normalize(reader.Scalar(root, "language"));
        var fillers = reader.Strings(root, "fillers", optional: true);
        var knownWords = reader.Strings(root, "known_words", optional: true);
        var spellings = reader.Spellings(root);
        var matcher = new PhraseMatcher<LexiconHit>(language, fillers, knownWords, spellings);
        var exclusions = new PhraseMatcher<LexiconEntry?>(language, fillers, knownWords, spellings);
        var entries = new List<LexiconEntry>();
        var rules = new List<CombineRule>();
        IReadOnlyList<string> otherDurationWords = [];
        var markers = Enum.GetValues<MarkerKind>().ToDictionary(k => k, _ => new PhraseMatcher<bool>(language, fillers, knownWords, spellings));

        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            switch (key)
            {
                case "language":
                case "fillers":
                case "known_words":
                case "spellings":
                    break;
                case "ignore":
                    foreach (var pattern in reader.Strings(value))
                    {
                        reader.Add(exclusions, null, pattern, value);
                    }

                    break;
                case "other_durations":
                    otherDurationWords = reader.Strings(value);
                    break;
                case var section when MarkerSections.TryGetValue(section, out var kind):
                    foreach (var pattern in reader.Strings(value))
                    {
                        reader.Add(markers[kind], true, pattern, value);
                    }

                    break;
                case "deny_all":
                    AddEntry(reader, matcher, exclusions, entries, LexiconGroup.DenyAll, "deny_all", value);
                    break;
                case "location":
                    AddSection(reader, matcher, exclusions, entries, LexiconGroup.Location, value, target =>
                        KnownIds.Locations.ContainsKey(target) ? null : $"unknown location '{target}' (use {string.Join(", ", KnownIds.Locations.Keys)})");
                    break;
                case "timing":
                    AddSection(reader, matcher, exclusions, entries, LexiconGroup.Timing, value, target =>
                        KnownIds.Timings.ContainsKey(target) ? null : $"unknown timing '{target}' (use {string.Join(", ", KnownIds.Timings.Keys)})");
                    break;
                case "facts":
                    AddSection(reader, matcher, exclusions, entries, LexiconGroup.Fact, value, target =>
                        KnownIds.Facts.Contains(target) ? null : $"unknown fact '{target}' (use {string.Join(", ", KnownIds.Facts)})");
                    break;
                case "flags":
                    AddSection(reader, matcher, exclusions, entries, LexiconGroup.Flag, value, target =>
                        KnownIds.Flags.Contains(target) ? null : $"unknown red flag or sign id '{target}'");
                    break;
                case "cues":
                    AddSection(reader, matcher, exclusions, entries, LexiconGroup.Cue, value, _ => null);
                    break;
                case "combine":
                    rules.AddRange(reader.Sequence(value).Select(reader.Rule));
                    break;
                default:
                    throw reader.Error(keyNode, $"unknown section '{key}'");
            }
        }

        var names = entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (rule.All.Concat(rule.Partial).FirstOrDefault(n => !names.Contains(n)) is { } missing)
            {
                throw new FormatException($"{sourceName}: combine rule for '{rule.Id}' names '{missing}', which no entry has.");
            }
        }

        return new Lexicon(language, entries, matcher, exclusions,
            new WordTable<bool>(otherDurationWords.Select(w => KeyValuePair.Create(w, true))), rules, markers);
    }

    /// <summary>The sections that list plain phrases the extractor uses as markers (see <see cref="MarkerKind"/>).</summary>
    private static readonly Dictionary<string, MarkerKind> MarkerSections = new(StringComparer.Ordinal)
    {
        ["pain_words"] = MarkerKind.Pain,
        ["other_things"] = MarkerKind.OtherThing,
        ["corrections"] = MarkerKind.Correction,
        ["all_of_them"] = MarkerKind.AllOfThem,
        ["except"] = MarkerKind.Except,
        ["only"] = MarkerKind.Only,
    };

    /// <summary>A section maps targets to an entry or a list of entries.</summary>
    private static void AddSection(Reader reader, PhraseMatcher<LexiconHit> matcher, PhraseMatcher<LexiconEntry?> exclusions,
        List<LexiconEntry> entries, LexiconGroup group, YamlNode section, Func<string, string?> checkTarget)
    {
        if (section is not YamlMappingNode mapping)
        {
            throw reader.Error(section, $"'{group}' must map names to phrase lists");
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var target = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (checkTarget(target) is { } problem)
            {
                throw reader.Error(keyNode, problem);
            }

            if (value is YamlSequenceNode list && list.Children.Any(c => c is YamlMappingNode))
            {
                // A list mixing plain phrases and entries: the plain phrases form one entry of their own.
                var plain = new YamlSequenceNode(list.Children.Where(c => c is YamlScalarNode));
                if (plain.Children.Count > 0)
                {
                    AddEntry(reader, matcher, exclusions, entries, group, target, plain);
                }

                foreach (var entry in list.Children.OfType<YamlMappingNode>())
                {
                    AddEntry(reader, matcher, exclusions, entries, group, target, entry);
                }
            }
            else
            {
                AddEntry(reader, matcher, exclusions, entries, group, target, value);
            }
        }
    }

    private static void AddEntry(Reader reader, PhraseMatcher<LexiconHit> matcher, PhraseMatcher<LexiconEntry?> exclusions,
        List<LexiconEntry> entries, LexiconGroup group, string target, YamlNode node)
    {
        IReadOnlyList<string> phrases;
        IReadOnlyList<string> absent = [];
        IReadOnlyList<string> not = [];
        var entry = new LexiconEntry { Group = group, Target = target, Name = target };
        if (node is YamlMappingNode mapping)
        {
            foreach (var keyNode in mapping.Children.Keys)
            {
                var key = ((YamlScalarNode)keyNode).Value;
                if (!EntryKeys.Contains(key))
                {
                    throw reader.Error(keyNode, $"unknown key '{key}' (use {string.Join(", ", EntryKeys)})");
                }
            }

            phrases = reader.Strings(mapping, "phrases", optional: true);
            absent = reader.Strings(mapping, "absent", optional: true);
            not = reader.Strings(mapping, "not", optional: true);
            var mention = reader.Scalar(mapping, "mention", optional: true) ?? "present";
            if (mention is not ("present" or "unclear"))
            {
                throw reader.Error(mapping, $"mention must be 'present' or 'unclear', not '{mention}'");
            }

            var negated = reader.Scalar(mapping, "negated", optional: true) ?? "deny";
            if (negated is not ("deny" or "ignore"))
            {
                throw reader.Error(mapping, $"negated must be 'deny' or 'ignore', not '{negated}'");
            }

            entry = entry with
            {
                IgnoreNegation = negated == "ignore",
                Name = reader.Scalar(mapping, "name", optional: true) ?? target,
                Also = reader.Ids(mapping, "also"),
                Deny = reader.Ids(mapping, "deny"),
                Raises = reader.Ids(mapping, "raises"),
                MentionIsUnclear = mention == "unclear",
            };
        }
        else
        {
            phrases = reader.Strings(node);
        }

        if (phrases.Count == 0 && absent.Count == 0)
        {
            throw reader.Error(node, $"'{target}' has no phrases");
        }

        entries.Add(entry);
        foreach (var phrase in phrases)
        {
            reader.Add(matcher, new LexiconHit(entry, Absent: false), phrase, node);
        }

        foreach (var phrase in absent)
        {
            reader.Add(matcher, new LexiconHit(entry, Absent: true), phrase, node);
        }

        foreach (var phrase in not)
        {
            reader.Add(exclusions, entry, phrase, node);
        }
    }

    private sealed class Reader(string sourceName)
    {
        public FormatException Error(YamlNode node, string message) =>
            new($"{sourceName}: line {node.Start.Line}: {message}");

        public string? Scalar(YamlMappingNode mapping, string key, bool optional = false)
        {
            if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return node is YamlScalarNode scalar ? scalar.Value : throw Error(node, $"'{key}' must be a single value");
            }

            return optional ? null : throw Error(mapping, $"'{key}' is missing");
        }

        public IReadOnlyList<string> Strings(YamlMappingNode mapping, string key, bool optional = false)
        {
            if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return Strings(node);
            }

            return optional ? [] : throw Error(mapping, $"'{key}' is missing");
        }

        public IReadOnlyList<string> Strings(YamlNode node) => node switch
        {
            YamlSequenceNode list => [.. list.Children.Select(c => c is YamlScalarNode { Value: { } value } ? value : throw Error(c, "expected a phrase"))],
            YamlScalarNode { Value: { } single } => [single],
            _ => throw Error(node, "expected a list of phrases"),
        };

        /// <summary>The <c>spellings</c> section: each word mapped to its misspellings, read as variant → word.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Spellings(YamlMappingNode root)
        {
            if (!root.Children.TryGetValue(new YamlScalarNode("spellings"), out var node))
            {
                return [];
            }

            if (node is not YamlMappingNode mapping)
            {
                throw Error(node, "'spellings' must map each word to its misspellings");
            }

            return [.. mapping.Children.SelectMany(c => Strings(c.Value).Select(v => KeyValuePair.Create(v, ((YamlScalarNode)c.Key).Value ?? string.Empty)))];
        }

        public IReadOnlyList<YamlNode> Sequence(YamlNode node) =>
            node is YamlSequenceNode list ? [.. list.Children] : throw Error(node, "expected a list");

        public IReadOnlyList<string> Ids(YamlMappingNode mapping, string key)
        {
            var ids = Strings(mapping, key, optional: true);
            foreach (var id in ids.Where(id => !KnownIds.Flags.Contains(id)))
            {
                throw Error(mapping, $"unknown red flag or sign id '{id}' in '{key}'");
            }

            return ids;
        }

        public CombineRule Rule(YamlNode node)
        {
            if (node is not YamlMappingNode mapping)
            {
                throw Error(node, "a combine rule is a mapping with id and all");
            }

            var id = Scalar(mapping, "id")!;
            if (!KnownIds.Flags.Contains(id))
            {
                throw Error(mapping, $"unknown red flag or sign id '{id}'");
            }

            var result = Scalar(mapping, "result", optional: true) ?? "present";
            if (result is not ("present" or "unclear"))
            {
                throw Error(mapping, $"result must be 'present' or 'unclear', not '{result}'");
            }

            return new CombineRule(id, Strings(mapping, "all"), Strings(mapping, "partial", optional: true), result == "unclear");
        }

        public void Add<TKey>(PhraseMatcher<TKey> matcher, TKey key, string pattern, YamlNode node)
        {
            try
            {
                matcher.Add(key, pattern);
            }
            catch (FormatException e)
            {
                throw Error(node, e.Message);
            }
        }
    }
}
