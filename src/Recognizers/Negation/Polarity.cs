namespace HeelBot.Recognizers.Negation;

/// <summary>How a mention stands in its sentence.</summary>
public enum Polarity
{
    /// <summary>Said to be there: "den er hævet", "swollen".</summary>
    Affirmed,

    /// <summary>Said not to be there: "ingen feber", "not swollen", "feber: nej".</summary>
    Negated,

    /// <summary>
    /// Neither: hedged ("måske lidt hævet", "I think it might be warm"), asked about ("er den hævet?"), or in a
    /// scope we cannot read for certain ("ingen feber og hævelse"). Callers ask rather than guess.
    /// </summary>
    Uncertain,
}
