using System.Globalization;
using HeelBot.Dialogs.Triage;
using HeelBot.Dialogs.Understanding;

namespace HeelBot.Dialogs.Tests.Understanding;

/// <summary>
/// The facts a corpus row expects, written compactly so a table of real messages stays readable:
/// <c>loc=under tim=morning dur=3 age=9 run=1 stand=0 rec=1 scf=1 book=1 +infection -fever ?trauma none</c>.
/// Every fact left out must be absent: no location, no timing, no duration, no age, no flag present or denied
/// beyond those listed. <c>+id</c> present, <c>-id</c> denied (the exact set), <c>?id</c> at least unclear,
/// <c>none</c> "none of the red flags". Short ids: fever, cold, wound, nowalk, limp, deform, hfu.
/// </summary>
internal sealed record ExpectedFacts(IReadOnlyDictionary<string, string> Values, ISet<string> Present, ISet<string> Denied, ISet<string> Unclear, bool DeniesAll)
{
    private static readonly Dictionary<string, string> ShortIds = new(StringComparer.Ordinal)
    {
        ["fever"] = SignIds.Fever,
        ["cold"] = SignIds.ColdPaleFoot,
        ["wound"] = SignIds.Wound,
        ["nowalk"] = SignIds.CannotBearWeight,
        ["limp"] = SignIds.Limp,
        ["deform"] = SignIds.Deformity,
        ["hfu"] = SignIds.HighFeverUnwell,
    };

    private static readonly string[] Keys = ["loc", "tim", "dur", "age", "run", "stand", "rec", "scf", "book"];

    /// <summary>How far a duration may be from the expected weeks (two decimals are written).</summary>
    private const double WeeksTolerance = 0.02;

    public static ExpectedFacts Parse(string expected)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var denied = new HashSet<string>(StringComparer.Ordinal);
        var unclear = new HashSet<string>(StringComparer.Ordinal);
        var deniesAll = false;
        foreach (var part in expected.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (part[0])
            {
                case '+':
                    present.Add(Id(part[1..]));
                    break;
                case '-':
                    denied.Add(Id(part[1..]));
                    break;
                case '?':
                    unclear.Add(Id(part[1..]));
                    break;
                default:
                    if (part == "none")
                    {
                        deniesAll = true;
                    }
                    else if (part.Split('=') is [var key, var value] && Keys.Contains(key))
                    {
                        values[key] = value;
                    }
                    else
                    {
                        throw new FormatException($"Unknown expectation '{part}' in '{expected}'.");
                    }

                    break;
            }
        }

        return new ExpectedFacts(values, present, denied, unclear, deniesAll);
    }

    public void Check(ExtractedFacts facts, string text)
    {
        Wire(facts.Location).Should().Be(Value("loc"), $"the location of '{text}'");
        Wire(facts.Timing).Should().Be(Value("tim"), $"the timing of '{text}'");
        (facts.Age?.ToString(CultureInfo.InvariantCulture)).Should().Be(Value("age"), $"the age in '{text}'");
        Wire(facts.Runner).Should().Be(Value("run"), $"whether '{text}' says the person runs");
        Wire(facts.StandingWork).Should().Be(Value("stand"), $"whether '{text}' says the person stands at work");
        Wire(facts.Recurring).Should().Be(Value("rec"), $"whether '{text}' says it has come back");
        Wire(facts.SelfCareFailed).Should().Be(Value("scf"), $"whether '{text}' says self-care failed");
        Wire(facts.WantsBooking).Should().Be(Value("book"), $"whether '{text}' asks to book");
        if (Value("dur") is { } weeks)
        {
            facts.DurationWeeks.Should().NotBeNull($"'{text}' says how long")
                .And.BeApproximately(double.Parse(weeks, CultureInfo.InvariantCulture), WeeksTolerance);
        }
        else
        {
            facts.DurationWeeks.Should().BeNull($"'{text}' gives no span of the pain");
        }

        facts.Flags.Where(f => f.Value).Select(f => f.Key).Should().BeEquivalentTo(Present, $"the flags '{text}' mentions");
        facts.Flags.Where(f => !f.Value).Select(f => f.Key).Should().BeEquivalentTo(Denied, $"the flags '{text}' denies");
        Unclear.Except(facts.Unclear).Should().BeEmpty($"'{text}' leaves these open");
        facts.DeniesAllRedFlags.Should().Be(DeniesAll, $"whether '{text}' says none of the red flags apply");
    }

    private static string Id(string name) => ShortIds.TryGetValue(name, out var id) ? id : name;

    private static string? Wire(HeelLocation? location) => location?.ToString().ToLowerInvariant();

    private static string? Wire(PainTiming? timing) => timing switch
    {
        null => null,
        PainTiming.AfterActivity => "after_activity",
        var t => t.ToString()!.ToLowerInvariant(),
    };

    private static string? Wire(bool? value) => value switch
    {
        null => null,
        true => "1",
        false => "0",
    };

    private string? Value(string key) => Values.TryGetValue(key, out var value) ? value : null;
}
