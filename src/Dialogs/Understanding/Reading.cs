using HeelBot.Dialogs.Triage;
using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Phrases;

namespace HeelBot.Dialogs.Understanding;

/// <summary>What has been read from one message so far, with the message's tokens and the lexicon's markers in it.</summary>
internal sealed class Reading(string text, IReadOnlyList<Token> tokens, Lexicon lexicon)
{
    private readonly Dictionary<string, bool> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<MarkerKind, IReadOnlyList<PhraseMatch<bool>>> _markers = [];

    public string Text { get; } = text;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public Lexicon Lexicon { get; } = lexicon;

    public List<LocationMention> Locations { get; } = [];

    public List<PainTiming> Timings { get; } = [];

    public Dictionary<string, FlagState> Flags { get; } = new(StringComparer.Ordinal);

    public HashSet<string> PresentNames { get; } = new(StringComparer.Ordinal);

    public HashSet<string> UnclearNames { get; } = new(StringComparer.Ordinal);

    public List<(int Start, int End)> AgeSpans { get; } = [];

    public List<FactEvidence> Evidence { get; } = [];

    /// <summary>Flag mentions by token span, for reading what a span or a place near them is about.</summary>
    public List<(int FirstToken, int LastToken, string Id)> FlagMentions { get; } = [];

    /// <summary>Every mention affirmed or hedged, by entry name and token span ("earlier_bout", "injury").</summary>
    public List<(int FirstToken, int LastToken, string Name)> Named { get; } = [];

    public bool DeniesAll { get; set; }

    public bool? Fact(string name) => _facts.TryGetValue(name, out var value) ? value : null;

    /// <summary>The matches of one marker list in this message, found once.</summary>
    public IReadOnlyList<PhraseMatch<bool>> Markers(MarkerKind kind)
    {
        if (!_markers.TryGetValue(kind, out var found))
        {
            _markers[kind] = found = Lexicon.Markers[kind].FindAll(Tokens);
        }

        return found;
    }

    /// <summary>A fact said both ways in one message is taken as "yes": present wins over absent.</summary>
    public void SetFact(string name, bool value, PhraseMatch<LexiconHit> match)
    {
        _facts[name] = value || (_facts.TryGetValue(name, out var earlier) && earlier);
        Note(name, value ? "true" : "false", match);
    }

    public void Set(IEnumerable<string> ids, FlagState state, PhraseMatch<LexiconHit>? match)
    {
        foreach (var id in ids)
        {
            if (!Flags.TryGetValue(id, out var current) || state > current)
            {
                Flags[id] = state;
            }

            if (match is not null)
            {
                Note(id, state.ToString().ToLowerInvariant(), match);
                if (state != FlagState.Denied)
                {
                    FlagMentions.Add((match.FirstToken, match.LastToken, id));
                }
            }
        }
    }

    public void Note(string fact, string value, PhraseMatch<LexiconHit> match) =>
        Evidence.Add(new FactEvidence(fact, value, Text[match.Start..(match.End + 1)], match.Start, match.End));
}
