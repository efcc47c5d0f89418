using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Phrases;

/// <summary>What a pattern needs to know while matching: the culture (for numbers) and the filler words.</summary>
internal sealed record PhraseMatcherContext(string Culture, WordTable<bool> Fillers);
