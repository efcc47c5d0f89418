namespace HeelBot.Recognizers.Duration;

/// <summary>Which part of a month or season an anchor names: "starten af marts", "mid-summer", "end of May".</summary>
internal enum PartOf
{
    Start,
    Middle,
    End,
}
