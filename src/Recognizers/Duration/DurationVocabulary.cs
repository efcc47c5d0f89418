using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Duration;

/// <summary>The words of durations in one culture: units, "since" anchors, vague spans and modifiers.</summary>
internal sealed class DurationVocabulary
{
    public required WordTable<(DurationUnit Unit, double Count)> Units { get; init; }

    /// <summary>One-letter units that only count glued to a number: "3w", "10d".</summary>
    public required WordTable<DurationUnit> GluedUnits { get; init; }

    /// <summary>Words that open a "since" expression: "siden", "since" (true: a true "since"), "startede", "began", "after" (false).</summary>
    public required PhraseTable<bool> SinceWords { get; init; }

    /// <summary>
    /// Prepositions that make a season a time ("i sommer", "in the fall"). A season counts after a true "since" or one of
    /// these; after "efter"/"after" it is more likely something else: "after the fall" is an injury, not autumn.
    /// </summary>
    public required WordTable<bool> SeasonPrepositions { get; init; }

    /// <summary>Words that may stand between "since" and its anchor: "i", "the", "around".</summary>
    public required WordTable<bool> SinceFillers { get; init; }

    /// <summary>Words meaning "the previous one" before an anchor: "sidste sommer", "last summer".</summary>
    public required WordTable<bool> Previous { get; init; }

    public required PhraseTable<Anchor> Anchors { get; init; }

    /// <summary>Anchors that are durations without a "since": "i går", "yesterday".</summary>
    public required PhraseTable<Anchor> BareAnchors { get; init; }

    /// <summary>Day-of-month offsets before a month or season: "starten af" = start, "midt i" = middle.</summary>
    public required PhraseTable<PartOf> PartOf { get; init; }

    /// <summary>Spans without a clear length ("for ages" → no value) or with a rough one ("i årevis" ≈ 2 years).</summary>
    public required PhraseTable<(double? Amount, DurationUnit Unit)> Vague { get; init; }

    public required PhraseTable<string> Modifiers { get; init; }

    /// <summary>Quantity words without a number: "flere uger", "many months".</summary>
    public required WordTable<double> VagueQuantities { get; init; }

    /// <summary>Prepositions that may open a span and belong to it: "i 3 uger", "for the last 2 months".</summary>
    public required PhraseTable<bool> SpanPrefixes { get; init; }

    /// <summary>A preposition right before the number that makes it future: "om 2 uger", "in 2 weeks".</summary>
    public required WordTable<bool> FuturePrefixes { get; init; }

    public required WordTable<bool> RangeWords { get; init; }

    /// <summary>"siden"/"ago" after the span: "3 uger siden".</summary>
    public required WordTable<bool> Ago { get; init; }

    /// <summary>Words after a number of years that make it an age, not a duration: "45 år gammel".</summary>
    public required WordTable<bool> AgeWords { get; init; }

    /// <summary>"ældre", "older": after "eller"/"or" (<see cref="OrWords"/>) they make a number of years an age group ("16 år eller ældre").</summary>
    public required WordTable<bool> OlderWords { get; init; }

    public required WordTable<bool> OrWords { get; init; }

    /// <summary>Words before a bare "a week" that make it a frequency: "twice a week", "3 gange om ugen".</summary>
    public required WordTable<bool> FrequencyWords { get; init; }

    /// <summary>Words after a span that make it a frequency with the unit that follows: "12 timer om dagen", "2 hours a day".</summary>
    public required WordTable<bool> PerWords { get; init; }

    /// <summary>One-word frequencies after a span: "dagligt", "daily".</summary>
    public required WordTable<bool> Daily { get; init; }

    public static DurationVocabulary For(string culture) => Culture.Normalize(culture) == Culture.English ? English : Danish;

