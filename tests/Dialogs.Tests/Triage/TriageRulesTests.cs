using HeelBot.Dialogs.Triage;
using static HeelBot.Dialogs.Triage.RedFlagIds;
using static HeelBot.Dialogs.Triage.SignIds;

namespace HeelBot.Dialogs.Tests.Triage;

public sealed class TriageRulesTests
{
    public static TheoryData<string> CaseNames => TriageCaseTable.Names();

    public static TheoryData<string> RedFlagsAndSigns => [.. RedFlagIds.All, .. SignIds.All];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decide_CaseTable_ReturnsExpectedDispositionAndDecidingRule(string name)
    {
        var triageCase = TriageCaseTable.Get(name);

        var decision = TriageRules.Decide(triageCase.Facts);

        decision.Disposition.Should().Be(triageCase.Expected);
        decision.DecidingRule.Id.Should().Be(triageCase.DecidingRuleId);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decide_CaseTable_FiredIsDistinctMostUrgentFirstAndFirstDecides(string name)
    {
        var decision = TriageRules.Decide(TriageCaseTable.Get(name).Facts);

        decision.Fired.Should().NotBeEmpty();
        decision.Fired.Should().OnlyHaveUniqueItems();
        decision.Fired.Select(rule => rule.Disposition).Should().BeInAscendingOrder();
        decision.Fired[0].Should().BeSameAs(decision.DecidingRule);
        decision.Fired[0].Disposition.Should().Be(decision.Disposition);
        decision.RulesVersion.Should().Be(TriageRuleBook.Version);
    }

    [Fact]
    public void Decide_CaseTable_EveryRuleInTheBookFiresInSomeCase()
    {
        var firedIds = TriageCaseTable.Cases
            .SelectMany(triageCase => TriageRules.Decide(triageCase.Facts).Fired)
            .Select(rule => rule.Id)
            .ToHashSet();

        TriageRuleBook.All.Select(rule => rule.Id).Should().BeSubsetOf(firedIds);
    }

    [Fact]
    public void Decide_CaseTable_EveryRuleInTheBookDecidesSomeCase()
    {
        // Stronger than firing: no rule is always shadowed by a more urgent one.
        var decidingIds = TriageCaseTable.Cases.Select(triageCase => triageCase.DecidingRuleId).ToHashSet();

        TriageRuleBook.All.Select(rule => rule.Id).Should().BeSubsetOf(decidingIds);
    }

    [Fact]
    public void Decide_NeuroAndInfection_FiresBothUrgentFirst()
    {
        var decision = TriageRules.Decide(TestFacts.With(Neuro, Infection));

        decision.Fired.Select(rule => rule.Id).Should().Equal("R-URGENT-INFECTION", "R-DOCTOR-NEURO");
    }

    [Fact]
    public void Decide_ManyRules_FiredInRuleBookOrderWithinDisposition()
    {
        var facts = TestFacts.With(Severe, Rupture, Systemic, Neuro) with { DurationWeeks = 10, Recurring = true };

        var decision = TriageRules.Decide(facts);

        decision.Fired.Select(rule => rule.Id).Should().Equal(
            "R-URGENT-RUPTURE",
            "R-URGENT-SEVERE",
            "R-DOCTOR-NEURO",
            "R-DOCTOR-SYSTEMIC",
            "R-CLINIC-OVER-6W",
            "R-CLINIC-RECURRING");
    }

    [Fact]
    public void Decide_ColdFootWithEveryOtherFact_StillEmergencyAndEveryApplicableRuleFires()
    {
        var facts = TestFacts.With(ColdPaleFoot, Neuro) with { DurationWeeks = 8, WantsBooking = true };

        var decision = TriageRules.Decide(facts);

        decision.Fired.Select(rule => rule.Id).Should().Equal(
            "R-EMERG-COLDFOOT", "R-DOCTOR-NEURO", "R-CLINIC-OVER-6W", "R-CLINIC-BOOKING");
    }

    [Fact]
    public void Decide_DiabetesWithWound_DoesNotAlsoFireTheDiabetesDoctorRule()
    {
        var decision = TriageRules.Decide(TestFacts.With(Diabetes, Wound));

        decision.Fired.Select(rule => rule.Id).Should().Equal("R-URGENT-DIABETES-WOUND");
    }

    [Fact]
    public void Decide_ChildWithFever_DoesNotAlsoFireTheChildClinicRule()
    {
        var decision = TriageRules.Decide(TestFacts.With(Fever) with { Age = 9 });

        decision.Fired.Select(rule => rule.Id).Should().Equal("R-DOCTOR-CHILD-FEVER");
    }

    [Theory]
    [MemberData(nameof(RedFlagsAndSigns))]
    public void Decide_OnlyThisFlagDenied_SelfCareWithNothingElseFiring(string id)
    {
        var decision = TriageRules.Decide(TestFacts.Denying(id));

        decision.Disposition.Should().Be(Disposition.SelfCare);
        decision.Fired.Select(rule => rule.Id).Should().Equal("R-SELFCARE");
        decision.RedFlags.Should().BeEmpty();
    }

    [Fact]
    public void Decide_EveryFlagAndSignDenied_SelfCare()
    {
        var decision = TriageRules.Decide(TestFacts.Denying([.. RedFlagIds.All, .. SignIds.All]) with { Age = 40 });

        decision.Disposition.Should().Be(Disposition.SelfCare);
        decision.Fired.Select(rule => rule.Id).Should().Equal("R-SELFCARE");
    }

    [Theory]
    [InlineData(Infection, HighFeverUnwell, Disposition.Urgent)]
    [InlineData(Trauma, Deformity, Disposition.Clinic)]
    [InlineData(Trauma, CannotBearWeight, Disposition.Clinic)]
    [InlineData(Diabetes, Wound, Disposition.Doctor)]
    public void Decide_RedFlagWithItsSignDenied_SignDoesNotSharpenIt(string flag, string sign, Disposition expected)
    {
        var decision = TriageRules.Decide(TestFacts.With(flag).AndDenying(sign));

        decision.Disposition.Should().Be(expected);
    }

    [Theory]
    [InlineData(HighFeverUnwell, Infection)]
    [InlineData(Deformity, Trauma)]
    [InlineData(CannotBearWeight, Trauma)]
    [InlineData(Wound, Diabetes)]
    public void Decide_SignWithItsRedFlagDenied_SelfCare(string sign, string flag)
    {
        var decision = TriageRules.Decide(TestFacts.With(sign).AndDenying(flag));

        decision.Disposition.Should().Be(Disposition.SelfCare);
    }

    [Theory]
    [InlineData("fever")]
    [InlineData("Infection")]
    [InlineData("INFECTION")]
    [InlineData("sign.cold_foot")]
    [InlineData("redflag.infection")]
    [InlineData("")]
    public void Decide_UnknownFlagId_NeverFires(string id)
    {
        var decision = TriageRules.Decide(TestFacts.With(id));

        decision.Disposition.Should().Be(Disposition.SelfCare);
        decision.RedFlags.Should().BeEmpty();
    }

    [Fact]
    public void Decide_NothingKnown_NoRedFlagsAndWatchForEveryAskedFlag()
    {
        var decision = TriageRules.Decide(new TriageFacts());

        decision.RedFlags.Should().BeEmpty();
        decision.WatchFor.Should().Equal(RedFlagIds.Asked);
    }

    [Fact]
    public void Decide_FlagsGivenInReverseOrder_RedFlagsInRedFlagIdsOrder()
    {
        var facts = TestFacts.With(Severe, StressFracture, Neuro, Trauma, Infection);

        var decision = TriageRules.Decide(facts);

        decision.RedFlags.Should().Equal(Infection, Trauma, Neuro, StressFracture, Severe);
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(8, true)]
    [InlineData(0, true)]
    [InlineData(16, false)]
    [InlineData(70, false)]
    public void Decide_Age_ChildRedFlagPresentOnlyUnder16(int age, bool expectChild)
    {
        var decision = TriageRules.Decide(new TriageFacts { Age = age });

        decision.RedFlags.Contains(Child).Should().Be(expectChild);
    }

    [Fact]
    public void Decide_ChildWithRestPain_ChildComesLastInRedFlags()
    {
        var decision = TriageRules.Decide(TestFacts.With(RestPain) with { Age = 10 });

        decision.RedFlags.Should().Equal(RestPain, Child);
    }

    [Fact]
    public void Decide_SomeFlagsPresentSomeDenied_WatchForIsTheAskedFlagsNotPresent()
    {
        var facts = TestFacts.With(Neuro, Trauma).AndDenying(Infection, Severe);

        var decision = TriageRules.Decide(facts);

        decision.WatchFor.Should().NotContain([Neuro, Trauma]);
        decision.WatchFor.Should().Contain([Infection, Severe], "a denied flag can still appear later");
        decision.WatchFor.Should().Equal(RedFlagIds.Asked.Except([Neuro, Trauma]));
    }

    [Fact]
    public void Decide_Child_WatchForNeverListsChild()
    {
        var decision = TriageRules.Decide(new TriageFacts { Age = 20 });

        decision.WatchFor.Should().NotContain(Child);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Decide_CaseTable_RedFlagsAndWatchForNeverOverlap(string name)
    {
        var decision = TriageRules.Decide(TriageCaseTable.Get(name).Facts);

        decision.WatchFor.Intersect(decision.RedFlags).Should().BeEmpty();
        decision.WatchFor.Concat(decision.RedFlags).Should().BeSubsetOf(RedFlagIds.All);
    }

    [Fact]
    public void Decide_SameFacts_SameDecisionAndFactsUnchanged()
    {
        var facts = TestFacts.With(Neuro).AndDenying(Infection) with { DurationWeeks = 8, Location = HeelLocation.Under };
        var flagsBefore = facts.Flags.ToDictionary();

        var first = TriageRules.Decide(facts);
        var second = TriageRules.Decide(facts);

        second.Disposition.Should().Be(first.Disposition);
        second.Fired.Should().Equal(first.Fired);
        second.Sections.Should().Equal(first.Sections);
        second.WatchFor.Should().Equal(first.WatchFor);
        facts.Flags.Should().Equal(flagsBefore);
    }

    [Fact]
    public void Decide_NullFacts_Throws()
    {
        var act = () => TriageRules.Decide(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
