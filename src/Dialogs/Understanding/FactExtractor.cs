using System.Globalization;
using System.Reflection;
using HeelBot.Dialogs.Triage;
using HeelBot.Recognizers;
using HeelBot.Recognizers.Age;
using HeelBot.Recognizers.Choices;
using HeelBot.Recognizers.Duration;
using HeelBot.Recognizers.Negation;
using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Phrases;

namespace HeelBot.Dialogs.Understanding;

/// <summary>
/// Reads facts from free text ("ondt under hælen i 3 uger, værst om morgenen, ingen feber"): location, timing,
/// duration, age, activity and red flags. Pure: the same text, language and date give the same facts. The phrases
/// come from the lexicon files; the recognisers supply typo-tolerant matching, negation scopes, durations and ages.
/// When unsure whether something is there it says "unclear" so the dialog asks; it never turns a mention into a denial.
/// </summary>
public sealed class FactExtractor
{
    private static readonly string[] EmbeddedLexicons = ["content/lexicon/da.yml", "content/lexicon/en.yml"];

    private readonly Dictionary<string, Lexicon> _lexicons;

    public FactExtractor(IEnumerable<Lexicon> lexicons)
    {
        _lexicons = lexicons.ToDictionary(l => l.Language, StringComparer.Ordinal);
        if (!_lexicons.ContainsKey(Culture.Danish))
        {
            throw new ArgumentException("A Danish lexicon is required: Danish is the fallback language.", nameof(lexicons));
        }
    }

    public IReadOnlyCollection<string> Languages => _lexicons.Keys;

    /// <summary>The extractor over the lexicons embedded in HeelBot.Dialogs (content/lexicon/da.yml and en.yml).</summary>
    public static FactExtractor LoadEmbedded()
    {
        var assembly = typeof(FactExtractor).Assembly;
        return new FactExtractor(EmbeddedLexicons.Select(name => Lexicon.Parse(ReadResource(assembly, name), name)));
    }

    public ExtractedFacts Extract(string text, string language, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ExtractedFacts.Empty;
        }

        var lexicon = LexiconFor(language);
        var tokens = Tokenizer.Tokenize(text);
        var reading = new Reading(text, tokens, lexicon);

        var exceptedFrom = ExceptionToAll(reading);
        foreach (var match in Mentions(lexicon, tokens))
        {
            // A request is naturally a question ("kan jeg booke en tid?"); a symptom asked about is not yet a symptom.
            var questionsAreUncertain = match.Key.Entry.Group != LexiconGroup.Fact;
            var polarity = NegationScope.GetPolarity(tokens, lexicon.Language, match.FirstToken, match.LastToken, questionsAreUncertain);

            // "alle undtagen diabetes": named as an exception to "all", so probably not there; asked rather than denied.
            if (match.FirstToken >= exceptedFrom && polarity == Polarity.Affirmed)
            {
                polarity = Polarity.Uncertain;
            }

            if (polarity != Polarity.Negated && !match.Key.Absent)
            {
                reading.Named.Add((match.FirstToken, match.LastToken, match.Key.Entry.Name));
            }

            Apply(reading, match, polarity);
        }

        foreach (var rule in lexicon.CombineRules)
        {
            Combine(reading, rule);
        }

        var age = ReadAge(reading, lexicon.Language);
        var duration = DurationChoice.Read(reading, today);

