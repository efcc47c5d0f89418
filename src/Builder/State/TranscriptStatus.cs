namespace HeelBot.Builder.State;

/// <summary>Whether the person has agreed to keep a transcript.</summary>
public enum TranscriptStatus
{
    /// <summary>Recorded while the conversation runs; deleted unless consent comes.</summary>
    Pending,

    /// <summary>Kept with the person's consent, for the retention time they agreed to.</summary>
    Kept,
}
