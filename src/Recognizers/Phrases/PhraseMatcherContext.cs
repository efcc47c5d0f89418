using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Phrases;

/// <summary>
/// What a pattern needs to know while matching: the culture (for numbers), the filler words, real words that are
/// never read as a typo of a pattern word ("skader" is no slip of "skyder", "tried" none of "tripped"), and common
/// misspellings too far from their word for typo tolerance ("ikk" → "ikke", "feaver" → "fever").
/// </summary>
internal sealed record PhraseMatcherContext(string Culture, WordTable<bool> Fillers, WordTable<bool> KnownWords, WordTable<WordForm> Spellings);
