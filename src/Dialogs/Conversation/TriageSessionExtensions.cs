using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Conversation;

public static class TriageSessionExtensions
{
    /// <summary>True once the facts call for care now (emergency or urgent): the questions stop.</summary>
    public static bool NeedsCareNow(this TriageSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Decide().Disposition <= Disposition.Urgent;
    }

    /// <summary>
    /// Red flags and signs mentioned unclearly that, if present, would call for care now and sooner than the facts do
    /// so far ("nu står foden helt skævt" after a fall): these are asked before anything else.
    /// </summary>
    public static IReadOnlyList<string> UnclearThatCouldCallForCareNow(this TriageSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var current = session.Decide().Disposition;
        return
        [
            .. session.UnclearFlags.Where(id => !session.Facts.Knows(id)
                && TriageRules.Decide(session.Facts.WithFlag(id, true)).Disposition is var ifPresent
                && ifPresent <= Disposition.Urgent && ifPresent < current),
        ];
    }

    /// <summary>Red-flag ids (and the cold-foot sign, asked with them) not answered yet.</summary>
    public static IReadOnlyList<string> UnansweredRedFlags(this TriageSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return [.. RedFlagIds.Asked.Append(SignIds.ColdPaleFoot).Where(id => !session.Facts.Knows(id))];
    }
}
