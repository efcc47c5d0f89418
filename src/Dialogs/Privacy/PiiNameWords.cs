namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// The word lists the name finder leans on. A word after "jeg hedder" or "my name is" is taken as a name unless it is
/// one of the <see cref="NotNames"/>; after the looser "I'm", "jeg er" or a sign-off it must be capitalised or a
/// common first name, since "I'm sore" and "jeg er løber" are not names.
/// </summary>
internal static class PiiNameWords
{
    /// <summary>
    /// Words that follow "I'm", "jeg er", "my name is" and the like without being names: function words, states,
    /// nationalities, and the health words a clinician needs to keep (also when typed with a capital letter).
    /// </summary>
    public static readonly HashSet<string> NotNames = Set(
        // Danish function words and everyday words.
        "jeg du han hun vi i de den det der dem os mig dig sig og eller men at som er var blev bliver har havde ikke " +
        "også bare lige meget lidt en et på til fra med om af for ved hos under over efter før min mit mine din dit " +
        "dine hans hendes vores jeres deres sin sit sine så nu her da når hvis fordi ja jo nej tak hej godt ok okay nok " +
        "mere mest ingen intet noget nogen nogle alle hele faktisk egentlig desværre stadig allerede altid aldrig rigtig " +
        "slet helt kun ret nemlig vist ellers hvad hvem hvor hvordan hvorfor hvornår navn navnet hedder kaldt kaldes " +
        "anonym ukendt ligegyldigt vigtigt hemmeligt nødvendigt " +

        // Danish states, roles and nationalities ("jeg er ...").
        "træt glad ked syg rask bange bekymret usikker forvirret gravid pensionist pensioneret løber sygeplejerske " +
        "læge patient mand kvinde dreng pige barn voksen mor far dansk dansker svensk svensker norsk nordmand tysk " +
        "tysker engelsk englænder diabetiker sportsudøver aktiv inaktiv overvægtig sikker færdig klar tilbage hjemme " +
        "år gammel gamle ny nye lidt meget " +

        // Danish health words.
        "ondt smerte smerter smertefuld hæl hælen hæle hælene fod foden fødder fødderne tå tæer tæerne ankel anklen " +
        "sene senen achillessenen achilles svang svangen sål sålen hævet hævelse rød varm feber sår skade skadet " +
        "betændelse brud knæ ben benet læg læggen stiv stivhed halt halter haltende følelsesløs prikken " +

        // English function words and everyday words.
        "i me my mine you your he she we they it its is am are was were be been being not no yes and or but the a an " +
        "in on at to from with of for about so just also very really still here there now then fine good ok okay sorry " +
        "what who why how when where that this these those one someone somebody nobody none nothing anonymous unknown " +
        "hello hi hey thanks thank please name called going having feeling currently always never back home over " +
        "under sure unsure new old years year months weeks days since ago into done finished ready looking trying " +
        "writing asking wondering here afraid worried scared concerned confused tired sore pregnant retired able " +
        "unable glad happy sad fed up not mr mrs ms miss dr " +

        // English roles and nationalities ("I'm ...").
        "male female man woman boy girl child adult mother father mum mom dad parent runner nurse doctor patient " +
        "athlete diabetic danish dane english british american irish scottish welsh swedish swede norwegian german " +
        "dutch french polish italian spanish indian christian muslim jewish vegan vegetarian overweight active " +

        // English health words.
        "heel heels foot feet toe toes ankle tendon achilles arch sole pain pains painful hurt hurts hurting injured " +
        "injury swollen swelling red warm fever wound broken fracture knee leg calf stiff stiffness limping numb " +
        "tingling plantar fasciitis");

    /// <summary>Titles before a name: "my name is Dr Hansen" gives the name Hansen.</summary>
    public static readonly HashSet<string> Titles = Set("mr mrs ms miss dr doctor hr fru frk");

    /// <summary>
    /// Common first names in Denmark and in English-speaking countries, so "i'm anna" and "jeg er mette" typed
    /// without capitals are still caught.
    /// </summary>
    public static readonly HashSet<string> FirstNames = Set(
        "anne kirsten mette hanne helle anna susanne lene maria marianne lone camilla pia louise charlotte inge " +
        "bente tina julie karen emma ida sofie freja laura clara alma ella karla signe maja katrine line eva birgit " +
        "lise ulla jette tove rikke trine sara emilie cecilie josefine nanna mia " +
        "peter jens michael lars henrik thomas søren jan christian martin niels anders morten jesper mads rasmus " +
        "hans per jørgen ole kim mikkel frederik oliver william noah lucas carl oscar emil victor magnus malthe " +
        "aksel alfred arthur valdemar johan jonas kasper simon steen torben bent poul erik knud finn flemming " +
        "john james robert david richard joseph charles daniel matthew anthony mark paul steven andrew joshua " +
        "george harry jack thomas oliver jacob charlie alfie freddie archie henry leo " +
        "mary patricia jennifer linda elizabeth barbara susan jessica sarah lisa nancy betty margaret sandra " +
        "ashley emily olivia amelia isla ava sophia grace lily chloe ella mia ruby evie poppy isabella sophie");

    /// <summary>Common Danish surnames, so "jeg hedder mette hansen" in lower case keeps the surname with the name.</summary>
    public static readonly HashSet<string> Surnames = Set(
        "nielsen jensen hansen andersen pedersen christensen larsen sørensen rasmussen jørgensen petersen madsen " +
        "kristensen olsen thomsen christiansen poulsen johansen møller mortensen smith jones williams brown taylor");

    /// <summary>
    /// Names that are also ordinary words ("Per" and "per dag", "Mark" and "mark", "May" and "may"). Where one of
    /// these was given as a name, only the same spelling elsewhere in the text is treated as that name again.
    /// </summary>
    public static readonly HashSet<string> AlsoWords = Set(
        "per bo mark will may rose bill sol ask jo max lin dag storm sky hope grace faith art sue pat ray dawn april " +
        "june august bjørn ravn lærke ulf alf rune kim");

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
