using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Conversation;

/// <summary>Enum values as they appear on the wire and in content keys.</summary>
public static class WireNames
{
    public static string Of(HeelLocation location) => location.ToString().ToLowerInvariant();

    public static string Of(PainTiming timing) => timing switch
    {
        PainTiming.AfterActivity => "after_activity",
        _ => timing.ToString().ToLowerInvariant(),
    };

    public static string Of(Disposition disposition) => disposition.ToString().ToLowerInvariant();
}
