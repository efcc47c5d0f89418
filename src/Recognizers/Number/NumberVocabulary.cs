using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Number;

/// <summary>Number words of one culture.</summary>
internal sealed class NumberVocabulary
{
    public required WordTable<int> Cardinals { get; init; }

    /// <summary>The units (1–9) that may precede "og" + tens in Danish ("en og tyve") or follow tens in English.</summary>
    public required WordTable<int> Units { get; init; }

    /// <summary>The tens (20 … 90) that may take a unit: "enogtyve", "twenty-one".</summary>
    public required WordTable<int> Tens { get; init; }

    public required WordTable<int> Ordinals { get; init; }

    /// <summary>Word sequences with a value of their own; approximate for "et par" (≈2), "a few" (≈3). Longest first.</summary>
    public required IReadOnlyList<NumberPhrase> Phrases
    {
        get;
        init => field = [.. value.OrderByDescending(p => p.Words.Length)];
    }

    /// <summary>The articles that mean "one" only where a unit follows or they stand alone ("en", "a").</summary>
    public required WordTable<int> Articles { get; init; }

    public required WordForm And { get; init; }

    public required WordTable<int> Multipliers { get; init; }

    /// <summary>What follows "and" to add a half: "og en halv", "and a half".</summary>
    public required IReadOnlyList<WordForm[]> AndAHalf { get; init; }

    /// <summary>Letters glued to digits that make an ordinal: "1st", "2nd".</summary>
    public required WordTable<int> OrdinalSuffixes { get; init; }

    /// <summary>True where the unit follows the tens ("twenty-one"); Danish puts it first ("enogtyve").</summary>
    public required bool TensThenUnit { get; init; }

    /// <summary>The digit group separator: "." in Danish ("1.500"), "," in English ("1,500").</summary>
    public required char ThousandsSeparator { get; init; }

    public static NumberVocabulary For(string culture) => Culture.Normalize(culture) == Culture.English ? English : Danish;

    public static readonly NumberVocabulary Danish = new()
    {
        Cardinals = Table(("nul", 0), ("to", 2), ("tre", 3), ("fire", 4), ("fem", 5),
            ("seks", 6), ("syv", 7), ("otte", 8), ("ni", 9), ("ti", 10), ("elleve", 11), ("tolv", 12), ("tretten", 13),
            ("fjorten", 14), ("femten", 15), ("seksten", 16), ("sytten", 17), ("atten", 18), ("nitten", 19), ("tyve", 20),
            ("tredive", 30), ("tredve", 30), ("fyrre", 40), ("fyrretyve", 40), ("halvtreds", 50), ("tres", 60),
            ("halvfjerds", 70), ("firs", 80), ("halvfems", 90)),
        Units = Table(("en", 1), ("et", 1), ("én", 1), ("to", 2), ("tre", 3), ("fire", 4), ("fem", 5), ("seks", 6),
            ("syv", 7), ("otte", 8), ("ni", 9)),
        Tens = Table(("tyve", 20), ("tredive", 30), ("tredve", 30), ("fyrre", 40), ("fyrretyve", 40), ("halvtreds", 50),
            ("tres", 60), ("halvfjerds", 70), ("firs", 80), ("halvfems", 90)),
        Ordinals = Table(("første", 1), ("anden", 2), ("andet", 2), ("tredje", 3), ("fjerde", 4), ("femte", 5),
            ("sjette", 6), ("syvende", 7), ("ottende", 8), ("niende", 9), ("tiende", 10), ("ellevte", 11), ("tolvte", 12)),
        Phrases =
        [
            new("en og en halv", 1.5), new("et og et halvt", 1.5), new("et og en halv", 1.5), new("halvanden", 1.5),
            new("halvandet", 1.5), new("en halvanden", 1.5), new("et halvandet", 1.5), new("en halv", 0.5),
            new("et halvt", 0.5), new("en halvt", 0.5), new("et halv", 0.5), new("halv", 0.5), new("halvt", 0.5),
            new("halve", 0.5), new("et par stykker", 2, true), new("et par", 2, true), new("par", 2, true),
            new("nogle få", 3, true), new("nogle", 3, true), new("et dusin", 12), new("dusin", 12),
        ],
        Articles = Table(("en", 1), ("et", 1)),
        And = WordForm.Of("og"),
        Multipliers = Table(("hundrede", 100), ("hundred", 100), ("tusind", 1000), ("tusinde", 1000)),
        AndAHalf = [Words("en halv"), Words("et halvt"), Words("en halvt"), Words("halv")],
        OrdinalSuffixes = Table(("te", 0), ("ste", 0), ("de", 0), ("den", 0), ("dje", 0)),
        TensThenUnit = false,
        ThousandsSeparator = '.',
    };

    public static readonly NumberVocabulary English = new()
    {
        Cardinals = Table(("zero", 0), ("nil", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
            ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
            ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
            ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fourty", 40), ("fifty", 50),
            ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90)),
        Units = Table(("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
            ("eight", 8), ("nine", 9)),
        Tens = Table(("twenty", 20), ("thirty", 30), ("forty", 40), ("fourty", 40), ("fifty", 50), ("sixty", 60),
            ("seventy", 70), ("eighty", 80), ("ninety", 90)),
        Ordinals = Table(("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
            ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12)),
        Phrases =
        [
            new("one and a half", 1.5), new("a half", 0.5), new("half a", 0.5), new("half an", 0.5), new("half", 0.5),
            new("a couple of", 2, true), new("a couple", 2, true), new("couple of", 2, true), new("couple", 2, true),
            new("a few", 3, true), new("few", 3, true), new("a dozen", 12), new("dozen", 12),
        ],
        Articles = Table(("a", 1), ("an", 1)),
        And = WordForm.Of("and"),
        Multipliers = Table(("hundred", 100), ("thousand", 1000)),
        AndAHalf = [Words("a half"), Words("half")],
        OrdinalSuffixes = Table(("st", 0), ("nd", 0), ("rd", 0), ("th", 0)),
        TensThenUnit = true,
        ThousandsSeparator = ',',
    };

    private static WordTable<int> Table(params (string Word, int Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Word, e.Value)));

    private static WordForm[] Words(string phrase) => [.. phrase.Split(' ').Select(WordForm.Of)];
}
