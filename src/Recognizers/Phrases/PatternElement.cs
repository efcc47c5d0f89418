namespace HeelBot.Recognizers.Phrases;

/// <summary>One position of a pattern: alternatives (<c>a|b</c>), optional (<c>[a]</c>) or a gap (<c>...</c>).</summary>
internal sealed record PatternElement(IReadOnlyList<PatternAlternative> Alternatives, bool Optional, bool Gap);
