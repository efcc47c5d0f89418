using HeelBot.Dialogs.Content;
using HeelBot.Dialogs.Triage;
using static HeelBot.Dialogs.Content.AdviceSectionIds;
using static HeelBot.Dialogs.Triage.RedFlagIds;

namespace HeelBot.Dialogs.Tests.Triage;

public sealed class TriageSectionsTests
{
    public static TheoryData<string> CaseNames => TriageCaseTable.Names();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decide_CaseTable_SectionsEmptyExactlyForEmergencyAndUrgent(string name)
    {
        var decision = TriageRules.Decide(TriageCaseTable.Get(name).Facts);

        if (decision.Disposition is Disposition.Emergency or Disposition.Urgent)
        {
            decision.Sections.Should().BeEmpty("seek-care must never be buried under advice");
        }
        else
        {
            decision.Sections.Should().NotBeEmpty();
            decision.Sections.Should().OnlyHaveUniqueItems();
            decision.Sections.Should().BeSubsetOf(AdviceSectionIds.All);
        }
    }

    [Fact]
    public void Decide_UrgentRunnerWithLocation_NoSections()
    {
        var facts = TestFacts.With(Infection) with { Location = HeelLocation.Under, Runner = true, DurationWeeks = 10 };

        TriageRules.Decide(facts).Sections.Should().BeEmpty();
    }

    [Fact]
    public void Decide_RunnerMorningPainUnderHeel_RunningAdviceEarlyAndRolling()
    {
        var facts = new TriageFacts
        {
            Location = HeelLocation.Under,
            Timing = PainTiming.Morning,
            Runner = true,
            DurationWeeks = 3,
        };

        var sections = TriageRules.Decide(facts).Sections;

        sections.Should().Equal(
            AboutPlantarFasciitis, Offloading, RunningReturn, Exercises, ShoesInsoles, MassageRolling, PreventRelapse);
    }

    [Fact]
    public void Decide_StandingWorkerPainBehindHeel_StandingAdviceEarlyAndNoRolling()
    {
        var facts = new TriageFacts
        {
            Location = HeelLocation.Behind,
            Timing = PainTiming.AfterActivity,
            StandingWork = true,
            DurationWeeks = 3,
        };

        var sections = TriageRules.Decide(facts).Sections;

        sections.Should().Equal(AboutAchillesBursitis, Offloading, StandingWork, Exercises, ShoesInsoles, PreventRelapse);
    }

    [Fact]
    public void Decide_RunnerUnderVersusStandingWorkerBehind_DifferentLists()
    {
        var runner = new TriageFacts { Location = HeelLocation.Under, Timing = PainTiming.Morning, Runner = true, StandingWork = false };
        var worker = new TriageFacts { Location = HeelLocation.Behind, Timing = PainTiming.Morning, Runner = false, StandingWork = true };

        var runnerSections = TriageRules.Decide(runner).Sections;
        var workerSections = TriageRules.Decide(worker).Sections;

        runnerSections.Should().NotEqual(workerSections);
        runnerSections.Should().Contain(RunningReturn).And.NotContain(StandingWork);
        workerSections.Should().Contain(StandingWork).And.NotContain(RunningReturn);
    }

    [Theory]
    [InlineData(HeelLocation.Under, AboutPlantarFasciitis)]
    [InlineData(HeelLocation.Behind, AboutAchillesBursitis)]
    [InlineData(HeelLocation.Whole, AboutHeelPad)]
    [InlineData(HeelLocation.Pad, AboutHeelPad)]
    [InlineData(HeelLocation.Unsure, AboutPlantarFasciitis)]
    [InlineData(null, AboutPlantarFasciitis)]
    public void Decide_Location_AboutSectionFirstAndOnlyOne(HeelLocation? location, string expected)
    {
        var sections = TriageRules.Decide(new TriageFacts { Location = location }).Sections;

        sections[0].Should().Be(expected);
        sections.Where(id => id.StartsWith("about-", StringComparison.Ordinal)).Should().ContainSingle();
        sections[1].Should().Be(Offloading);
    }

