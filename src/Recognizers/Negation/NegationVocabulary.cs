using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Negation;

/// <summary>The words that open, close and soften negation scopes in one culture.</summary>
internal sealed class NegationVocabulary
{
    public required PhraseTable<CueKind> Cues { get; init; }

    /// <summary>Words that end every scope: "men", "but", "dog", "except".</summary>
    public required WordTable<bool> Terminators { get; init; }

    /// <summary>Words that open a subordinate clause; a negation does not reach past them, a hedge does ("fordi", "because").</summary>
    public required WordTable<bool> Subordinators { get; init; }

    /// <summary>"eller", "or", "nor": a negation carries across them ("hverken feber eller hævelse").</summary>
    public required WordTable<bool> Disjunctions { get; init; }

    /// <summary>"og", "and": a negation may or may not carry across ("ingen feber og hævelse"), so the result is uncertain.</summary>
    public required WordTable<bool> Conjunctions { get; init; }

    /// <summary>Words that start a new clause after a comma or "og": pronouns, "hælen", finite verbs.</summary>
    public required WordTable<bool> ClauseStarters { get; init; }

    /// <summary>A one-word answer after the mention: "feber: nej", "fever? no", "hævelse - ingen".</summary>
    public required WordTable<bool> PostAnswers { get; init; }

    /// <summary>Danish front-placed object: "feber har jeg ikke", "hævet er den heller ikke".</summary>
    public required WordTable<bool> FrontedClauseWords { get; init; }

    public required WordTable<bool> FrontedNegations { get; init; }

    /// <summary>
    /// Hedges right after the mention: "hævet, tror jeg", "swollen I think", "hævet måske" (true). List tails
    /// ("eller noget", "or something") are false: they hedge a mention but not a denial ("ikke slået den eller noget").
    /// </summary>
    public required PhraseTable<bool> PostHedges { get; init; }

    /// <summary>Words that open a question of its own after a mention: "er det farligt?", "is that normal?".</summary>
    public required PhraseTable<bool> QuestionOpeners { get; init; }

    public static NegationVocabulary For(string culture) => Culture.Normalize(culture) == Culture.English ? English : Danish;

    public static readonly NegationVocabulary Danish = new()
    {
        Cues = CueTable(
            (CueKind.Negation, "ikke ik ikk ikek ikkke ingen intet ingenting uden aldrig hverken ej"),
            (CueKind.Negation, "|fri for|frie for|ikke længere|ikke mere|ingen tegn på|ingen tegn til|ikke noget|ikke haft|aldrig haft|negativ for|udelukket"),
            (CueKind.Answer, "nej næ nope nah nix niks no"),
            (CueKind.Hedge, "måske muligvis formentlig formodentlig sandsynligvis evt eventuelt tror troede synes syntes mon vist nok ligner muligt maybe"),
            (CueKind.Hedge, "|ved ikke|ved ik|ved ikke om|ved det ikke|ikke sikker|ikke helt sikker|er usikker|usikker på|kan ikke mærke om|kan ikke se om|kan ikke sige om|kan ikke helt|svært at sige|svært at se|svært at mærke|i tvivl|kan det være|kan være|om det er|om den er|tror ikke|tror ik|føles som om|ser ud til|det kunne være|kunne være|kan ikke huske|husker ikke|ingen anelse|ingen idé|ingen ide|ved ikk|aner ikke|aner det ikke|idk|ikke sikker på om|ved ikke helt"),
            (CueKind.Degree, "|ikke særlig|ikke særligt|ikke så|ikke voldsomt|ikke meget|ikke rigtig|ikke rigtigt|ikke helt|ikke så meget|næsten ikke|knap så|ikke vildt|ikke synderligt|ikke specielt|ikke mere end"),
            (CueKind.Pseudo, "|ikke kun|ikke bare|ikke blot|ikke alene|ingen tvivl|uden tvivl|ikke andet end|ikke noget andet end|ikke til at holde ud|ingen bedring|intet hjælper|ingenting hjælper|intet virker|ingenting virker|intet har hjulpet|ingenting har hjulpet|ingen effekt|ingen virkning|ikke bedre|ikke blevet bedre|hjælper ikke|virker ikke|hjalp ikke|uden effekt|uden virkning|uden at det hjælper|ingen ved|ingen forstår|ingen kan forklare|ingen kan finde ud af|ingen har kunnet")),
        Terminators = Flags("men", "dog", "selvom", "skønt", "undtagen", "bortset", "derimod", "kun", "bare", "omvendt", "til gengæld", "ellers"),
        Subordinators = Flags("fordi", "siden", "når", "efter", "før", "indtil", "mens", "så", "hvor", "hvorefter", "derfor", "hvorfor",
            "hvordan", "hvad", "hvem"),
        Disjunctions = Flags("eller", "heller", "el"),
        Conjunctions = Flags("og", "samt", "plus"),
        ClauseStarters = Flags("jeg", "du", "han", "hun", "den", "det", "der", "vi", "de", "man", "min", "mit", "mine", "hælen", "foden",
            "er", "har", "var", "havde", "kan", "gør", "føler", "mærker", "nu", "så", "vil", "skal", "må", "bliver"),
        PostAnswers = Flags("nej", "næ", "nope", "ingen", "intet", "nix", "ikke", "no", "0"),
        FrontedClauseWords = Flags("har", "er", "var", "havde", "haft", "fik", "får", "mærker", "oplever", "føler", "jeg", "den", "det", "han",
            "hun", "vi", "de", "hælen", "foden", "heller", "nu", "egentlig", "jo", "da", "også", "været", "fået", "længere", "slet", "overhovedet"),
        FrontedNegations = Flags("ikke", "aldrig", "ingen", "ik"),
        PostHedges = new PhraseTable<bool>([("tror jeg", true), ("tror jeg nok", true), ("vist", true), ("vist nok", true), ("måske", true),
            ("muligvis", true), ("nok", true), ("formentlig", true), ("synes jeg", true), ("maybe", true), ("eller hvad", false),
            ("eller noget", false), ("eller sådan noget", false), ("eller lignende", false), ("så vidt jeg ved", true),
            ("så vidt jeg kan se", true), ("tror jeg ikke", true)]),
        QuestionOpeners = Phrases("er det", "er den", "er der", "kan det", "kan den", "kan jeg", "skal jeg", "bør jeg", "må jeg",
            "hvad", "hvorfor", "hvordan", "hvilken", "hvilke", "gør det", "betyder det", "hænger det"),
    };