    public static readonly DurationVocabulary Danish = new()
    {
        Units = new WordTable<(DurationUnit, double)>(Entries(
            (DurationUnit.Hour, 1, "time timer timen timers t"),
            (DurationUnit.Day, 1, "dag dage dagen dages døgn døgnet døgns"),
            (DurationUnit.Week, 1, "uge uger ugen ugers uges ugens"),
            (DurationUnit.Month, 1, "måned måneder måneden måneds måneders mdr md mnd mdrs mnds mån mdrs"),
            (DurationUnit.Year, 1, "år året årene års"))),
        GluedUnits = Table(("d", DurationUnit.Day), ("u", DurationUnit.Week), ("w", DurationUnit.Week), ("m", DurationUnit.Month), ("t", DurationUnit.Hour)),
        SinceWords = new PhraseTable<bool>(
        [
            ("siden", true), ("lige siden", true), ("helt siden", true), ("fra", false), ("startede", false), ("begyndte", false),
            ("startet", false), ("begyndt", false), ("det startede", false), ("det begyndte", false), ("kom", false), ("efter", false),
        ]),
        SeasonPrepositions = Flags("i", "for"),
        SinceFillers = Flags("i", "ved", "omkring", "til", "på", "den", "det", "engang", "cirka", "ca", "sådan", "lige", "før", "efter"),
        Previous = Flags("sidste", "forrige", "seneste"),
        Anchors = AnchorTable(Culture.Danish),
        BareAnchors = new PhraseTable<Anchor>(
        [
            ("i går", new Anchor(AnchorKind.DaysAgo, 1)), ("igår", new Anchor(AnchorKind.DaysAgo, 1)),
            ("i går aftes", new Anchor(AnchorKind.DaysAgo, 1)), ("i forgårs", new Anchor(AnchorKind.DaysAgo, 2)),
            ("i søndags", new Anchor(AnchorKind.Weekday, 0)), ("i mandags", new Anchor(AnchorKind.Weekday, 1)),
            ("i tirsdags", new Anchor(AnchorKind.Weekday, 2)), ("i onsdags", new Anchor(AnchorKind.Weekday, 3)),
            ("i torsdags", new Anchor(AnchorKind.Weekday, 4)), ("i fredags", new Anchor(AnchorKind.Weekday, 5)),
            ("i lørdags", new Anchor(AnchorKind.Weekday, 6)), ("i sidste uge", new Anchor(AnchorKind.UnitsAgo, 1, DurationUnit.Week)),
            ("i forrige uge", new Anchor(AnchorKind.UnitsAgo, 1, DurationUnit.Week)),
            ("i sidste måned", new Anchor(AnchorKind.UnitsAgo, 1, DurationUnit.Month)),
        ]),
        PartOf = new PhraseTable<PartOf>(
        [
            ("starten af", Duration.PartOf.Start), ("start af", Duration.PartOf.Start), ("begyndelsen af", Duration.PartOf.Start),
            ("først i", Duration.PartOf.Start), ("midten af", Duration.PartOf.Middle), ("midt i", Duration.PartOf.Middle),
            ("slutningen af", Duration.PartOf.End), ("sidst i", Duration.PartOf.End), ("enden af", Duration.PartOf.End),
        ]),
        Vague = new PhraseTable<(double?, DurationUnit)>(
        [
            ("længe", (null, DurationUnit.Week)), ("lang tid", (null, DurationUnit.Week)), ("i lang tid", (null, DurationUnit.Week)),
            ("meget lang tid", (null, DurationUnit.Week)), ("et stykke tid", (null, DurationUnit.Week)),
            ("et godt stykke tid", (null, DurationUnit.Week)), ("noget tid", (null, DurationUnit.Week)),
            ("evigheder", (null, DurationUnit.Week)), ("i evigheder", (null, DurationUnit.Week)), ("en evighed", (null, DurationUnit.Week)),
            ("altid", (null, DurationUnit.Week)), ("kort tid", (null, DurationUnit.Week)), ("lidt tid", (null, DurationUnit.Week)),
            ("for nylig", (null, DurationUnit.Week)), ("nyligt", (null, DurationUnit.Week)), ("nylig", (null, DurationUnit.Week)),
            ("i en periode", (null, DurationUnit.Week)), ("en rum tid", (null, DurationUnit.Week)),
            ("i ugevis", (3, DurationUnit.Week)), ("i månedsvis", (3, DurationUnit.Month)), ("i årevis", (2, DurationUnit.Year)),
        ]),
        Modifiers = new PhraseTable<string>(
        [
            ("over", "more"), ("mere end", "more"), ("mindst", "more"), ("længere end", "more"), ("godt og vel", "more"),
            ("mindst", "more"), ("under", "less"), ("mindre end", "less"), ("knap", "less"), ("næsten", "less"),
            ("ca", "about"), ("cirka", "about"), ("omkring", "about"), ("omtrent", "about"), ("sådan", "about"),
            ("sådan cirka", "about"), ("ca.", "about"), ("et sted mellem", "about"),
        ]),
        VagueQuantities = Table(("flere", 3.0), ("få", 3.0), ("mange", 6.0), ("adskillige", 3.0)),
        SpanPrefixes = Phrases(true, "i", "for", "de sidste", "de seneste", "i de sidste", "i de seneste", "sidste", "seneste",
            "gennem", "igennem", "efterhånden", "nu i", "snart"),
        FuturePrefixes = Flags("om"),
        RangeWords = Flags("til", "eller", "à", "a"),
        Ago = Flags("siden", "tilbage"),
        AgeWords = Flags("gammel", "gamle", "årig", "årige"),
        OlderWords = Flags("ældre", "yngre", "derover", "derunder", "opefter", "over"),
        OrWords = Flags("eller", "og"),
        FrequencyWords = Flags("gange", "gang", "om"),
        PerWords = Flags("om", "pr", "per", "hver", "i", "a"),
        Daily = Flags("dagligt", "ugentligt", "hver"),
    };

