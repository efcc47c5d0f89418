using HeelBot.Dialogs.Triage;
using HeelBot.Dialogs.Understanding;

namespace HeelBot.Dialogs.Tests.Understanding;

/// <summary>Messages that were read wrongly once, each with the reading that is right. Today is 2026-11-22.</summary>
public sealed class FactExtractorReportedCasesTests
{
    [Fact]
    public void Extract_AfterTheFall_InjuryNotAutumn()
    {
        var facts = Read("my foot went cold and blue after the fall", "en");

        facts.DurationWeeks.Should().BeNull("'after the fall' is an injury, not a season to count from");
        facts.Flags.Should().Contain(RedFlagIds.Trauma, true).And.Contain(SignIds.ColdPaleFoot, true);
    }

    [Theory]
    [InlineData("my phone number is 12 34 56 78")]
    [InlineData("my CPR number is on the card")]
    [InlineData("the numbers on the scale went up")]
    public void Extract_TheWordNumber_NotNumbness(string message) =>
        Read(message, "en").Flags.Should().NotContainKey(RedFlagIds.Neuro, "a number is not numbness");

    [Fact]
    public void Extract_NumbAfterANumber_StillNumbness() =>
        Read("my phone number is 12345678 and my heel feels numb", "en").Flags.Should().Contain(RedFlagIds.Neuro, true);

    [Fact]
    public void Extract_EfterFaldet_InjuryNotAutumn()
    {
        var facts = Read("efter faldet er foden kold", "da");

        facts.DurationWeeks.Should().BeNull();
        facts.Flags.Should().Contain(RedFlagIds.Trauma, true).And.Contain(SignIds.ColdPaleFoot, true);
    }

    [Fact]
    public void Extract_PainBehindAndWoundUnder_PainPlaceWins()
    {
        var facts = Read("Min mand har haft ondt bag i hælen siden sommer, han har sukkersyge og et sår under foden", "da");

        facts.Location.Should().Be(HeelLocation.Behind, "the place of the pain, not of the wound");
        facts.DurationWeeks.Should().BeApproximately(174 / 7.0, 1e-9);
        facts.Flags.Should().Contain(RedFlagIds.Diabetes, true).And.Contain(SignIds.Wound, true);
    }

    [Fact]
    public void Extract_WoundPlaceOnly_NoLocation() =>
        Read("der er et sår under foden", "da").Location.Should().BeNull("the place of a wound says nothing of where it hurts");

    [Fact]
    public void Extract_LostWeightAndFeelOff_SystemicNoTrauma()
    {
        var facts = Read("I've lost a lot of weight without trying and feel off", "en");

        facts.Flags.Should().Contain(RedFlagIds.Systemic, true);
        facts.Flags.Should().NotContainKey(RedFlagIds.Trauma);
        facts.Unclear.Should().NotContain(RedFlagIds.Trauma, "'feel' is not 'fell'");
    }

    [Theory]
    [InlineData("16 år eller ældre", "da", false)]
    [InlineData("Under 16 år", "da", true)]
    [InlineData("16 or older", "en", false)]
    [InlineData("Under 16", "en", true)]
    public void Extract_AgeGroupAnswer_ChildFlagNoDuration(string text, string language, bool child)
    {
        var facts = Read(text, language);

        facts.DurationWeeks.Should().BeNull($"'{text}' is an age group, not 16 years of pain");
        facts.Age.Should().BeNull("an age group gives no exact age");
        facts.Flags.Should().Contain(RedFlagIds.Child, child);
    }

    [Fact]
    public void Extract_UnderEighteen_ChildAsked()
    {
        var facts = Read("han er under 18", "da");

        facts.Unclear.Should().Contain(RedFlagIds.Child, "16 or 17 is under 18 but no child");
        facts.Flags.Should().NotContainKey(RedFlagIds.Child);
    }

    [Fact]
    public void Extract_BloodClotQuestion_AtMostUnclear()
    {
        var facts = Read("kan det være en blodprop?", "da");

        facts.Flags.Should().BeEmpty();
        facts.Unclear.Should().Contain(SignIds.ColdPaleFoot);
    }

    [Fact]
    public void Extract_DurationCorrected_LaterSpanWins() =>
        Read("har haft ondt i 2 måneder, nej undskyld 2 uger", "da").DurationWeeks.Should().BeApproximately(2, 1e-9);

    [Fact]
    public void Extract_DurationCorrectedWithBareNumber_UnitCarriedOver() =>
        Read("it's been 3 weeks, no wait, more like 5", "en").DurationWeeks.Should().BeApproximately(5, 1e-9);

    [Fact]
    public void Extract_SpanOfAFever_NotThePain() =>
        Read("I have had a fever for two days and the heel is red", "en").DurationWeeks.Should().BeNull("two days is how long the fever lasted");

    [Fact]
    public void Extract_QuestionAfterMention_MentionStands() =>
        Read("min hæl er hævet 😭 er det farligt?", "da").Flags.Should().Contain(RedFlagIds.Infection, true);

    private static ExtractedFacts Read(string text, string language) =>
        Extractor.Instance.Extract(text, language, Extractor.CorpusToday);
}
