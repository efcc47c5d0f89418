using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Choices;

/// <summary>One option offered to the person: its value, an optional button action, and synonyms to recognise.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, string? title = null, IList<string>? synonyms = null)
    {
        Value = value;
        Title = title;
        Synonyms = synonyms;
    }

    /// <summary>The value returned when chosen (a stable id, not a displayed sentence).</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>What the button or list line shows; defaults to <see cref="Value"/>.</summary>
    public string? Title { get; set; }

    public CardAction? Action { get; set; }

    public IList<string>? Synonyms { get; set; }

    public string DisplayText => Title ?? Value;
}