    public static readonly DurationVocabulary English = new()
    {
        Units = new WordTable<(DurationUnit, double)>(Entries(
            (DurationUnit.Hour, 1, "hour hours hr hrs"),
            (DurationUnit.Day, 1, "day days"),
            (DurationUnit.Week, 1, "week weeks wk wks"),
            (DurationUnit.Week, 2, "fortnight fortnights"),
            (DurationUnit.Month, 1, "month months mo mos mth mths mnth mnths"),
            (DurationUnit.Year, 1, "year years yr yrs"))),
        GluedUnits = Table(("d", DurationUnit.Day), ("w", DurationUnit.Week), ("m", DurationUnit.Month), ("y", DurationUnit.Year), ("h", DurationUnit.Hour)),
        SinceWords = new PhraseTable<bool>(
        [
            ("since", true), ("ever since", true), ("from", false), ("started", false), ("began", false), ("begun", false),
            ("starting", false), ("it started", false), ("it began", false), ("came on", false), ("after", false),
        ]),
        SeasonPrepositions = Flags("in", "for"),
        SinceFillers = Flags("the", "in", "at", "around", "about", "on", "of", "just", "before", "after", "roughly"),
        Previous = Flags("last", "previous"),
        Anchors = AnchorTable(Culture.English),
        BareAnchors = new PhraseTable<Anchor>(
        [
            ("yesterday", new Anchor(AnchorKind.DaysAgo, 1)), ("the day before yesterday", new Anchor(AnchorKind.DaysAgo, 2)),
            ("last week", new Anchor(AnchorKind.UnitsAgo, 1, DurationUnit.Week)), ("last month", new Anchor(AnchorKind.UnitsAgo, 1, DurationUnit.Month)),
            ("last sunday", new Anchor(AnchorKind.Weekday, 0)), ("last monday", new Anchor(AnchorKind.Weekday, 1)),
            ("last tuesday", new Anchor(AnchorKind.Weekday, 2)), ("last wednesday", new Anchor(AnchorKind.Weekday, 3)),
            ("last thursday", new Anchor(AnchorKind.Weekday, 4)), ("last friday", new Anchor(AnchorKind.Weekday, 5)),
            ("last saturday", new Anchor(AnchorKind.Weekday, 6)),
        ]),
        PartOf = new PhraseTable<PartOf>(
        [
            ("the start of", Duration.PartOf.Start), ("start of", Duration.PartOf.Start), ("the beginning of", Duration.PartOf.Start),
            ("beginning of", Duration.PartOf.Start), ("early", Duration.PartOf.Start), ("the middle of", Duration.PartOf.Middle),
            ("middle of", Duration.PartOf.Middle), ("mid", Duration.PartOf.Middle), ("the end of", Duration.PartOf.End),
            ("end of", Duration.PartOf.End), ("late", Duration.PartOf.End),
        ]),
        Vague = new PhraseTable<(double?, DurationUnit)>(
        [
            ("for ages", (null, DurationUnit.Week)), ("ages", (null, DurationUnit.Week)), ("a long time", (null, DurationUnit.Week)),
            ("a long while", (null, DurationUnit.Week)), ("a while", (null, DurationUnit.Week)), ("forever", (null, DurationUnit.Week)),
            ("some time", (null, DurationUnit.Week)), ("recently", (null, DurationUnit.Week)), ("lately", (null, DurationUnit.Week)),
            ("a short while", (null, DurationUnit.Week)), ("not long", (null, DurationUnit.Week)),
            ("for weeks", (3, DurationUnit.Week)), ("for months", (3, DurationUnit.Month)), ("for years", (2, DurationUnit.Year)),
        ]),
        Modifiers = new PhraseTable<string>(
        [
            ("over", "more"), ("more than", "more"), ("at least", "more"), ("longer than", "more"), ("well over", "more"),
            ("under", "less"), ("less than", "less"), ("almost", "less"), ("nearly", "less"), ("not quite", "less"),
            ("about", "about"), ("around", "about"), ("roughly", "about"), ("approximately", "about"), ("approx", "about"),
            ("maybe", "about"), ("like", "about"),
        ]),
        VagueQuantities = Table(("several", 3.0), ("some", 3.0), ("many", 6.0)),
        SpanPrefixes = Phrases(true, "for", "for the last", "for the past", "in the last", "in the past", "over the last",
            "over the past", "the last", "the past", "past", "last", "during the last", "nearly"),
        FuturePrefixes = Flags("in", "within"),
        RangeWords = Flags("to", "or"),
        Ago = Flags("ago", "back"),
        AgeWords = Flags("old", "olds"),
        OlderWords = Flags("older", "younger", "over", "above", "under"),
        OrWords = Flags("or", "and"),
        FrequencyWords = Flags("times", "time", "twice", "once", "per"),
        PerWords = Flags("a", "an", "per", "each", "every"),
        Daily = Flags("daily", "weekly", "nightly"),
    };

