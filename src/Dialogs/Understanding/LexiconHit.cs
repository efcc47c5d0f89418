namespace HeelBot.Dialogs.Understanding;

/// <summary>What a matched phrase stands for: an entry, said as present or (an <c>absent</c> phrase) as absent.</summary>
public sealed record LexiconHit(LexiconEntry Entry, bool Absent);
