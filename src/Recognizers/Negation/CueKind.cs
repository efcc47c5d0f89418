namespace HeelBot.Recognizers.Negation;

internal enum CueKind
{
    /// <summary>Negates what follows in its clause: "ikke", "ingen", "uden", "no", "never", "without".</summary>
    Negation,

    /// <summary>A one-word answer that negates only what directly follows: "nej", "nope"; a comma ends it.</summary>
    Answer,

    /// <summary>Makes what follows uncertain: "måske", "ved ikke om", "I think", "might".</summary>
    Hedge,

    /// <summary>A negation of degree, not of presence: "ikke særlig hævet", "not very swollen" (so some swelling).</summary>
    Degree,

    /// <summary>Looks like a negation but is not: "ikke kun", "not only", "no doubt".</summary>
    Pseudo,
}