        return new ExtractedFacts
        {
            Location = LocationChoice.Choose(reading),
            Timing = ChooseTiming(reading.Timings),
            DurationWeeks = duration,
            Age = age,
            Runner = reading.Fact(KnownIds.Runner),
            StandingWork = reading.Fact(KnownIds.StandingWork),
            Recurring = reading.Fact(KnownIds.Recurring),
            SelfCareFailed = reading.Fact(KnownIds.SelfCareFailed),
            WantsBooking = reading.Fact(KnownIds.WantsBooking),
            Flags = reading.Flags.Where(f => f.Value != FlagState.Unclear).ToDictionary(f => f.Key, f => f.Value == FlagState.Present),
            Unclear = [.. reading.Flags.Where(f => f.Value == FlagState.Unclear).Select(f => f.Key)],
            DeniesAllRedFlags = reading.DeniesAll,
            Evidence = [.. reading.Evidence.OrderBy(e => e.Start)],
        };
    }

    /// <summary>
    /// Reads an answer to the red-flag list: the flags named, the ones denied, the unclear ones, "none of them"
    /// (a plain "nej"/"no" counts here, because the question was the list), "kun feber" (that one, none of the rest),
    /// "alle undtagen diabetes" (every listed flag, the exception left as a question), and an answer that says some
    /// apply without saying which: a bare "ja", or "den tredje" when the list was not numbered.
    /// When the list was shown numbered (SMS), pass its ids in order so "1 og 3" and "the third one" pick them.
    /// </summary>
    public RedFlagAnswer ParseRedFlagAnswer(string text, string language, DateOnly today, IReadOnlyList<string>? numberedFlags = null)
    {
        var facts = Extract(text, language, today);
        var present = facts.Flags.Where(f => f.Value).Select(f => f.Key).ToList();
        var denied = facts.Flags.Where(f => !f.Value).Select(f => f.Key).ToList();
        var unclear = facts.Unclear.ToList();
        var lexicon = LexiconFor(language);
        var culture = lexicon.Language;
        var tokens = Tokenizer.Tokenize(text);
        IReadOnlyList<string> listed = numberedFlags is { Count: > 0 } ? numberedFlags : [.. RedFlagIds.Asked, SignIds.ColdPaleFoot];

        // Picks by position mean something only against a numbered list; without one they say "some of them".
        var picks = ChoiceRecognizer.FindChoices(text, [.. listed.Select(id => new Choice(id))], culture, new ChoiceOptions { MinScore = 2.0 });
        var picksWithoutList = picks.Count > 0 && numberedFlags is not { Count: > 0 };
        if (!picksWithoutList)
        {
            present.AddRange(picks.Select(p => p.Value).Where(id => !present.Contains(id)));
        }

        var allOfThem = AllOfThem(lexicon, tokens, culture);
        if (allOfThem is { } all)
        {
            // "alle undtagen diabetes": the exceptions are left as questions, since a list item may hold more than one sign.
            var excepted = ExceptedAfter(lexicon, tokens, facts, all);
            present.RemoveAll(excepted.Contains);
            unclear.AddRange(excepted.Where(id => listed.Contains(id) && !unclear.Contains(id)));
            present.AddRange(listed.Where(id => !excepted.Contains(id) && !present.Contains(id) && !denied.Contains(id)));
        }

        var yesNo = BooleanRecognizer.Resolve(text, culture);
        var unsure = BooleanRecognizer.RecognizeUnsure(text, culture);
        var namesSomething = present.Count > 0 || denied.Count > 0 || unclear.Count > 0;

        // "No" denies the whole list only as an answer of its own: a bare "nej"/"none", or a "nej" set off from
        // what follows ("nej, men jeg har lidt feber"). "Ingen feber" or "no fever" denies the fever, nothing more.
        var saysNoToAll = (yesNo == false && !namesSomething) || OpensWithStandaloneNo(text, culture, unsure);

        // "Ved ikke" to the whole list: every flag becomes a question of its own; nothing is assumed either way.
        if (!namesSomething && yesNo is null && unsure.Count > 0)
        {
            unclear.AddRange(RedFlagIds.Asked);
        }

        return new RedFlagAnswer
        {
            Present = present,
            Denied = denied,
            Unclear = unclear,
            DeniesAll = facts.DeniesAllRedFlags || saysNoToAll || (allOfThem is null && OnlyThese(lexicon, tokens, culture, facts)),
            BareYes = (yesNo == true || picksWithoutList) && !namesSomething,
            Facts = facts,
        };
    }

    /// <summary>Where "alle sammen"/"all of them" ends, unless negated ("ikke alle") or hedged.</summary>
    private static int? AllOfThem(Lexicon lexicon, IReadOnlyList<Token> tokens, string culture)
    {
        var except = lexicon.Markers[MarkerKind.Except].FindAll(tokens);
        return lexicon.Markers[MarkerKind.AllOfThem].FindAll(tokens)
            .Where(m => IsAllOfThem(m, tokens, except) && NegationScope.GetPolarity(tokens, culture, m.FirstToken, m.LastToken) == Polarity.Affirmed)
            .Select(m => (int?)m.LastToken)
            .FirstOrDefault();
    }

    /// <summary>
    /// A phrase such as "alle sammen" always counts; a lone "alle"/"all" only as the answer itself ("alle", "ja, alle",
    /// "all except diabetes"), since "ondt alle steder" and "it hurts all the time" say nothing of the list.
    /// </summary>
    private static bool IsAllOfThem(PhraseMatch<bool> match, IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch<bool>> except)
    {
        if (match.TokenLength > 1)
        {
            return true;
        }

        var words = tokens.Take(match.FirstToken).Count(t => t.IsWord || t.IsNumber);
        var next = match.LastToken + 1;
        return words <= 1 && (next >= tokens.Count || tokens[next].Kind is TokenKind.Punctuation or TokenKind.Emoji
            || except.Any(e => e.FirstToken == next));
    }

    /// <summary>The flag ids named after an "undtagen"/"except" that follows "all of them".</summary>
    private static HashSet<string> ExceptedAfter(Lexicon lexicon, IReadOnlyList<Token> tokens, ExtractedFacts facts, int allEnds)
    {
        var except = lexicon.Markers[MarkerKind.Except].FindAll(tokens).FirstOrDefault(m => m.FirstToken > allEnds);
        return except is null
            ? []
            : [.. facts.Evidence.Where(e => e.Start > except.End && KnownIds.Flags.Contains(e.Fact)).Select(e => e.Fact)];
    }

    /// <summary>"kun feber", "just the numbness": an "only" before the first flag named, not "ikke kun".</summary>
    private static bool OnlyThese(Lexicon lexicon, IReadOnlyList<Token> tokens, string culture, ExtractedFacts facts)
    {
        var named = facts.Evidence.Where(e => KnownIds.Flags.Contains(e.Fact) && e.Value is "present" or "unclear").ToList();
        if (named.Count == 0)
        {
            return false;
        }

        var firstNamed = named.Min(e => e.Start);
        return lexicon.Markers[MarkerKind.Only].FindAll(tokens).Any(m => m.End < firstNamed && !DenialWords.Precede(tokens, m.FirstToken)
            && NegationScope.GetPolarity(tokens, culture, m.FirstToken, m.LastToken) == Polarity.Affirmed
            && !tokens.Any(t => t.Start > m.End && t.End < firstNamed && t.IsHardBreak));
    }

    /// <summary>The first token after "alle … undtagen", "all … except"; past the end when there is none.</summary>
    private static int ExceptionToAll(Reading reading)
    {
        var excepts = reading.Markers(MarkerKind.Except);
        var all = reading.Markers(MarkerKind.AllOfThem).Where(a => IsAllOfThem(a, reading.Tokens, excepts)).ToList();
        var except = excepts.FirstOrDefault(e => all.Any(a => a.LastToken < e.FirstToken));
        return except is null ? int.MaxValue : except.LastToken + 1;
    }

    private static bool OpensWithStandaloneNo(string text, string culture, IReadOnlyList<ModelResult> unsure)
    {
        if (BooleanRecognizer.RecognizeBoolean(text, culture).FirstOrDefault() is not { } opening || opening.Get<bool>("value")
            || text[..opening.Start].Any(char.IsLetterOrDigit) || unsure.Any(u => u.Start <= opening.End && opening.Start <= u.End))
        {
            return false;
        }

        var next = Tokenizer.Tokenize(text).FirstOrDefault(t => t.Start > opening.End && t.Kind != TokenKind.Emoji);
        return next is null || next.Kind == TokenKind.Punctuation || next.Form.Folded is "men" or "but";
    }

    private Lexicon LexiconFor(string language) =>
        _lexicons.TryGetValue(Culture.Normalize(language), out var lexicon) ? lexicon : _lexicons[Culture.Danish];

    /// <summary>
    /// The phrase matches that count: none inside an <c>ignore</c> phrase or the entry's own <c>not</c> phrases, and
    /// within each group (each fact on its own) the longest of overlapping matches, so "høj feber" beats "feber".
    /// </summary>
    private static List<PhraseMatch<LexiconHit>> Mentions(Lexicon lexicon, IReadOnlyList<Token> tokens)
    {
        var exclusions = lexicon.Exclusions.FindAll(tokens);
        var candidates = lexicon.Matcher.FindAll(tokens)
            .Where(m => !exclusions.Any(x => x.Overlaps(m) && (x.Key is null || ReferenceEquals(x.Key, m.Key.Entry))))
            .OrderByDescending(m => m.TokenLength)
            .ThenByDescending(m => m.Pattern.Specificity)
            .ThenBy(m => m.FirstToken);

        var chosen = new List<PhraseMatch<LexiconHit>>();
        foreach (var match in candidates)
        {
            // Candidates come longest first, so an overlapping rival already chosen is at least as long and wins;
            // two entries over exactly the same words both stand (one phrase, two readings).
            var standsBeside = chosen
                .Where(c => CompetesWith(c.Key.Entry, match.Key.Entry) && c.Overlaps(match))
                .All(c => c.FirstToken == match.FirstToken && c.LastToken == match.LastToken && !ReferenceEquals(c.Key.Entry, match.Key.Entry));
            if (standsBeside)
            {
                chosen.Add(match);
            }
        }

        return [.. chosen.OrderBy(m => m.FirstToken)];
    }

    private static bool CompetesWith(LexiconEntry a, LexiconEntry b) =>
        a.Group == b.Group && (a.Group != LexiconGroup.Fact || a.Target == b.Target);

    private static void Apply(Reading reading, PhraseMatch<LexiconHit> match, Polarity polarity)
    {
        var entry = match.Key.Entry;
        var absent = match.Key.Absent;
        switch (entry.Group)
        {
            case LexiconGroup.Location when !absent && polarity != Polarity.Negated:
                reading.Locations.Add(new LocationMention(KnownIds.Locations[entry.Target], match.FirstToken, match.LastToken));
                reading.Note("location", entry.Target, match);
                break;
            case LexiconGroup.Timing when !absent && polarity != Polarity.Negated:
                reading.Timings.Add(KnownIds.Timings[entry.Target]);
                reading.Note("timing", entry.Target, match);
                if (polarity == Polarity.Affirmed)
                {
                    reading.Set(entry.Also, FlagState.Present, match);
                }
                else
                {
                    reading.Set(entry.Also, FlagState.Unclear, match);
                }

                reading.Set(entry.Raises, FlagState.Unclear, match);
                break;
            case LexiconGroup.Timing when !absent:
                reading.Set(entry.Deny, FlagState.Denied, match);
                break;
            case LexiconGroup.Fact:
                bool? value = (absent, polarity) switch
                {
                    (false, Polarity.Affirmed) => true,
                    (false, Polarity.Negated) when !entry.IgnoreNegation => false,
                    (true, Polarity.Affirmed) => false,
                    _ => null,
                };
                if (value is { } known)
                {
                    reading.SetFact(entry.Target, known, match);
                }

                break;
            case LexiconGroup.Flag:
                ApplyFlag(reading, match, polarity);
                break;
            case LexiconGroup.Cue when polarity == Polarity.Affirmed:
                reading.PresentNames.Add(entry.Name);
                reading.Note($"cue.{entry.Name}", "present", match);
                break;
            case LexiconGroup.Cue when polarity == Polarity.Uncertain:
                reading.UnclearNames.Add(entry.Name);
                reading.Note($"cue.{entry.Name}", "unclear", match);
                break;
            // "nej, ikke noget af det": a "none" is no less a "none" after a "nej".
            case LexiconGroup.DenyAll when polarity != Polarity.Uncertain:
                reading.DeniesAll = true;
                reading.Note("redflags", "none", match);
                break;
        }
    }

    private static void ApplyFlag(Reading reading, PhraseMatch<LexiconHit> match, Polarity polarity)
    {
        var entry = match.Key.Entry;
        if (match.Key.Absent)
        {
            // "kan sagtens gå" denies; "kan ikke sagtens gå" or a hedged "kan vist godt gå" leaves a question.
            IReadOnlyList<string> denied = entry.Deny.Count > 0 ? entry.Deny : [entry.Target];
            reading.Set(denied, polarity == Polarity.Affirmed ? FlagState.Denied : FlagState.Unclear, match);
            return;
        }

        switch (polarity)
        {
            case Polarity.Affirmed when !entry.MentionIsUnclear:
                reading.Set(entry.Shows, FlagState.Present, match);
                reading.Set(entry.Raises, FlagState.Unclear, match);
                reading.PresentNames.Add(entry.Name);
                break;
            case Polarity.Affirmed:
            case Polarity.Uncertain:
                reading.Set(entry.Shows, FlagState.Unclear, match);
                reading.Set(entry.Raises, FlagState.Unclear, match);
                reading.UnclearNames.Add(entry.Name);
                break;
            case Polarity.Negated:
                reading.Set(entry.Deny, FlagState.Denied, match);
                break;
        }
    }

    private static void Combine(Reading reading, CombineRule rule)
    {
        if (rule.All.All(reading.PresentNames.Contains))
        {
            reading.Set([rule.Id], rule.OnlyUnclear ? FlagState.Unclear : FlagState.Present, null);
        }
        else if (rule.Partial.Any(n => reading.PresentNames.Contains(n) || reading.UnclearNames.Contains(n))
            || rule.All.All(n => reading.PresentNames.Contains(n) || reading.UnclearNames.Contains(n)))
        {
            reading.Set([rule.Id], FlagState.Unclear, null);
        }
    }

    /// <summary>
    /// The age decides the child flag outright: the number is more exact than "min søn" or "barn". An age group
    /// decides it when the group lies wholly on one side of 16 ("under 16 år", "16 år eller ældre") and leaves it
    /// a question when it does not ("under 18"); it gives no age.
    /// </summary>
    private static int? ReadAge(Reading reading, string language)
    {
        var ages = AgeRecognizer.RecognizeAge(reading.Text, language);
        if (ages.Count == 0)
        {
            return null;
        }

        reading.AgeSpans.AddRange(ages.Select(a => (a.Start, a.End)));
        if (ages.FirstOrDefault(a => a.Get<string>("bound") is null) is { } exact)
        {
            var age = (int)Math.Floor(exact.Get<double>("value"));
            reading.Flags[RedFlagIds.Child] = age < TriageRules.ChildUnderAge ? FlagState.Present : FlagState.Denied;
            reading.Evidence.Add(new FactEvidence("age", age.ToString(CultureInfo.InvariantCulture), exact.Text, exact.Start, exact.End));
            return age;
        }

        var group = ages[0];
        var limit = group.Get<double>("value");
        var child = group.Get<string>("bound") switch
        {
            "below" when limit <= TriageRules.ChildUnderAge => FlagState.Present,
            "atMost" when limit < TriageRules.ChildUnderAge => FlagState.Present,
            "above" when limit >= TriageRules.ChildUnderAge - 1 => FlagState.Denied,
            "atLeast" when limit >= TriageRules.ChildUnderAge => FlagState.Denied,
            _ => FlagState.Unclear,
        };
        reading.Flags[RedFlagIds.Child] = child;
        reading.Evidence.Add(new FactEvidence(RedFlagIds.Child, child.ToString().ToLowerInvariant(), group.Text, group.Start, group.End));
        return null;
    }

    /// <summary>
    /// Several timings in one message: constant and rest pain matter most for safety, and first steps in the
    /// morning is the most telling of the rest ("om morgenen og når jeg går" is morning pain).
    /// </summary>
    private static PainTiming? ChooseTiming(List<PainTiming> timings)
    {
        PainTiming[] order = [PainTiming.Constant, PainTiming.Rest, PainTiming.Morning, PainTiming.AfterActivity, PainTiming.Activity];
        return order.Where(timings.Contains).Select(t => (PainTiming?)t).FirstOrDefault();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
