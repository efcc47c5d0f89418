using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Tests.Triage;

/// <summary>Short ways to build <see cref="TriageFacts"/> so each case in a table reads as one line.</summary>
internal static class TestFacts
{
    public static TriageFacts With(params string[] present) => Set(new TriageFacts(), true, present);

    public static TriageFacts Denying(params string[] denied) => Set(new TriageFacts(), false, denied);

    public static TriageFacts And(this TriageFacts facts, params string[] present) => Set(facts, true, present);

    public static TriageFacts AndDenying(this TriageFacts facts, params string[] denied) => Set(facts, false, denied);

    private static TriageFacts Set(TriageFacts facts, bool value, string[] ids) =>
        ids.Aggregate(facts, (current, id) => current.WithFlag(id, value));
}
