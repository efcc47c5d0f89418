namespace HeelBot.Dialogs.Understanding;

/// <summary>The sections of a lexicon file. Matches compete (longest wins) only within one group.</summary>
public enum LexiconGroup
{
    Location,
    Timing,
    Fact,
    Flag,

    /// <summary>Named pieces of evidence that count only through a combine rule ("øget træning" + "tiltagende").</summary>
    Cue,

    /// <summary>"ingen af dem", "none of those": every red flag on the list denied at once.</summary>
    DenyAll,
}
