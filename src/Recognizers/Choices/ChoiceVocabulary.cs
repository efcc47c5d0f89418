using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Choices;

/// <summary>Words around a numbered pick in one culture: "nr 2", "den sidste", "option 3", "the last one".</summary>
internal sealed class ChoiceVocabulary
{
    /// <summary>Words that may surround a number without making the answer anything but a pick.</summary>
    public required WordTable<bool> PickWords { get; init; }

    public required WordTable<bool> Last { get; init; }

    public required WordTable<bool> Conjunctions { get; init; }

    public static ChoiceVocabulary For(string culture) => Culture.Normalize(culture) == Culture.English ? English : Danish;

    public static readonly ChoiceVocabulary Danish = new()
    {
        PickWords = Flags("nr", "nummer", "num", "valg", "mulighed", "svar", "option", "den", "det", "tak", "jeg", "vælger", "tager",
            "vil", "gerne", "have", "punkt", "så", "bare", "ja"),
        Last = Flags("sidste", "sidst"),
        Conjunctions = Flags("og", "samt", "plus", "eller"),
    };

    public static readonly ChoiceVocabulary English = new()
    {
        PickWords = Flags("number", "no", "nr", "num", "option", "choice", "the", "one", "please", "i", "choose", "pick", "take",
            "id", "like", "go", "with", "for", "answer", "item", "its", "it", "is", "thanks", "yes"),
        Last = Flags("last"),
        Conjunctions = Flags("and", "plus", "or"),
    };

    private static WordTable<bool> Flags(params string[] words) => new(words.Select(w => KeyValuePair.Create(w, true)));
}
