namespace HeelBot.Dialogs.Understanding;

/// <summary>
/// One thing the extractor looks for, as written in a lexicon file: the value it shows (a location, a timing, a
/// fact, a red flag or sign id, a cue name) and what a mention, a denial and a hedge of it mean.
/// </summary>
public sealed record LexiconEntry
{
    public required LexiconGroup Group { get; init; }

    /// <summary>The wire value shown: "under", "morning", "runner", "infection", "sign.fever", a cue name.</summary>
    public required string Target { get; init; }

    /// <summary>The name combine rules refer to; the target when the file gives none.</summary>
    public required string Name { get; init; }

    /// <summary>More ids a mention shows: fever shows <c>infection</c> and also <c>sign.fever</c>.</summary>
    public IReadOnlyList<string> Also { get; init; } = [];

    /// <summary>
    /// The ids a denial of this mention denies. Kept apart from <see cref="Also"/> because "ingen feber" denies the
    /// fever, not the whole infection flag (redness, warmth and swelling may still be there).
    /// </summary>
    public IReadOnlyList<string> Deny { get; init; } = [];

    /// <summary>Ids a mention only raises as a question ("hele tiden" → is there rest pain?).</summary>
    public IReadOnlyList<string> Raises { get; init; } = [];

    /// <summary>True when even a plain mention is ambiguous ("betændelse", "min søn"): the ids become unclear, never present.</summary>
    public bool MentionIsUnclear { get; init; }

    /// <summary>
    /// True when a negated mention says nothing ("har ikke kunnet løbe i en måned" is still a runner); the fact is
    /// then denied only by the entry's absent phrases ("jeg løber ikke").
    /// </summary>
    public bool IgnoreNegation { get; init; }

    /// <summary>The ids a plain mention shows: the target (for flags) and <see cref="Also"/>.</summary>
    public IEnumerable<string> Shows => Group == LexiconGroup.Flag ? [Target, .. Also] : Also;
}
