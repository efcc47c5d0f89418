using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Phrases;

/// <summary>One way a pattern position can be filled.</summary>
internal sealed record PatternAlternative(PatternElementKind Kind, WordForm Form, string Text);
