namespace HeelBot.Dialogs.Privacy;

/// <summary>
/// Put in the turn state when the person's data was deleted in this turn, so nothing of the turn (their "slet mine
/// data" and the answer) is written to a transcript afterwards.
/// </summary>
public sealed class ErasedThisTurn
{
    public static ErasedThisTurn Instance { get; } = new();

    private ErasedThisTurn()
    {
    }
}
