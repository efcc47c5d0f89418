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

    /// <summary>Words before an age group's number: "under", "over", "younger than" → "below"/"above".</summary>
    public required PhraseTable<string> Prefixes { get; init; }

    /// <summary>Prefixes that are about age whatever follows: "yngre end", "younger than".</summary>
    public required WordTable<bool> AgeComparisons { get; init; }

    /// <summary>Words after an age group's number: "eller ældre", "or older" → "atLeast"/"atMost".</summary>
    public required PhraseTable<string> Suffixes { get; init; }

    /// <summary>Words before "over 10 år" that make it a span of time: "i over 10 år", "for over 2 years".</summary>
    public required WordTable<bool> SpanWords { get; init; }

    /// <summary>"siden", "ago": the years are a time back, not an age.</summary>
    public required WordTable<bool> Ago { get; init; }

    /// <summary>"og", "and": "… og er 14 år" carries the subject over from the clause before.</summary>
    public required WordTable<bool> Joiners { get; init; }

    public static AgeVocabulary For(string culture) => Culture.Normalize(culture) == Culture.English ? English : Danish;

    public static readonly AgeVocabulary Danish = new()
    {
        Years = Flags("år", "års"),
        Old = Flags("gammel", "gamle", "gl"),
        AgedSuffix = Flags("årig", "årige", "års"),
        AgedPrefix = new PhraseTable<bool>([("alder", true), ("i en alder af", true), ("alderen", true), ("fylder", true), ("er fyldt", true), ("fyldt", true)]),
        Is = Flags("er", "bliver"),
        Subjects = Flags("jeg", "han", "hun", "du", "som", "svigermor", "svigerfar", "svigersøn", "svigerdatter", "bedstemor", "bedstefar", "oldemor", "oldefar", "stedsøn", "steddatter", "stedfar", "stedmor", "plejesøn", "plejedatter", "barnebarn", "lillebror", "storebror", "lillesøster", "storesøster", "nevø", "niece", "moster", "faster", "morbror", "farbror", "onkel", "tante", "nabo", "kollega", "ægtemand", "hustru", "partner", "sambo", "papsøn", "papdatter", "bonussøn", "bonusdatter", "søn", "sønnen", "datter", "datteren", "dreng", "drengen", "pige", "pigen", "barnet", "barn", "mand", "kone", "manden", "konen", "knægten", "far", "mor", "farmor", "farfar", "mormor",
            "morfar", "bedstemor", "bedstefar", "kæreste", "søster", "bror", "veninde", "ven"),
        People = Flags("svigermor", "svigerfar", "svigersøn", "svigerdatter", "bedstemor", "bedstefar", "oldemor", "oldefar", "stedsøn", "steddatter", "stedfar", "stedmor", "plejesøn", "plejedatter", "barnebarn", "lillebror", "storebror", "lillesøster", "storesøster", "nevø", "niece", "moster", "faster", "morbror", "farbror", "onkel", "tante", "nabo", "kollega", "ægtemand", "hustru", "partner", "sambo", "papsøn", "papdatter", "bonussøn", "bonusdatter", "søn", "sønnen", "datter", "datteren", "dreng", "drengen", "pige", "pigen", "barn", "barnet", "knægt", "knægten", "mand", "kvinde", "kone", "kæreste", "mor", "far", "bror", "søster", "barnebarn", "pigebarn", "teenager", "unge", "junior"),
        Of = Flags("på"),
        OtherUnits = Flags("uge", "uger", "måned", "måneder", "mdr", "md", "mnd", "dag", "dage", "døgn", "time", "timer", "minutter",
            "km", "kilometer", "kg", "kilo", "gram", "grader", "gange", "cm", "meter", "procent", "%", "kr", "stk", "skridt"),
        Prefixes = new PhraseTable<string>([("under", "below"), ("over", "above"), ("yngre end", "below"), ("ældre end", "above"),
            ("mindre end", "below"), ("højst", "atMost"), ("mindst", "atLeast")]),
        AgeComparisons = Flags("yngre", "ældre"),
        Suffixes = new PhraseTable<string>([("eller ældre", "atLeast"), ("eller derover", "atLeast"), ("og derover", "atLeast"),
            ("og opefter", "atLeast"), ("eller yngre", "atMost"), ("eller derunder", "atMost"), ("og derunder", "atMost")]),
        SpanWords = Flags("i", "for", "siden", "gennem", "igennem"),
        Ago = Flags("siden", "tilbage"),
        Joiners = Flags("og", "men"),
    };

    public static readonly AgeVocabulary English = new()
    {
        Years = Flags("year", "years", "yr", "yrs", "y"),
        Old = Flags("old", "olds", "o"),
        AgedSuffix = Flags("yo", "yearold", "yr-old"),
        AgedPrefix = new PhraseTable<bool>([("aged", true), ("age", true), ("at age", true), ("at the age of", true), ("turned", true), ("turning", true)]),
        Is = Flags("is", "am", "im", "hes", "shes", "theyre", "turned", "was"),
        Subjects = Flags("i", "im", "who", "stepson", "stepdaughter", "grandson", "granddaughter", "grandchild", "stepmom", "stepmum", "stepdad", "stepfather", "stepmother", "grandmother", "grandfather", "nan", "nana", "granny", "grandpa", "uncle", "aunt", "niece", "nephew", "neighbour", "neighbor", "colleague", "toddler", "baby", "teen", "teenager", "spouse", "fiance", "fiancee", "boyfriend", "girlfriend", "he", "hes", "she", "shes", "son", "daughter", "boy", "girl", "child", "kid", "husband", "wife", "partner",
            "they", "theyre", "dad", "mum", "mom", "father", "mother", "grandma", "grandad", "granddad", "grandmother", "grandfather",
            "friend", "brother", "sister"),
        People = Flags("law", "stepson", "stepdaughter", "grandson", "granddaughter", "grandchild", "stepmom", "stepmum", "stepdad", "stepfather", "stepmother", "grandmother", "grandfather", "nan", "nana", "granny", "grandpa", "uncle", "aunt", "niece", "nephew", "neighbour", "neighbor", "colleague", "toddler", "baby", "teen", "teenager", "spouse", "fiance", "fiancee", "boyfriend", "girlfriend", "wife", "husband", "partner", "mum", "mom", "dad", "mother", "father", "son", "daughter", "boy", "girl", "child", "kid", "lad", "teenager"),
        Of = Flags("of", "aged"),
        OtherUnits = Flags("week", "weeks", "wk", "wks", "month", "months", "day", "days", "hour", "hours", "minutes", "km", "miles",
            "kg", "kilos", "pounds", "lbs", "degrees", "times", "cm", "metres", "meters", "percent", "%", "steps"),
        Prefixes = new PhraseTable<string>([("under", "below"), ("over", "above"), ("younger than", "below"), ("older than", "above"),
            ("below", "below"), ("above", "above"), ("at most", "atMost"), ("at least", "atLeast")]),
        AgeComparisons = Flags("younger", "older"),
        Suffixes = new PhraseTable<string>([("or older", "atLeast"), ("or over", "atLeast"), ("and over", "atLeast"), ("and older", "atLeast"),
            ("or above", "atLeast"), ("or younger", "atMost"), ("or under", "atMost"), ("and under", "atMost"), ("and younger", "atMost")]),
        SpanWords = Flags("for", "in", "since"),
        Ago = Flags("ago", "back"),
        Joiners = Flags("and", "but"),
    };

    private static WordTable<bool> Flags(params string[] words) => new(words.Select(w => KeyValuePair.Create(w, true)));
}