    public static readonly NegationVocabulary English = new()
    {
        Cues = CueTable(
            (CueKind.Negation, "not never without none neither nor dont doesnt didnt havent hasnt hadnt isnt arent wasnt werent cant cannot wont wouldnt couldnt shouldnt nothing nobody denies denied"),
            (CueKind.Negation, "|free of|free from|no sign of|no signs of|no history of|absence of|no longer|not any|never had|never been|ruled out|haven't had|have not had"),
            (CueKind.Answer, "no nope nah nej"),
            (CueKind.Hedge, "maybe perhaps possibly probably might may could think thought guess suspect seems seem seemed unsure uncertain whether wonder idk dunno possible if kinda"),
            (CueKind.Hedge, "|not sure|not certain|dont know|do not know|no idea|hard to tell|hard to say|cant tell|can't tell|cant say|can't say|cant remember|kind of|sort of|looks like|feels like it might|i think|dont think|do not think|not sure if|could be|might be|can't remember|cant remember|don't remember|dont remember|do not remember|not certain"),
            (CueKind.Degree, "|not very|not too|not that|not so|not much|not really|not overly|not particularly|hardly|barely|not quite|not as"),
            (CueKind.Pseudo, "|not only|not just|no doubt|without doubt|nothing but|no better|not better|not improving|not getting better|doesnt help|doesn't help|dont help|don't help|didnt help|didn't help|no relief|not helping|no improvement|not go away|not going away|wont go away|won't go away|nothing helps|nothing works|nothing has helped|nothing worked|nothing helped|nobody knows|no one knows|nobody can explain|no one can explain")),
        Terminators = Flags("but", "however", "though", "although", "except", "apart", "besides", "yet", "only", "whereas", "still", "otherwise"),
        Subordinators = Flags("because", "since", "when", "after", "before", "until", "while", "so", "where", "which", "cause", "why", "how",
            "what", "who"),
        Disjunctions = Flags("or", "nor", "either"),
        Conjunctions = Flags("and", "plus"),
        ClauseStarters = Flags("i", "im", "ive", "id", "it", "its", "my", "he", "she", "we", "they", "there", "this", "that", "is", "has",
            "have", "am", "was", "heel", "foot", "the"),
        PostAnswers = Flags("no", "none", "nope", "nah", "not", "never", "nil", "negative", "0"),
        FrontedClauseWords = Flags("i", "have", "has", "had", "do", "it", "is"),
        FrontedNegations = Flags("not", "never"),
        PostHedges = new PhraseTable<bool>([("i think", true), ("maybe", true), ("perhaps", true), ("probably", true), ("possibly", true),
            ("i guess", true), ("not sure", true), ("kind of", true), ("i suspect", true), ("or so", false), ("or something", false),
            ("or anything", false), ("or whatever", false), ("as far as i know", true), ("afaik", true), ("i dont think", true)]),
        QuestionOpeners = Phrases("is it", "is this", "is that", "could it", "could this", "could that", "can it", "can this", "should i",
            "can i", "do i", "what", "why", "how", "will it", "does it", "does that", "does this", "would it", "is there"),
    };

    private static PhraseTable<CueKind> CueTable(params (CueKind Kind, string Words)[] groups)
    {
        // A group starting with "|" lists phrases separated by "|"; otherwise single words separated by spaces.
        var table = new PhraseTable<CueKind>();
        foreach (var (kind, words) in groups)
        {
            var entries = words.StartsWith('|') ? words.Split('|', StringSplitOptions.RemoveEmptyEntries) : words.Split(' ');
            foreach (var entry in entries)
            {
                table.Add(entry, kind);
            }
        }

        return table;
    }

    private static PhraseTable<bool> Phrases(params string[] phrases) => new(phrases.Select(p => (p, true)));

    private static WordTable<bool> Flags(params string[] words) => new(words.Select(w => KeyValuePair.Create(w, true)));
}
