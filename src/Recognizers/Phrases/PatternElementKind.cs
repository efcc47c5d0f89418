namespace HeelBot.Recognizers.Phrases;

internal enum PatternElementKind
{
    /// <summary>A word, typos tolerated by length.</summary>
    Word,

    /// <summary><c>=word</c>: the word exactly (spelling variants only).</summary>
    Exact,

    /// <summary><c>word*</c>: a word beginning with this stem.</summary>
    Prefix,

    /// <summary><c>*word</c>: a word ending with this.</summary>
    Suffix,

    /// <summary><c>*word*</c>: a word containing this (compounds).</summary>
    Infix,

    /// <summary><c>#</c>: any number, in digits or words.</summary>
    Number,

    /// <summary>A symbol such as <c>°</c>.</summary>
    Symbol,
}
