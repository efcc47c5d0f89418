using HeelBot.Recognizers.Negation;

namespace HeelBot.Recognizers.Tests.Negation;

public sealed class NegationScopeTests
{
    [Theory]
    [InlineData("ingen feber, men hævet", "feber", Polarity.Negated)]
    [InlineData("ingen feber, men hævet", "hævet", Polarity.Affirmed)]
    [InlineData("ikke hævet", "hævet", Polarity.Negated)]
    [InlineData("den er ikke hævet", "hævet", Polarity.Negated)]
    [InlineData("uden feber", "feber", Polarity.Negated)]
    [InlineData("har ikke haft feber", "feber", Polarity.Negated)]
    [InlineData("jeg har ikke på noget tidspunkt haft feber", "feber", Polarity.Negated)]
    [InlineData("hverken feber eller hævelse", "feber", Polarity.Negated)]
    [InlineData("hverken feber eller hævelse", "hævelse", Polarity.Negated)]
    [InlineData("ingen feber eller rødme", "rødme", Polarity.Negated)]
    [InlineData("ingen feber, hævelse eller rødme", "hævelse", Polarity.Negated)]
    [InlineData("nej, men den er hævet", "hævet", Polarity.Affirmed)]
    [InlineData("nej. den er hævet", "hævet", Polarity.Affirmed)]
    [InlineData("nej, hævet", "hævet", Polarity.Affirmed)]
    [InlineData("nej feber", "feber", Polarity.Negated)]
    [InlineData("nej jeg har feber", "feber", Polarity.Affirmed)]
    [InlineData("den er hævet", "hævet", Polarity.Affirmed)]
    [InlineData("HÆVET!!!", "HÆVET", Polarity.Affirmed)]
    [InlineData("ikke længere hævet", "hævet", Polarity.Negated)]
    [InlineData("aldrig haft diabetes", "diabetes", Polarity.Negated)]
    [InlineData("feber har jeg ikke", "feber", Polarity.Negated)]
    [InlineData("hævet er den heller ikke", "hævet", Polarity.Negated)]
    [InlineData("feber: nej", "feber", Polarity.Negated)]
    [InlineData("Feber? Nej.", "Feber", Polarity.Negated)]
    [InlineData("hævelse - ingen", "hævelse", Polarity.Negated)]
    [InlineData("Hævet? Ja", "Hævet", Polarity.Affirmed)]
    [InlineData("den er ikke kun hævet men også rød", "hævet", Polarity.Affirmed)]
    [InlineData("ikke feber, men rød og varm", "varm", Polarity.Affirmed)]
    [InlineData("jeg kan ikke gå uden smerter, og den er hævet", "hævet", Polarity.Affirmed)]
    [InlineData("jeg har ikke feber, men jeg har ondt om natten", "ondt om natten", Polarity.Affirmed)]
    [InlineData("det gør ikke ondt om natten", "ondt om natten", Polarity.Negated)]
    [InlineData("ingen feber og ingen hævelse", "hævelse", Polarity.Negated)]
    [InlineData("ingen feber og hævelse", "hævelse", Polarity.Uncertain)]
    [InlineData("ingen feber, hævet", "hævet", Polarity.Uncertain)]
    [InlineData("jeg har ingen feber, jeg er hævet", "hævet", Polarity.Affirmed)]
    [InlineData("panodil hjælper ikke og den er hævet", "hævet", Polarity.Affirmed)]
    [InlineData("det hjælper ikke, hælen er rød", "rød", Polarity.Affirmed)]
    [InlineData("jeg er ikke faldet", "faldet", Polarity.Negated)]
    [InlineData("Jeg har ikke slået den", "slået", Polarity.Negated)]
    [InlineData("jeg har ingen feber", "feber", Polarity.Negated)]
    [InlineData("INGEN FEBER", "FEBER", Polarity.Negated)]
    [InlineData("ik hævet", "hævet", Polarity.Negated)]
    [InlineData("ingen tegn på betændelse", "betændelse", Polarity.Negated)]
    [InlineData("min hæl er hævet, er det farligt?", "hævet", Polarity.Affirmed)]
    [InlineData("min hæl er hævet 😭 er det farligt?", "hævet", Polarity.Affirmed)]
    [InlineData("er den hævet?", "hævet", Polarity.Uncertain)]
    [InlineData("jeg tror jeg har forstuvet foden, den er blå og hævet", "hævet", Polarity.Affirmed)]
    [InlineData("jeg tror jeg har forstuvet foden, den er blå og hævet", "forstuvet", Polarity.Uncertain)]
    [InlineData("tror den er brækket 😭 kan ikke støtte på den", "støtte", Polarity.Negated)]
    [InlineData("jeg kan ikke løbe pga smerter, ellers løber jeg meget", "løber", Polarity.Affirmed)]
    [InlineData("ingen røde flag så vidt jeg ved", "røde flag", Polarity.Uncertain)]
    [InlineData("jeg har hverken haft feber eller er hævet", "hævet", Polarity.Negated)]
    [InlineData("ondt fordi jeg ikke kan gå, men hævet", "hævet", Polarity.Affirmed)]
    [InlineData("ingen ved hvorfor den er hævet", "hævet", Polarity.Affirmed)]
    [InlineData("jeg har ikke slået den eller noget", "slået", Polarity.Negated)]
    [InlineData("den er hævet, og måske lidt varm", "hævet", Polarity.Affirmed)]
    [InlineData("intet hjælper, vil gerne booke", "booke", Polarity.Affirmed)]
    public void GetPolarity_Danish_Expected(string text, string target, Polarity expected) =>
        PolarityOf(text, target, Culture.Danish).Should().Be(expected);

