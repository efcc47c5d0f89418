namespace HeelBot.Recognizers.DateTimes;

/// <summary>How a bound word before a date limits the wish: "efter mandag" starts on Tuesday.</summary>
internal enum DateBound
{
    None,

    /// <summary>From the day after ("efter", "after").</summary>
    After,

    /// <summary>From that day ("fra", "from").</summary>
    From,

    /// <summary>Up to the day before ("før", "before").</summary>
    Before,

    /// <summary>Up to that day ("senest", "by").</summary>
    Until,
}