    [Theory]
    [InlineData(HeelLocation.Under, true)]
    [InlineData(HeelLocation.Whole, true)]
    [InlineData(HeelLocation.Pad, true)]
    [InlineData(HeelLocation.Behind, false)]
    [InlineData(HeelLocation.Unsure, false)]
    [InlineData(null, false)]
    public void Decide_Location_MassageRollingOnlyUnderTheHeel(HeelLocation? location, bool expected)
    {
        var sections = TriageRules.Decide(new TriageFacts { Location = location }).Sections;

        sections.Contains(MassageRolling).Should().Be(expected);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(2.0, false)]
    [InlineData(6.0, false)]
    [InlineData(6.5, true)]
    [InlineData(30.0, true)]
    public void Decide_Duration_BeyondSelfCareOnlyAfterSixWeeks(double? weeks, bool expected)
    {
        var sections = TriageRules.Decide(new TriageFacts { DurationWeeks = weeks }).Sections;

        sections.Contains(BeyondSelfCare).Should().Be(expected);
    }

    [Theory]
    [InlineData(Neuro)]
    [InlineData(RestPain)]
    [InlineData(Systemic)]
    [InlineData(Inflammatory)]
    [InlineData(StressFracture)]
    [InlineData(Diabetes)]
    public void Decide_DoctorWithinSixWeeks_IncludesBeyondSelfCare(string flag)
    {
        var decision = TriageRules.Decide(TestFacts.With(flag) with { DurationWeeks = 2 });

        decision.Disposition.Should().Be(Disposition.Doctor);
        decision.Sections.Should().Contain(BeyondSelfCare);
    }

    [Fact]
    public void Decide_NotRecurring_PreventRelapseLast()
    {
        var sections = TriageRules.Decide(new TriageFacts { Location = HeelLocation.Under, DurationWeeks = 8 }).Sections;

        sections[^1].Should().Be(PreventRelapse);
    }

    [Fact]
    public void Decide_Recurring_PreventRelapseRightAfterExercises()
    {
        var facts = new TriageFacts { Location = HeelLocation.Under, Recurring = true, DurationWeeks = 8 };

        var sections = TriageRules.Decide(facts).Sections;

        sections.Should().Equal(
            AboutPlantarFasciitis, Offloading, Exercises, PreventRelapse, ShoesInsoles, MassageRolling, BeyondSelfCare);
    }

    [Fact]
    public void Decide_StressFractureInARunner_OffloadingFirstNoRunningReturnNoRolling()
    {
        var facts = TestFacts.With(StressFracture) with { Location = HeelLocation.Under, Runner = true };

        var decision = TriageRules.Decide(facts);

        decision.Disposition.Should().Be(Disposition.Doctor);
        decision.Sections[0].Should().Be(Offloading);
        decision.Sections.Should().NotContain(RunningReturn).And.NotContain(MassageRolling);
        decision.Sections.Should().Equal(
            Offloading, AboutPlantarFasciitis, Exercises, ShoesInsoles, BeyondSelfCare, PreventRelapse);
    }

    [Fact]
    public void Decide_StressFractureDenied_RunnerKeepsRunningReturn()
    {
        var facts = TestFacts.Denying(StressFracture) with { Location = HeelLocation.Under, Runner = true };

        var sections = TriageRules.Decide(facts).Sections;

        sections.Should().Contain(RunningReturn);
        sections[0].Should().Be(AboutPlantarFasciitis);
    }

    [Fact]
    public void Decide_RunnerAndStandingWorker_BothEarlyBeforeExercises()
    {
        var facts = new TriageFacts { Location = HeelLocation.Pad, Runner = true, StandingWork = true };

        var sections = TriageRules.Decide(facts).Sections;

        sections.Should().Equal(
            AboutHeelPad, Offloading, RunningReturn, StandingWork, Exercises, ShoesInsoles, MassageRolling, PreventRelapse);
    }

    [Fact]
    public void Decide_RunnerUnknownOrNo_NoRunningReturn()
    {
        TriageRules.Decide(new TriageFacts { Runner = false }).Sections.Should().NotContain(RunningReturn);
        TriageRules.Decide(new TriageFacts()).Sections.Should().NotContain(RunningReturn);
        TriageRules.Decide(new TriageFacts { StandingWork = false }).Sections.Should().NotContain(StandingWork);
    }

    [Fact]
    public void AdviceSectionIds_All_UniqueAndMatchTheContentContract()
    {
        AdviceSectionIds.All.Should().OnlyHaveUniqueItems();
        AdviceSectionIds.All.Should().BeEquivalentTo(
            "about-plantar-fasciitis", "about-achilles-bursitis", "about-heel-pad", "offloading", "shoes-insoles",
            "exercises", "running-return", "standing-work", "massage-rolling", "beyond-selfcare", "prevent-relapse");
    }
}
