using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Age;

/// <summary>The words around an age in one culture.</summary>
internal sealed class AgeVocabulary
{
    /// <summary>Year units: "år", "years".</summary>
    public required WordTable<bool> Years { get; init; }

    /// <summary>Words after the years that make them an age: "gammel", "old".</summary>
    public required WordTable<bool> Old { get; init; }

    /// <summary>One word that is number + "old": "årig" in "45-årig", "yo" in "12 yo".</summary>
    public required WordTable<bool> AgedSuffix { get; init; }

    /// <summary>Words before the number that make it an age: "alder", "aged".</summary>
    public required PhraseTable<bool> AgedPrefix { get; init; }

    /// <summary>Subject + "is" before the number: "jeg er", "I'm", "my son is".</summary>
    public required WordTable<bool> Is { get; init; }

    public required WordTable<bool> Subjects { get; init; }

    /// <summary>People an age can follow with "på"/"of": "min søn på 10", "a boy of 12".</summary>
    public required WordTable<bool> People { get; init; }

    public required WordTable<bool> Of { get; init; }

    /// <summary>Units that make "jeg er 3 uger henne" or "min søn på 10 km" something else than an age.</summary>
    public required WordTable<bool> OtherUnits { get; init; }

    public static AgeVocabulary For(string culture) => Culture.Normalize(culture) == Culture.English ? English : Danish;

    public static readonly AgeVocabulary Danish = new()
    {
        Years = Flags("år", "års"),
        Old = Flags("gammel", "gamle", "gl"),
        AgedSuffix = Flags("årig", "årige", "års"),
        AgedPrefix = new PhraseTable<bool>([("alder", true), ("i en alder af", true), ("alderen", true), ("fylder", true), ("er fyldt", true), ("fyldt", true)]),
        Is = Flags("er", "bliver"),
        Subjects = Flags("jeg", "han", "hun", "du", "søn", "sønnen", "datter", "datteren", "dreng", "drengen", "pige", "pigen", "barnet", "barn", "mand", "kone", "manden", "konen", "knægten", "far", "mor", "farmor", "farfar", "mormor",
            "morfar", "bedstemor", "bedstefar", "kæreste", "søster", "bror", "veninde", "ven"),
        People = Flags("søn", "sønnen", "datter", "datteren", "dreng", "drengen", "pige", "pigen", "barn", "barnet", "knægt", "knægten", "mand", "kvinde", "kone", "kæreste", "mor", "far", "bror", "søster", "barnebarn", "pigebarn", "teenager", "unge", "junior"),
        Of = Flags("på"),
        OtherUnits = Flags("uge", "uger", "måned", "måneder", "mdr", "md", "mnd", "dag", "dage", "døgn", "time", "timer", "minutter",
            "km", "kilometer", "kg", "kilo", "gram", "grader", "gange", "cm", "meter", "procent", "%", "kr", "stk", "skridt"),
    };

    public static readonly AgeVocabulary English = new()
    {
        Years = Flags("year", "years", "yr", "yrs", "y"),
        Old = Flags("old", "olds", "o"),
        AgedSuffix = Flags("yo", "yearold", "yr-old"),
        AgedPrefix = new PhraseTable<bool>([("aged", true), ("age", true), ("at age", true), ("at the age of", true), ("turned", true), ("turning", true)]),
        Is = Flags("is", "am", "im", "hes", "shes", "theyre", "turned", "was"),
        Subjects = Flags("i", "im", "he", "hes", "she", "shes", "son", "daughter", "boy", "girl", "child", "kid", "husband", "wife", "partner",
            "they", "theyre", "dad", "mum", "mom", "father", "mother", "grandma", "grandad", "granddad", "grandmother", "grandfather",
            "friend", "brother", "sister"),
        People = Flags("son", "daughter", "boy", "girl", "child", "kid", "lad", "teenager"),
        Of = Flags("of", "aged"),
        OtherUnits = Flags("week", "weeks", "wk", "wks", "month", "months", "day", "days", "hour", "hours", "minutes", "km", "miles",
            "kg", "kilos", "pounds", "lbs", "degrees", "times", "cm", "metres", "meters", "percent", "%", "steps"),
    };

    private static WordTable<bool> Flags(params string[] words) => new(words.Select(w => KeyValuePair.Create(w, true)));
}
