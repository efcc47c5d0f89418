namespace HeelBot.Recognizers.Normalization;

/// <summary>How many spelling mistakes a word of a given length may carry and still count as that word.</summary>
public static class TypoTolerance
{
    /// <summary>
    /// Words under five letters must be spelt right (up to doubled letters and Danish-letter variants): at that
    /// length one edit reaches too many other words ("varm"/"arm"). Five-letter words allow one missing, extra or
    /// swapped letter but no changed one (see <see cref="WordForm.Matches"/>).
    /// </summary>
    public static int AllowedEdits(int length) => length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };
}
