namespace HeelBot.Recognizers.DateTimes;

/// <summary>Which part of a week or month is meant.</summary>
internal enum PeriodSection
{
    /// <summary>All of it (from today, for the current week or month).</summary>
    Whole,

    /// <summary>Week: Monday–Tuesday; month: the 1st–10th.</summary>
    Start,

    /// <summary>Week: Tuesday–Thursday; month: the 11th–20th.</summary>
    Middle,

    /// <summary>Week: Thursday–Friday; month: the 21st to the end.</summary>
    End,

    /// <summary>Saturday–Sunday.</summary>
    Weekend,

    /// <summary>"senere på ugen", "later this month": from tomorrow to the end.</summary>
    Rest,
}
