using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Tests.Understanding;

/// <summary>Whole messages as people write them: several facts at once, third person, a red flag hidden in a long story.</summary>
public sealed class FactExtractorMessageTests
{
    [Fact]
    public void Extract_ClassicDanishMessage_AllFacts()
    {
        var facts = Extractor.Read("ondt under hælen i 3 uger, værst om morgenen", "da");

        facts.Location.Should().Be(HeelLocation.Under);
        facts.Timing.Should().Be(PainTiming.Morning);
        facts.DurationWeeks.Should().BeApproximately(3, 1e-9);
        facts.Flags.Should().BeEmpty();
    }

    [Fact]
    public void Extract_ClassicEnglishMessage_AllFacts()
    {
        var facts = Extractor.Read("Pain under my heel for about 6 weeks, worst with the first steps in the morning. I run 30 km a week.", "en");

        facts.Location.Should().Be(HeelLocation.Under);
        facts.Timing.Should().Be(PainTiming.Morning);
        facts.DurationWeeks.Should().BeApproximately(6, 1e-9);
        facts.Runner.Should().BeTrue();
    }

    [Fact]
    public void Extract_LongStoryHidingNumbness_NeuroFound()
    {
        const string text = "Hej. Jeg har i et stykke tid haft ondt i hælen, især når jeg har siddet ned på kontoret og skal rejse mig. " +
            "Jeg har prøvet indlæg og strækøvelser, og det hjalp lidt i starten. Min kone synes jeg skal tage det alvorligt, " +
            "for nu er der også kommet en mærkelig snurren ude i tæerne om aftenen.";

        var facts = Extractor.Read(text, "da");

        facts.Flags.Should().Contain(RedFlagIds.Neuro, true);
        facts.Timing.Should().Be(PainTiming.Morning);
        facts.StandingWork.Should().BeFalse();
    }

    [Fact]
    public void Extract_LongEnglishStoryHidingNightPain_RestPainFound()
    {
        const string text = "So I started couch to 5k in January and at first everything was fine, then my left heel started aching " +
            "after runs. I rested for a week, bought new shoes, the usual. Lately though it wakes me up at night which is new.";

        var facts = Extractor.Read(text, "en");

        facts.Flags.Should().Contain(RedFlagIds.RestPain, true);
        facts.Runner.Should().BeTrue();
        facts.Timing.Should().Be(PainTiming.Rest);
    }

    [Fact]
    public void Extract_ThirdPersonChild_ChildAgeAndLimp()
    {
        var facts = Extractor.Read("Min datter på 9 har haft ondt i hælen efter fodbold i 2 uger og halter lidt", "da");

        facts.Age.Should().Be(9);
        facts.Flags.Should().Contain(RedFlagIds.Child, true);
        facts.Flags.Should().Contain(SignIds.Limp, true);
        facts.DurationWeeks.Should().BeApproximately(2, 1e-9);
        facts.Timing.Should().Be(PainTiming.AfterActivity);
    }

    [Fact]
    public void Extract_ThirdPersonAdult_FactsBelongToPatient()
    {
        var facts = Extractor.Read("Min mand er sygeplejerske og står op hele dagen. Han har ondt bag på hælen og den er hævet.", "da");

        facts.StandingWork.Should().BeTrue();
        facts.Location.Should().Be(HeelLocation.Behind);
        facts.Flags.Should().Contain(RedFlagIds.Infection, true);
    }

    [Fact]
    public void Extract_EnglishWifeInjury_TraumaAndWeightBearing()
    {
        var facts = Extractor.Read("My wife jumped off a wall yesterday, landed hard on her heel and can't put weight on it", "en");

        facts.Flags.Should().Contain(RedFlagIds.Trauma, true);
        facts.Flags.Should().Contain(SignIds.CannotBearWeight, true);
        facts.DurationWeeks.Should().BeApproximately(1 / 7.0, 1e-9);
    }

    [Fact]
    public void Extract_EmojiCapitalsStretchedLetters_StillRead()
    {
        var facts = Extractor.Read("ONDTTTT under hælen 😭😭 og FEBER!!! 🤒", "da");

        facts.Location.Should().Be(HeelLocation.Under);
        facts.Flags.Should().Contain(SignIds.Fever, true);
    }