    private static PhraseTable<Anchor> AnchorTable(string culture)
    {
        var table = new PhraseTable<Anchor>();
        var danish = culture == Culture.Danish;
        var months = danish
            ? new[] { "januar jan", "februar feb", "marts mar", "april apr", "maj", "juni jun", "juli", "august aug", "september sep sept", "oktober okt", "november nov", "december dec" }
            : ["january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug", "september sep sept", "october oct", "november nov", "december dec"];
        for (var m = 0; m < 12; m++)
        {
            foreach (var word in months[m].Split(' '))
            {
                table.Add(word, new Anchor(AnchorKind.Month, m + 1));
            }
        }

        var seasons = danish
            ? new[] { (3, "forår foråret forårs"), (6, "sommer sommeren sommers"), (9, "efterår efteråret efterårs høst høsten"), (12, "vinter vinteren vinters") }
            : [(3, "spring springtime"), (6, "summer summertime"), (9, "autumn fall"), (12, "winter")];
        foreach (var (month, words) in seasons)
        {
            foreach (var word in words.Split(' '))
            {
                table.Add(word, new Anchor(AnchorKind.Season, month));
            }
        }

        var weekdays = danish
            ? new[] { "søndag søndags", "mandag mandags", "tirsdag tirsdags", "onsdag onsdags", "torsdag torsdags", "fredag fredags", "lørdag lørdags" }
            : ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
        for (var d = 0; d < 7; d++)
        {
            foreach (var word in weekdays[d].Split(' '))
            {
                table.Add(word, new Anchor(AnchorKind.Weekday, d));
            }
        }

        var fixedDays = danish
            ? new[] { (1224, "jul julen juleaften juledag juleferien julefrokosten"), (101, "nytår nytåret nytårsaften årsskiftet nytaar"), (623, "sankthans sankt hans"), (215, "vinterferien vinterferie"), (1015, "efterårsferien efterårsferie"), (701, "sommerferien sommerferie"), (810, "skolestart skolestarten") }
            : [(1225, "christmas xmas christmas eve christmas day the holidays"), (101, "new year new years new year's the new year"), (1031, "halloween"), (701, "summer holiday summer holidays summer vacation"), (215, "half term")];
        foreach (var (day, words) in fixedDays)
        {
            // Multi-word names ("sankt hans", "new year") are listed whole; single names split on spaces.
            foreach (var name in SplitNames(words))
            {
                table.Add(name, new Anchor(AnchorKind.FixedDay, day));
            }
        }

        var easter = danish
            ? new[] { (0, "påske påsken påskeferien påskeferie"), (49, "pinse pinsen") }
            : [(0, "easter easter holidays"), (49, "whitsun pentecost")];
        foreach (var (offset, words) in easter)
        {
            foreach (var name in SplitNames(words))
            {
                table.Add(name, new Anchor(AnchorKind.Easter, offset));
            }
        }

        var relative = danish
            ? new (string, Anchor)[]
            {
                ("i går", new(AnchorKind.DaysAgo, 1)), ("igår", new(AnchorKind.DaysAgo, 1)), ("i forgårs", new(AnchorKind.DaysAgo, 2)),
                ("i morges", new(AnchorKind.DaysAgo, 0)), ("i dag", new(AnchorKind.DaysAgo, 0)), ("i nat", new(AnchorKind.DaysAgo, 0)),
                ("sidste uge", new(AnchorKind.UnitsAgo, 1, DurationUnit.Week)), ("forrige uge", new(AnchorKind.UnitsAgo, 1, DurationUnit.Week)),
                ("sidste måned", new(AnchorKind.UnitsAgo, 1, DurationUnit.Month)), ("forrige måned", new(AnchorKind.UnitsAgo, 1, DurationUnit.Month)),
                ("sidste år", new(AnchorKind.UnitsAgo, 1, DurationUnit.Year)), ("sidste år", new(AnchorKind.UnitsAgo, 1, DurationUnit.Year)),
                ("i fjor", new(AnchorKind.UnitsAgo, 1, DurationUnit.Year)), ("sidste weekend", new(AnchorKind.Weekday, 6)),
                ("weekenden", new(AnchorKind.Weekday, 6)),
            }
            : [
                ("yesterday", new(AnchorKind.DaysAgo, 1)), ("today", new(AnchorKind.DaysAgo, 0)), ("this morning", new(AnchorKind.DaysAgo, 0)),
                ("last night", new(AnchorKind.DaysAgo, 1)), ("last week", new(AnchorKind.UnitsAgo, 1, DurationUnit.Week)),
                ("last month", new(AnchorKind.UnitsAgo, 1, DurationUnit.Month)), ("last year", new(AnchorKind.UnitsAgo, 1, DurationUnit.Year)),
                ("the weekend", new(AnchorKind.Weekday, 6)), ("last weekend", new(AnchorKind.Weekday, 6)), ("weekend", new(AnchorKind.Weekday, 6)),
            ];
        foreach (var (phrase, anchor) in relative)
        {
            table.Add(phrase, anchor);
        }

        return table;
    }

