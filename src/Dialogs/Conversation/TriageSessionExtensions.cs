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

    /// <summary>Red-flag ids (and the cold-foot sign, asked with them) not answered yet.</summary>
    public static IReadOnlyList<string> UnansweredRedFlags(this TriageSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return [.. RedFlagIds.Asked.Append(SignIds.ColdPaleFoot).Where(id => !session.Facts.Knows(id))];
    }
}