    [Fact]
    public void Extract_DanishWithoutDanishLetters_StillRead()
    {
        var facts = Extractor.Read("ondt under haelen om morgnen, den er haevet og kan ikke stotte paa den", "da");

        facts.Location.Should().Be(HeelLocation.Under);
        facts.Timing.Should().Be(PainTiming.Morning);
        facts.Flags.Should().Contain(RedFlagIds.Infection, true);
        facts.Flags.Should().Contain(SignIds.CannotBearWeight, true);
    }

    [Fact]
    public void Extract_RunnerWithHistoryAndFailedSelfCare_Facts()
    {
        var facts = Extractor.Read("Jeg løber maraton og har haft det samme før. Har prøvet alt, intet hjælper, vil gerne booke en tid", "da");

        facts.Runner.Should().BeTrue();
        facts.Recurring.Should().BeTrue();
        facts.SelfCareFailed.Should().BeTrue();
        facts.WantsBooking.Should().BeTrue();
    }

    [Theory]
    [InlineData("jeg løber 3 gange om ugen", "da", "runner", true)]
    [InlineData("jeg løber ikke", "da", "runner", false)]
    [InlineData("jeg jogger en gang imellem", "da", "runner", true)]
    [InlineData("det løber ned i benet", "da", "runner", null)]
    [InlineData("jeg er frisør", "da", "standing", true)]
    [InlineData("jeg arbejder på et lager", "da", "standing", true)]
    [InlineData("jeg har kontorarbejde og sidder ned hele dagen", "da", "standing", false)]
    [InlineData("det er kommet igen", "da", "recurring", true)]
    [InlineData("det er første gang", "da", "recurring", null)]
    [InlineData("øvelserne hjælper ikke", "da", "selfcare", true)]
    [InlineData("jeg vil gerne bestille tid", "da", "booking", true)]
    [InlineData("jeg vil ikke booke noget", "da", "booking", false)]
    [InlineData("I go running most days", "en", "runner", true)]
    [InlineData("I don't run", "en", "runner", false)]
    [InlineData("I'm a nurse", "en", "standing", true)]
    [InlineData("I have a desk job", "en", "standing", false)]
    [InlineData("it keeps coming back", "en", "recurring", true)]
    [InlineData("stretching didn't help", "en", "selfcare", true)]
    [InlineData("can I book an appointment?", "en", "booking", true)]
    [InlineData("min søn spiller fodbold 4 gange om ugen", "da", "runner", true)]
    [InlineData("Har haft det i 3 år, det kommer og går", "da", "recurring", true)]
    [InlineData("har prøvet alt, intet hjælper, vil gerne booke en tid", "da", "booking", true)]
    public void Extract_ActivityFacts_Expected(string text, string language, string fact, bool? expected)
    {
        var facts = Extractor.Read(text, language);

        var actual = fact switch
        {
            "runner" => facts.Runner,
            "standing" => facts.StandingWork,
            "recurring" => facts.Recurring,
            "selfcare" => facts.SelfCareFailed,
            "booking" => facts.WantsBooking,
            _ => throw new ArgumentOutOfRangeException(nameof(fact)),
        };
        actual.Should().Be(expected);
    }

    [Fact]
    public void Extract_Evidence_PointsAtTheWords()
    {
        const string text = "ingen feber, men hælen er hævet";
        var facts = Extractor.Read(text, "da");

        var evidence = facts.Evidence.Should().Contain(e => e.Fact == RedFlagIds.Infection && e.Value == "present").Subject;
        text[evidence.Start..(evidence.End + 1)].Should().Be("hævet");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("👍")]
    [InlineData("hej")]
    [InlineData("tak for hjælpen")]
    public void Extract_NothingToRead_Empty(string text) => Extractor.Read(text, "da").IsEmpty.Should().BeTrue();

    [Fact]
    public void Extract_UnknownLanguage_FallsBackToDanish() =>
        Extractor.Read("ondt under hælen", "de").Location.Should().Be(HeelLocation.Under);
}
