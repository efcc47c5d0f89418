using BenchmarkDotNet.Attributes;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Benchmarks;

/// <summary><see cref="TriageRules.Decide"/>, the pure function from facts to a disposition, on three typical fact sets.</summary>
public class TriageBenchmarks
{
    private static readonly TriageFacts SelfCare = new()
    {
        Location = HeelLocation.Under,
        Timing = PainTiming.Morning,
        DurationWeeks = 3,
        Age = 45,
        Runner = true,
        Flags = NoRedFlags(),
    };

    private static readonly TriageFacts Urgent = SelfCare.WithFlag(RedFlagIds.Infection, true);

    private static readonly TriageFacts Child = SelfCare with { Age = 11, DurationWeeks = 8 };

    [Benchmark(Baseline = true)]
    public TriageDecision DecideSelfCare() => TriageRules.Decide(SelfCare);

    [Benchmark]
    public TriageDecision DecideUrgentInfection() => TriageRules.Decide(Urgent);

    [Benchmark]
    public TriageDecision DecideChildOverSixWeeks() => TriageRules.Decide(Child);

    private static Dictionary<string, bool> NoRedFlags() => new()
    {
        [RedFlagIds.Infection] = false,
        [RedFlagIds.Trauma] = false,
        [RedFlagIds.Rupture] = false,
        [RedFlagIds.Neuro] = false,
        [RedFlagIds.Diabetes] = false,
        [RedFlagIds.RestPain] = false,
        [RedFlagIds.Systemic] = false,
        [RedFlagIds.Inflammatory] = false,
        [RedFlagIds.StressFracture] = false,
        [RedFlagIds.Severe] = false,
    };
}
