using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.DateTimes;

/// <summary>
/// The words of appointment times in one culture. Fixed phrases are matched as spelt (Danish-letter and doubled-letter
/// variants only), because short words are where a typo turns one word into another ("sidst"/"sidste").
/// Single long words (weekdays, months, day parts) also match with typos ("tirsdga", "decmber").
/// </summary>
internal sealed class DateTimeVocabulary
{
    public required PhraseTable<DateTimeCue> Phrases { get; init; }

    public required WordTable<DateTimeCue> Words { get; init; }

    /// <summary>Full month names, typos allowed; only read next to a day number.</summary>
    public required WordTable<int> MonthNames { get; init; }

    /// <summary>"dec", "sept": exact, and only next to a day number ("jul" alone is Christmas in Danish).</summary>
    public required WordTable<int> MonthAbbreviations { get; init; }

    /// <summary>"den", "d.", "the" before a day of the month.</summary>
    public required WordTable<bool> DayPrefixes { get; init; }

    /// <summary>"of" in "7th of December".</summary>
    public required WordTable<bool> OfWords { get; init; }

    /// <summary>Words that make a guarded month name a month: "in May", not "I may".</summary>
    public required WordTable<bool> MonthPrepositions { get; init; }

    public required WordTable<Meridiem> Meridiems { get; init; }

    public required WordTable<bool> OClock { get; init; }

    public static DateTimeVocabulary For(string culture) => Culture.Normalize(culture) == Culture.English ? English : Danish;

    public bool TryCue(IReadOnlyList<Token> tokens, int index, out DateTimeCue cue, out int last)
    {
        if (Phrases.TryMatch(tokens, index, out cue, out last, allowTypos: false))
        {
            return true;
        }

        if (tokens[index].IsWord && Words.TryGet(tokens[index].Form, out cue, allowTypos: true))
        {
            last = index;
            return true;
        }

        cue = null!;
        last = -1;
        return false;
    }

    public int? Month(Token token) =>
        !token.IsWord ? null
        : MonthNames.TryGet(token.Form, out var month, allowTypos: true) || MonthAbbreviations.TryGet(token.Form, out month) ? month
        : null;

