using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Tests.Booking;

public sealed class TriageSummariesTests
{
    [Fact]
    public void From_AnsweredAndUnclearFlags_AreYesNoAndUnsure()
    {
        var session = new TriageSession
        {
            Facts = new TriageFacts { Location = HeelLocation.Behind, Timing = PainTiming.AfterActivity, DurationWeeks = 9, Age = 52 }
                .WithFlag(RedFlagIds.Neuro, true)
                .WithFlag(RedFlagIds.Infection, false),
            UnclearFlags = [RedFlagIds.Trauma],
        };

        var summary = TriageSummaries.From(session);

        summary.Location.Should().Be(HeelLocation.Behind);
        summary.Timing.Should().Be(PainTiming.AfterActivity);
        summary.DurationWeeks.Should().Be(9);
        summary.Age.Should().Be(52);
        summary.RedFlags.Should().BeEquivalentTo(new Dictionary<string, TriageAnswer>
        {
            [RedFlagIds.Neuro] = TriageAnswer.Yes,
            [RedFlagIds.Infection] = TriageAnswer.No,
            [RedFlagIds.Trauma] = TriageAnswer.Unsure,
        });
        summary.Disposition.Should().Be(Disposition.Doctor, "tingling and numbness call for a doctor");
        summary.RulesVersion.Should().Be(session.Decide().RulesVersion);
    }

    [Fact]
    public void From_NothingKnown_HasNoFlagsAndIsStillAnOutcome()
    {
        var summary = TriageSummaries.From(new TriageSession());

        summary.RedFlags.Should().BeEmpty("a flag never asked is not reported as answered");
        summary.Location.Should().BeNull();
        summary.ToString().Should().NotContain("Behind", "health data is never printed");
    }
}