    [Theory]
    [InlineData("måske lidt hævet", "hævet")]
    [InlineData("jeg tror den er lidt varm", "varm")]
    [InlineData("ved ikke om det er hævet", "hævet")]
    [InlineData("jeg ved ikke om den er hævet", "hævet")]
    [InlineData("er ikke sikker på om den er rød", "rød")]
    [InlineData("jeg tror ikke den er hævet", "hævet")]
    [InlineData("den er vist lidt hævet", "hævet")]
    [InlineData("hævet, tror jeg", "hævet")]
    [InlineData("er den hævet?", "hævet")]
    [InlineData("kan det være betændelse?", "betændelse")]
    [InlineData("den er ikke særlig hævet", "hævet")]
    [InlineData("næsten ikke hævet", "hævet")]
    [InlineData("muligvis feber", "feber")]
    [InlineData("den ligner noget betændt", "betændt")]
    [InlineData("svært at sige om den er hævet", "hævet")]
    [InlineData("jeg kan ikke huske at jeg har slået den", "slået")]
    [InlineData("jeg har ingen anelse om hvorfor den er hævet", "hævet")]
    [InlineData("den er hævet eller noget", "hævet")]
    public void GetPolarity_DanishHedge_Uncertain(string text, string target) =>
        PolarityOf(text, target, Culture.Danish).Should().Be(Polarity.Uncertain);