    public static readonly DateTimeVocabulary Danish = new()
    {
        Phrases = PhraseTable(
            ("hurtigst muligt|hurtigst mulig|snarest muligt|snarest mulig|så hurtigt som muligt|så hurtigt som mulig|så hurtig som muligt"
                + "|så snart som muligt|så snart som mulig|så snart det er muligt|så hurtigt det er muligt|så tidligt som muligt|tidligst muligt"
                + "|tidligst mulig|hurtigt|snart|snarligt|første ledige|første ledige tid|første mulige|først mulige|næste ledige|straks"
                + "|med det samme|asap|det haster|haster", new DateTimeCue(CueKind.Asap)),
            ("når som helst|hvornår som helst|lige meget|ligemeget|ligegyldigt|det er lige meget|alle tider|alle dage|hele dagen"
                + "|uanset hvornår|fleksibel|fleksibelt|passer altid|haster ikke|det haster ikke|ingen hast|ikke travlt|ingen præference"
                + "|ingen præferencer|ingen ønsker", new DateTimeCue(CueKind.AnyTime)),
            ("i dag|idag|senere i dag", new DateTimeCue(CueKind.RelativeDay, 0)),
            ("i morgen|imorgen|i morn|imorn", new DateTimeCue(CueKind.RelativeDay, 1)),
            ("i morgen tidlig|imorgen tidlig", new DateTimeCue(CueKind.RelativeDay, 1, DayPart.Morning)),
            ("i overmorgen|iovermorgen", new DateTimeCue(CueKind.RelativeDay, 2)),
            ("i aften|iaften", new DateTimeCue(CueKind.RelativeDay, 0, DayPart.Evening)),
            ("i eftermiddag", new DateTimeCue(CueKind.RelativeDay, 0, DayPart.Afternoon)),
            ("i formiddag", new DateTimeCue(CueKind.RelativeDay, 0, DayPart.Forenoon)),
            ("i går|igår|i går aftes|i forgårs|i morges|i mandags|i tirsdags|i onsdags|i torsdags|i fredags|i lørdags|i søndags|mandags"
                + "|tirsdags|onsdags|torsdags|fredags|lørdags|søndags|i sidste uge|sidste uge|i forrige uge|forrige uge|for nylig",
                new DateTimeCue(CueKind.PastDay)),
            ("siden|sidste|forrige", new DateTimeCue(CueKind.Past)),
            ("ikke|aldrig|undtagen|bortset fra|men ikke|andet end|alt andet end", new DateTimeCue(CueKind.Negation)),
            ("denne|dette|nu på|kommende|den kommende|førstkommende", new DateTimeCue(CueKind.This)),
            ("næste|på næste|den næste", new DateTimeCue(CueKind.Next)),
            ("man", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Monday, Guarded: true)),
            ("tirs|tir", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Tuesday)),
            ("ons", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Wednesday)),
            ("tors", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Thursday)),
            ("tor", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Thursday, Guarded: true)),
            ("fre", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Friday)),
            ("lør", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Saturday)),
            ("søn", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Sunday, Guarded: true)),
            ("i denne uge|denne uge|i den her uge|den her uge|i indeværende uge", new DateTimeCue(CueKind.Week, 0)),
            ("i næste uge|næste uge|i den kommende uge|den kommende uge|kommende uge", new DateTimeCue(CueKind.Week, 1)),
            ("i ugen efter næste|ugen efter næste", new DateTimeCue(CueKind.Week, 2)),
            ("sidst på ugen|sidst i ugen|i slutningen af ugen|slutningen af ugen|sidst på denne uge|sidst i denne uge",
                new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.End)),
            ("sidst på næste uge|sidst i næste uge|i slutningen af næste uge|slutningen af næste uge",
                new DateTimeCue(CueKind.Week, 1, Section: PeriodSection.End)),
            ("først på ugen|først i ugen|i starten af ugen|starten af ugen|i begyndelsen af ugen",
                new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.Start)),
            ("først på næste uge|først i næste uge|i starten af næste uge|starten af næste uge|i begyndelsen af næste uge",
                new DateTimeCue(CueKind.Week, 1, Section: PeriodSection.Start)),
            ("midt på ugen|midt i ugen", new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.Middle)),
            ("midt på næste uge|midt i næste uge", new DateTimeCue(CueKind.Week, 1, Section: PeriodSection.Middle)),
            ("senere på ugen|senere i ugen", new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.Rest)),
            ("i weekenden|til weekend|til weekenden|i weekend", new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.Weekend)),
            ("uge|i uge|uge nr|uge nummer|ugenummer", new DateTimeCue(CueKind.WeekNumber)),
            ("i denne måned|denne måned", new DateTimeCue(CueKind.RelativeMonth, 0)),
            ("resten af måneden|senere på måneden|senere i måneden", new DateTimeCue(CueKind.RelativeMonth, 0, Section: PeriodSection.Rest)),
            ("i næste måned|næste måned", new DateTimeCue(CueKind.RelativeMonth, 1)),
            ("sidst på måneden|sidst i måneden|i slutningen af måneden|slutningen af måneden",
                new DateTimeCue(CueKind.RelativeMonth, 0, Section: PeriodSection.End)),
            ("først i næste måned|i starten af næste måned|starten af næste måned|i begyndelsen af næste måned",
                new DateTimeCue(CueKind.RelativeMonth, 1, Section: PeriodSection.Start)),
            ("midt i næste måned", new DateTimeCue(CueKind.RelativeMonth, 1, Section: PeriodSection.Middle)),
            ("sidst i næste måned|i slutningen af næste måned|slutningen af næste måned",
                new DateTimeCue(CueKind.RelativeMonth, 1, Section: PeriodSection.End)),
            ("starten af|i starten af|start af|begyndelsen af|i begyndelsen af|først i", new DateTimeCue(CueKind.MonthSection, Section: PeriodSection.Start)),
            ("midten af|i midten af|midt i", new DateTimeCue(CueKind.MonthSection, Section: PeriodSection.Middle)),
            ("slutningen af|i slutningen af|sidst i|enden af", new DateTimeCue(CueKind.MonthSection, Section: PeriodSection.End)),
            ("jul|julen|i julen|til jul|juledagene", new DateTimeCue(CueKind.Holiday, CalendarRanges.Christmas)),
            ("juleaften|juleaftensdag", new DateTimeCue(CueKind.Holiday, CalendarRanges.ChristmasEve)),
            ("nytår|nytåret|til nytår", new DateTimeCue(CueKind.Holiday, CalendarRanges.NewYear)),
            ("nytårsaften|nytårsaftensdag", new DateTimeCue(CueKind.Holiday, CalendarRanges.NewYearsEve)),
            ("påske|påsken|i påsken|til påske", new DateTimeCue(CueKind.Holiday, CalendarRanges.Easter)),
            ("kl|klok|ved|omkring|omkring kl|ved kl|ca|cirka|ca kl|cirka kl|sådan kl", new DateTimeCue(CueKind.TimeMarker)),
            ("efter|senere end", new DateTimeCue(CueKind.After)),
            ("fra|fra og med|tidligst|ikke før|ikke tidligere end", new DateTimeCue(CueKind.FromBound)),
            ("før|inden|tidligere end|før end", new DateTimeCue(CueKind.Before)),
            ("senest|til og med|indtil|ikke efter|ikke senere end", new DateTimeCue(CueKind.Until)),
            ("mellem|imellem", new DateTimeCue(CueKind.Between)),
            ("til|og", new DateTimeCue(CueKind.Join)),
            ("frokost", new DateTimeCue(CueKind.Noon)),
            ("efter arbejde|efter arbejdet|efter arbejdstid|efter fyraften", new DateTimeCue(CueKind.FromClock, 16 * 60)),
            ("halv", new DateTimeCue(CueKind.ClockOffset, -30)),
            ("kvart over", new DateTimeCue(CueKind.ClockOffset, 15)),
            ("kvart i|kvart på", new DateTimeCue(CueKind.ClockOffset, -15)),
            ("om", new DateTimeCue(CueKind.In)),
            ("inden for|indenfor|i løbet af|inden for de næste|indenfor de næste", new DateTimeCue(CueKind.Within)),
            ("fra nu|fra i dag|fra nu af", new DateTimeCue(CueKind.FromNow)),
            ("eller senere|og senere|eller efter|og frem|og fremefter|eller derefter|og derefter", new DateTimeCue(CueKind.OrLater)),
            ("eller før|eller tidligere|eller inden", new DateTimeCue(CueKind.OrEarlier)),
            ("fm", new DateTimeCue(CueKind.DayPart, Part: DayPart.Forenoon)),
            ("em", new DateTimeCue(CueKind.DayPart, Part: DayPart.Afternoon)),
            ("tidlig|tidligt|tidligt om morgenen|først på dagen", new DateTimeCue(CueKind.DayPart, Part: DayPart.Morning)),
            ("sent|sent på dagen|sidst på dagen|sidst på eftermiddagen", new DateTimeCue(CueKind.DayPart, Part: DayPart.Evening))),
        Words = WordTable(
            ("mandag mandagen mandage", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Monday)),
            ("tirsdag tirsdagen tirsdage", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Tuesday)),
            ("onsdag onsdagen onsdage", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Wednesday)),
            ("torsdag torsdagen torsdage", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Thursday)),
            ("fredag fredagen fredage", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Friday)),
            ("lørdag lørdagen lørdage", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Saturday)),
            ("søndag søndagen søndage", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Sunday)),
            ("morgen morgenen morgenstunden", new DateTimeCue(CueKind.DayPart, Part: DayPart.Morning)),
            ("formiddag formiddagen formiddagstid formiddagene", new DateTimeCue(CueKind.DayPart, Part: DayPart.Forenoon)),
            ("eftermiddag eftermiddagen eftermiddagstid eftermiddagene", new DateTimeCue(CueKind.DayPart, Part: DayPart.Afternoon)),
            ("aften aftenen aftenstid aftentimerne", new DateTimeCue(CueKind.DayPart, Part: DayPart.Evening)),
            ("middag middagen middagstid middagstiden frokosttid frokosttiden", new DateTimeCue(CueKind.Noon)),
            ("hurtigst snarest snarligst", new DateTimeCue(CueKind.Asap)),
            ("overmorgen", new DateTimeCue(CueKind.RelativeDay, 2)),
            ("weekend weekenden weekends", new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.Weekend)),
            ("klokken", new DateTimeCue(CueKind.TimeMarker)),
            ("januar", new DateTimeCue(CueKind.Month, 1)),
            ("februar", new DateTimeCue(CueKind.Month, 2)),
            ("marts", new DateTimeCue(CueKind.Month, 3)),
            ("april", new DateTimeCue(CueKind.Month, 4)),
            ("maj", new DateTimeCue(CueKind.Month, 5)),
            ("juni", new DateTimeCue(CueKind.Month, 6)),
            ("juli", new DateTimeCue(CueKind.Month, 7)),
            ("august", new DateTimeCue(CueKind.Month, 8)),
            ("september", new DateTimeCue(CueKind.Month, 9)),
            ("oktober", new DateTimeCue(CueKind.Month, 10)),
            ("november", new DateTimeCue(CueKind.Month, 11)),
            ("december", new DateTimeCue(CueKind.Month, 12))),
        MonthNames = Months("januar februar marts april maj juni juli august september oktober november december"),
        MonthAbbreviations = Months("jan feb mar apr maj jun jul aug sep okt nov dec", ("sept", 9), ("mrs", 3)),
        DayPrefixes = Flags("den d"),
        OfWords = new WordTable<bool>(),
        MonthPrepositions = Flags("i inden før efter fra til indtil senest"),
        Meridiems = new WordTable<Meridiem>([KeyValuePair.Create("am", Meridiem.Am), KeyValuePair.Create("pm", Meridiem.Pm)]),
        OClock = Flags("oclock"),
    };

    public static readonly DateTimeVocabulary English = new()
    {
        Phrases = PhraseTable(
            ("asap|as soon as possible|as soon as you can|soon as possible|as soon as|soonest|soonest possible|earliest possible"
                + "|the earliest possible|as early as possible|first available|first available time|first available slot"
                + "|first available appointment|next available|earliest available|right away|straight away|immediately|urgently"
                + "|the sooner the better|soon|quickly", new DateTimeCue(CueKind.Asap)),
            ("any time|anytime|any day|whenever|doesnt matter|does not matter|dont mind|do not mind|no preference|im flexible|flexible"
                + "|all day|no rush|no hurry|not urgent|whatever works|whatever suits", new DateTimeCue(CueKind.AnyTime)),
            ("today|later today", new DateTimeCue(CueKind.RelativeDay, 0)),
            ("tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow|2morrow|2moro", new DateTimeCue(CueKind.RelativeDay, 1)),
            ("the day after tomorrow|day after tomorrow", new DateTimeCue(CueKind.RelativeDay, 2)),
            ("tonight|this evening", new DateTimeCue(CueKind.RelativeDay, 0, DayPart.Evening)),
            ("this afternoon", new DateTimeCue(CueKind.RelativeDay, 0, DayPart.Afternoon)),
            ("this morning", new DateTimeCue(CueKind.RelativeDay, 0, DayPart.Forenoon)),
            ("yesterday|the other day|last week|last month|the day before yesterday", new DateTimeCue(CueKind.PastDay)),
            ("since|last|previous|past", new DateTimeCue(CueKind.Past)),
            ("not|never|except|but not|cant|cannot|can not|couldnt|wont|dont|doesnt|unable|other than|anything but", new DateTimeCue(CueKind.Negation)),
            ("this|this coming|coming|the coming|on this", new DateTimeCue(CueKind.This)),
            ("next|the next|on next", new DateTimeCue(CueKind.Next)),
            ("mon", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Monday, Guarded: true)),
            ("tue|tues", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Tuesday)),
            ("wed", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Wednesday, Guarded: true)),
            ("thu|thur|thurs", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Thursday)),
            ("fri", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Friday)),
            ("sat", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Saturday, Guarded: true)),
            ("sun", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Sunday, Guarded: true)),
            ("this week|this coming week", new DateTimeCue(CueKind.Week, 0)),
            ("next week|the coming week", new DateTimeCue(CueKind.Week, 1)),
            ("the week after next|week after next", new DateTimeCue(CueKind.Week, 2)),
            ("end of the week|end of this week|the end of the week|at the end of the week|late this week|the end of this week",
                new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.End)),
            ("end of next week|the end of next week|late next week|at the end of next week", new DateTimeCue(CueKind.Week, 1, Section: PeriodSection.End)),
            ("early next week|beginning of next week|the beginning of next week|start of next week|the start of next week",
                new DateTimeCue(CueKind.Week, 1, Section: PeriodSection.Start)),
            ("early this week|beginning of the week|start of the week|the beginning of the week|the start of the week",
                new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.Start)),
            ("midweek|mid week|middle of the week|the middle of the week", new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.Middle)),
            ("middle of next week|the middle of next week|mid next week", new DateTimeCue(CueKind.Week, 1, Section: PeriodSection.Middle)),
            ("later this week|later in the week", new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.Rest)),
            ("the weekend|this weekend|at the weekend|on the weekend|over the weekend", new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.Weekend)),
            ("week|in week|week no|week number|wk", new DateTimeCue(CueKind.WeekNumber)),
            ("this month", new DateTimeCue(CueKind.RelativeMonth, 0)),
            ("later this month|rest of the month|the rest of the month", new DateTimeCue(CueKind.RelativeMonth, 0, Section: PeriodSection.Rest)),
            ("next month", new DateTimeCue(CueKind.RelativeMonth, 1)),
            ("end of the month|the end of the month|end of this month|the end of this month",
                new DateTimeCue(CueKind.RelativeMonth, 0, Section: PeriodSection.End)),
            ("end of next month|the end of next month|late next month", new DateTimeCue(CueKind.RelativeMonth, 1, Section: PeriodSection.End)),
            ("early next month|beginning of next month|the beginning of next month|start of next month|the start of next month",
                new DateTimeCue(CueKind.RelativeMonth, 1, Section: PeriodSection.Start)),
            ("middle of next month|the middle of next month|mid next month", new DateTimeCue(CueKind.RelativeMonth, 1, Section: PeriodSection.Middle)),
            ("early|in early", new DateTimeCue(CueKind.MonthSection, Part: DayPart.Morning, Section: PeriodSection.Start)),
            ("beginning of|the beginning of|in the beginning of|at the beginning of|start of|the start of|at the start of",
                new DateTimeCue(CueKind.MonthSection, Section: PeriodSection.Start)),
            ("mid|in mid|middle of|the middle of|in the middle of", new DateTimeCue(CueKind.MonthSection, Section: PeriodSection.Middle)),
            ("late|in late|end of|the end of|at the end of", new DateTimeCue(CueKind.MonthSection, Section: PeriodSection.End)),
            ("christmas|xmas", new DateTimeCue(CueKind.Holiday, CalendarRanges.Christmas)),
            ("christmas eve", new DateTimeCue(CueKind.Holiday, CalendarRanges.ChristmasEve)),
            ("new year|new years|the new year", new DateTimeCue(CueKind.Holiday, CalendarRanges.NewYear)),
            ("new years eve", new DateTimeCue(CueKind.Holiday, CalendarRanges.NewYearsEve)),
            ("easter", new DateTimeCue(CueKind.Holiday, CalendarRanges.Easter)),
            ("at|around|about|approximately|approx|at around|at about|round about", new DateTimeCue(CueKind.TimeMarker)),
            ("after|later than|any time after|anytime after", new DateTimeCue(CueKind.After)),
            ("from|starting|starting from|no earlier than|not before|not earlier than|earliest", new DateTimeCue(CueKind.FromBound)),
            ("before|earlier than|any time before|anytime before", new DateTimeCue(CueKind.Before)),
            ("by|until|till|til|up to|no later than|not after|not later than|latest", new DateTimeCue(CueKind.Until)),
            ("between", new DateTimeCue(CueKind.Between)),
            ("to|and", new DateTimeCue(CueKind.Join)),
            ("noon|midday|lunch|lunchtime|lunch time|noontime", new DateTimeCue(CueKind.Noon)),
            ("after work|after working hours|after office hours", new DateTimeCue(CueKind.FromClock, 16 * 60)),
            ("half past|half", new DateTimeCue(CueKind.ClockOffset, 30)),
            ("quarter past|a quarter past", new DateTimeCue(CueKind.ClockOffset, 15)),
            ("quarter to|a quarter to", new DateTimeCue(CueKind.ClockOffset, -15)),
            ("in", new DateTimeCue(CueKind.In)),
            ("within|in the next|within the next|in the coming", new DateTimeCue(CueKind.Within)),
            ("from now|from today", new DateTimeCue(CueKind.FromNow)),
            ("or later|and later|or after|onwards|or afterwards|and after", new DateTimeCue(CueKind.OrLater)),
            ("or earlier|or before", new DateTimeCue(CueKind.OrEarlier)),
            ("early morning|first thing|first thing in the morning", new DateTimeCue(CueKind.DayPart, Part: DayPart.Morning)),
            ("late morning|in the morning", new DateTimeCue(CueKind.DayPart, Part: DayPart.Forenoon)),
            ("late afternoon|early afternoon", new DateTimeCue(CueKind.DayPart, Part: DayPart.Afternoon))),
        Words = WordTable(
            ("monday mondays", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Monday)),
            ("tuesday tuesdays", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Tuesday)),
            ("wednesday wednesdays", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Wednesday)),
            ("thursday thursdays", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Thursday)),
            ("friday fridays", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Friday)),
            ("saturday saturdays", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Saturday)),
            ("sunday sundays", new DateTimeCue(CueKind.Weekday, (int)DayOfWeek.Sunday)),
            ("morning mornings", new DateTimeCue(CueKind.DayPart, Part: DayPart.Forenoon)),
            ("afternoon afternoons", new DateTimeCue(CueKind.DayPart, Part: DayPart.Afternoon)),
            ("evening evenings", new DateTimeCue(CueKind.DayPart, Part: DayPart.Evening)),
            ("weekend weekends", new DateTimeCue(CueKind.Week, 0, Section: PeriodSection.Weekend)),
            ("january", new DateTimeCue(CueKind.Month, 1)),
            ("february", new DateTimeCue(CueKind.Month, 2)),
            ("march", new DateTimeCue(CueKind.Month, 3, Guarded: true)),
            ("april", new DateTimeCue(CueKind.Month, 4)),
            ("may", new DateTimeCue(CueKind.Month, 5, Guarded: true)),
            ("june", new DateTimeCue(CueKind.Month, 6)),
            ("july", new DateTimeCue(CueKind.Month, 7)),
            ("august", new DateTimeCue(CueKind.Month, 8)),
            ("september", new DateTimeCue(CueKind.Month, 9)),
            ("october", new DateTimeCue(CueKind.Month, 10)),
            ("november", new DateTimeCue(CueKind.Month, 11)),
            ("december", new DateTimeCue(CueKind.Month, 12))),
        MonthNames = Months("january february march april may june july august september october november december"),
        MonthAbbreviations = Months("jan feb mar apr may jun jul aug sep oct nov dec", ("sept", 9)),
        DayPrefixes = Flags("the"),
        OfWords = Flags("of"),
        MonthPrepositions = Flags("in during before after from until by"),
        Meridiems = new WordTable<Meridiem>([KeyValuePair.Create("am", Meridiem.Am), KeyValuePair.Create("pm", Meridiem.Pm)]),
        OClock = Flags("oclock"),
    };

    private static PhraseTable<DateTimeCue> PhraseTable(params (string Phrases, DateTimeCue Cue)[] groups) =>
        new(groups.SelectMany(group => group.Phrases.Split('|').Select(phrase => (phrase, group.Cue))));

    private static WordTable<DateTimeCue> WordTable(params (string Words, DateTimeCue Cue)[] groups) =>
        new(groups.SelectMany(group => group.Words.Split(' ').Select(word => KeyValuePair.Create(word, group.Cue))));

    private static WordTable<int> Months(string names, params (string Word, int Month)[] extra) =>
        new(names.Split(' ').Select((name, index) => KeyValuePair.Create(name, index + 1))
            .Concat(extra.Select(e => KeyValuePair.Create(e.Word, e.Month))));

    private static WordTable<bool> Flags(string words) => new(words.Split(' ').Select(word => KeyValuePair.Create(word, true)));
}
