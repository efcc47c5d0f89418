namespace HeelBot.Dialogs.Understanding;

/// <summary>
/// An answer to the red-flag list. <see cref="DeniesAll"/> means every flag on the list is denied except those in
/// <see cref="Present"/> and <see cref="Unclear"/> ("nej, men jeg har lidt feber"). <see cref="BareYes"/> is a "ja"
/// that names nothing: some flag applies, but which must be asked.
/// </summary>
public sealed record RedFlagAnswer
{
    public IReadOnlyList<string> Present { get; init; } = [];

    /// <summary>Flags and signs denied one by one ("ingen feber").</summary>
    public IReadOnlyList<string> Denied { get; init; } = [];

    public IReadOnlyList<string> Unclear { get; init; } = [];

    public bool DeniesAll { get; init; }

    public bool BareYes { get; init; }

    /// <summary>Everything else the message said (location, duration…), read the same way as any message.</summary>
    public ExtractedFacts Facts { get; init; } = ExtractedFacts.Empty;
}
