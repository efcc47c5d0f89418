namespace HeelBot.Recognizers.Choices;

/// <summary>One option offered to the person, with other ways of saying it.</summary>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null)
{
    public IEnumerable<string> AllForms => Synonyms is null ? [Value] : [Value, .. Synonyms];
}