    [Theory]
    [InlineData("no fever but swollen", "fever", Polarity.Negated)]
    [InlineData("no fever but swollen", "swollen", Polarity.Affirmed)]
    [InlineData("not swollen", "swollen", Polarity.Negated)]
    [InlineData("it's not swollen", "swollen", Polarity.Negated)]
    [InlineData("never had diabetes", "diabetes", Polarity.Negated)]
    [InlineData("I have never had diabetes", "diabetes", Polarity.Negated)]
    [InlineData("I don't have a fever", "fever", Polarity.Negated)]
    [InlineData("I haven't fallen or injured it", "injured", Polarity.Negated)]
    [InlineData("neither fever nor swelling", "swelling", Polarity.Negated)]
    [InlineData("without any fever", "fever", Polarity.Negated)]
    [InlineData("no redness, swelling or warmth", "warmth", Polarity.Negated)]
    [InlineData("No, it is swollen", "swollen", Polarity.Affirmed)]
    [InlineData("no I have a fever", "fever", Polarity.Affirmed)]
    [InlineData("it isn't red but it is warm", "warm", Polarity.Affirmed)]
    [InlineData("it is swollen", "swollen", Polarity.Affirmed)]
    [InlineData("SWOLLEN!!", "SWOLLEN", Polarity.Affirmed)]
    [InlineData("fever? no", "fever", Polarity.Negated)]
    [InlineData("swelling: none", "swelling", Polarity.Negated)]
    [InlineData("not only swollen but red", "swollen", Polarity.Affirmed)]
    [InlineData("painkillers don't help and it's swollen", "swollen", Polarity.Affirmed)]
    [InlineData("no longer swollen", "swollen", Polarity.Negated)]
    [InlineData("no history of cancer", "cancer", Polarity.Negated)]
    [InlineData("I can't walk and it is red", "red", Polarity.Affirmed)]
    [InlineData("no fever, I am swollen though", "swollen", Polarity.Affirmed)]
    [InlineData("nobody knows why it is swollen", "swollen", Polarity.Affirmed)]
    [InlineData("I haven't fallen or anything", "fallen", Polarity.Negated)]
    [InlineData("my heel is swollen, is that bad?", "swollen", Polarity.Affirmed)]
    [InlineData("it's swollen 😭 should I worry?", "swollen", Polarity.Affirmed)]
    [InlineData("is it swollen?", "swollen", Polarity.Uncertain)]
    [InlineData("I think I twisted it, it's swollen", "swollen", Polarity.Affirmed)]
    [InlineData("I think I twisted it, it's swollen", "twisted", Polarity.Uncertain)]
    [InlineData("no fever as far as I know", "fever", Polarity.Uncertain)]
    [InlineData("I have neither a fever nor any swelling", "swelling", Polarity.Negated)]
    public void GetPolarity_English_Expected(string text, string target, Polarity expected) =>
        PolarityOf(text, target, Culture.English).Should().Be(expected);

    [Theory]
    [InlineData("I think it might be a bit warm", "warm")]
    [InlineData("maybe a little swollen", "swollen")]
    [InlineData("not sure if it's swollen", "swollen")]
    [InlineData("I don't know if it's red", "red")]
    [InlineData("I don't think it's swollen", "swollen")]
    [InlineData("it could be infected", "infected")]
    [InlineData("swollen I think", "swollen")]
    [InlineData("is it swollen?", "swollen")]
    [InlineData("not very swollen", "swollen")]
    [InlineData("it's kind of warm", "warm")]
    [InlineData("it seems a bit red", "red")]
    [InlineData("possibly a fever", "fever")]
    [InlineData("I can't remember hurting it", "hurting")]
    [InlineData("swollen or something", "swollen")]
    public void GetPolarity_EnglishHedge_Uncertain(string text, string target) =>
        PolarityOf(text, target, Culture.English).Should().Be(Polarity.Uncertain);

    [Fact]
    public void IsNegated_CharacterSpan_UsesInclusiveEnd()
    {
        const string text = "ingen feber";
        var start = text.IndexOf("feber", StringComparison.Ordinal);

        NegationScope.IsNegated(text, Culture.Danish, start, start + "feber".Length - 1).Should().BeTrue();
    }

    [Fact]
    public void GetPolarity_QuestionWhenQuestionsAreRequests_Affirmed()
    {
        var tokens = Recognizers.Normalization.Tokenizer.Tokenize("can I book a time?");

        NegationScope.GetPolarity(tokens, Culture.English, 2, 2, questionsAreUncertain: false).Should().Be(Polarity.Affirmed);
        NegationScope.GetPolarity(tokens, Culture.English, 2, 2).Should().Be(Polarity.Uncertain);
    }

    [Fact]
    public void GetPolarity_CueInsideSpan_DoesNotNegateIt() =>
        PolarityOf("jeg kan ikke gå", "kan ikke gå", Culture.Danish).Should().Be(Polarity.Affirmed);

    private static Polarity PolarityOf(string text, string target, string culture)
    {
        var start = text.IndexOf(target, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"'{target}' is in '{text}'");
        return NegationScope.GetPolarity(text, culture, start, start + target.Length - 1);
    }
}
