using HeelBot.Dialogs.Triage;
using static HeelBot.Dialogs.Triage.RedFlagIds;
using static HeelBot.Dialogs.Triage.SignIds;

namespace HeelBot.Dialogs.Tests.Triage;

/// <summary>
/// Invariants over thousands of generated facts. The generator is seeded, so a failure reproduces; the
/// failing facts are printed in the assertion message.
/// </summary>
public sealed class TriageRulesPropertyTests
{
    private static readonly int Seed = 20261101;
    private static readonly int CasesPerFamily = 3000;

    private static readonly double?[] Durations = [null, 0, 0.5, 2, 6, 6.01, 6.5, 11.99, 12, 12.5, 52, double.NaN];
    private static readonly int?[] AdultAges = [null, 16, 17, 30, 64, 90];

    private static readonly string[] UrgentOnTheirOwn = [Infection, Rupture, Severe];
    private static readonly string[] DoctorOnTheirOwn = [Neuro, RestPain, Systemic, Inflammatory, StressFracture, Diabetes];

    [Fact]
    public void Decide_NoRedFlagAndNoSignPresent_NeverEmergencyOrUrgent()
    {
        var random = new Random(Seed);

        for (var i = 0; i < CasesPerFamily; i++)
        {
            var facts = Generate(random, allowPresent: false);

            var decision = TriageRules.Decide(facts);

            decision.Disposition.Should().BeOneOf(
                [Disposition.Doctor, Disposition.Clinic, Disposition.SelfCare], Describe(facts));
            decision.RedFlags.Should().BeEmpty(Describe(facts));
        }
    }

    [Fact]
    public void Decide_NoRedFlagAndNoSignPresent_MatchesTheSimpleOracle()
    {
        var random = new Random(Seed + 1);

        for (var i = 0; i < CasesPerFamily; i++)
        {
            var facts = Generate(random, allowPresent: false);
            var weeks = facts.DurationWeeks;
            var expected =
                facts.SelfCareFailed == true && weeks >= 12 ? Disposition.Doctor
                : weeks > 6 || facts.Recurring == true || facts.WantsBooking == true ? Disposition.Clinic
                : Disposition.SelfCare;

            TriageRules.Decide(facts).Disposition.Should().Be(expected, Describe(facts));
        }
    }

    [Fact]
    public void Decide_AnyUrgentLevelFlag_NeverLessUrgentThanUrgent()
    {
        var random = new Random(Seed + 2);
        var checkedCases = 0;

        for (var i = 0; i < CasesPerFamily; i++)
        {
            var facts = Generate(random, allowPresent: true);
            if (!HasUrgentLevelFlag(facts))
            {
                continue;
            }

            checkedCases++;
            TriageRules.Decide(facts).Disposition.Should().BeOneOf(
                [Disposition.Emergency, Disposition.Urgent], Describe(facts));
        }

        checkedCases.Should().BeGreaterThan(CasesPerFamily / 2, "the generator must exercise urgent-level flags");
    }

    [Fact]
    public void Decide_GeneratedFacts_StructuralInvariantsHold()
    {
        var random = new Random(Seed + 3);

        for (var i = 0; i < CasesPerFamily; i++)
        {
            var facts = Generate(random, allowPresent: i % 4 != 0);
            var because = Describe(facts);

            var decision = TriageRules.Decide(facts);

            decision.Fired.Should().NotBeEmpty(because);
            decision.Fired.Select(rule => rule.Disposition).Should().BeInAscendingOrder(because);
            decision.Disposition.Should().Be(decision.Fired[0].Disposition, because);
            decision.RedFlags.Should().Equal(RedFlagIds.All.Where(decision.RedFlags.Contains), because);
            decision.WatchFor.Should().Equal(RedFlagIds.Asked.Where(id => !decision.RedFlags.Contains(id)), because);

            var seekCareNow = decision.Disposition is Disposition.Emergency or Disposition.Urgent;
            (decision.Sections.Count == 0).Should().Be(seekCareNow, because);

            if (facts.Has(ColdPaleFoot))
            {
                decision.Disposition.Should().Be(Disposition.Emergency, because);
            }

            if (DoctorOnTheirOwn.Any(facts.Has))
            {
                decision.Disposition.Should().BeOneOf([Disposition.Emergency, Disposition.Urgent, Disposition.Doctor], because);
            }

            if (decision.RedFlags.Count > 0)
            {
                decision.Disposition.Should().NotBe(Disposition.SelfCare, because);
            }
        }
    }

    private static bool HasUrgentLevelFlag(TriageFacts facts) =>
        UrgentOnTheirOwn.Any(facts.Has)
        || (facts.Has(Trauma) && facts.Has(CannotBearWeight))
        || (facts.Has(Diabetes) && facts.Has(Wound));

    /// <summary>
    /// Random facts. With <paramref name="allowPresent"/> false no red flag or sign is present (each is unknown
    /// or denied) and the age is adult or unknown, since an age under 16 is itself the child red flag.
    /// </summary>
    private static TriageFacts Generate(Random random, bool allowPresent)
    {
        var flags = new Dictionary<string, bool>();
        foreach (var id in RedFlagIds.All.Concat(SignIds.All))
        {
            switch (random.Next(allowPresent ? 3 : 2))
            {
                case 0:
                    break; // unknown
                case 1:
                    flags[id] = false;
                    break;
                default:
                    flags[id] = true;
                    break;
            }
        }

        return new TriageFacts
        {
            Location = Pick(random, [null, .. Enum.GetValues<HeelLocation>().Cast<HeelLocation?>()]),
            Timing = Pick(random, [null, .. Enum.GetValues<PainTiming>().Cast<PainTiming?>()]),
            DurationWeeks = random.Next(4) == 0 ? random.NextDouble() * 60 : Pick(random, Durations),
            Age = allowPresent ? Pick<int?>(random, [null, 4, 10, 15, 16, 40]) : Pick(random, AdultAges),
            Runner = TriState(random),
            StandingWork = TriState(random),
            Recurring = TriState(random),
            SelfCareFailed = TriState(random),
            WantsBooking = TriState(random),
            Flags = flags,
        };
    }

    private static bool? TriState(Random random) => Pick<bool?>(random, [null, true, false]);

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private static string Describe(TriageFacts facts) =>
        $"facts: location={facts.Location}, timing={facts.Timing}, weeks={facts.DurationWeeks}, age={facts.Age}, "
        + $"runner={facts.Runner}, standing={facts.StandingWork}, recurring={facts.Recurring}, "
        + $"selfCareFailed={facts.SelfCareFailed}, booking={facts.WantsBooking}, flags=["
        + string.Join(", ", facts.Flags.Select(flag => $"{flag.Key}={flag.Value}")) + "]";
}