    private static IEnumerable<string> SplitNames(string words)
    {
        // Names of several words are written with the words joined by a space inside the list; we keep known
        // multi-word names whole and split the rest.
        string[] multiWord = ["sankt hans", "christmas eve", "christmas day", "the holidays", "new year's", "new years", "new year", "the new year", "summer holidays", "summer holiday", "summer vacation", "half term", "easter holidays"];
        var rest = words;
        foreach (var name in multiWord.OrderByDescending(n => n.Length))
        {
            if (rest.Contains(name, StringComparison.Ordinal))
            {
                yield return name;
                rest = rest.Replace(name, " ", StringComparison.Ordinal);
            }
        }

        foreach (var word in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return word;
        }
    }

    private static IEnumerable<KeyValuePair<string, (DurationUnit, double)>> Entries(params (DurationUnit Unit, double Count, string Words)[] groups) =>
        groups.SelectMany(g => g.Words.Split(' ').Select(w => KeyValuePair.Create(w, (g.Unit, g.Count))));

    private static WordTable<T> Table<T>(params (string Word, T Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Word, e.Value)));

    private static WordTable<bool> Flags(params string[] words) => new(words.Select(w => KeyValuePair.Create(w, true)));

    private static PhraseTable<bool> Phrases(bool value, params string[] phrases) => new(phrases.Select(p => (p, value)));
}
