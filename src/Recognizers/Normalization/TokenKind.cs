namespace HeelBot.Recognizers.Normalization;

public enum TokenKind
{
    /// <summary>Letters, with inner apostrophes ("can't", "I'm").</summary>
    Word,

    /// <summary>Digits with at most one decimal separator ("3", "1,5", "39.5"), or a vulgar fraction ("½").</summary>
    Number,

    /// <summary>Soft symbols that do not end a clause: hyphen, slash, ampersand, plus, degree, percent, hash.</summary>
    Symbol,

    /// <summary>Clause punctuation: . , ; : ! ? ( ) and line breaks. A run ("!!!", "?!") is one token.</summary>
    Punctuation,

    /// <summary>A run of pictographs ("👍", "😭😭").</summary>
    Emoji,

    /// <summary>An e-mail address or web address, kept whole so its parts are never read as words ("anne.roed@mail.dk").</summary>
    Link,
}
