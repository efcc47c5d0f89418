namespace HeelBot.Dialogs.Understanding;

/// <summary>Lists of plain phrases in a lexicon file that are no fact themselves but tell the extractor how to read the facts.</summary>
internal enum MarkerKind
{
    /// <summary><c>pain_words</c>: "ondt", "smerter", "hurts". A place or a span near them is about the pain.</summary>
    Pain,

    /// <summary>
    /// <c>other_things</c>: "sår", "vabel", "wound". A place right after them is where that thing is, not where it hurts:
    /// "et sår under foden".
    /// </summary>
    OtherThing,

    /// <summary><c>corrections</c>: "nej vent", "undskyld", "I meant". A span after one replaces the span before it.</summary>
    Correction,

    /// <summary><c>all_of_them</c>: "alle sammen", "all of them", as an answer to the red-flag list.</summary>
    AllOfThem,

    /// <summary><c>except</c>: "undtagen", "except". Flags named after it are left out of "all of them".</summary>
    Except,

    /// <summary><c>only</c>: "kun", "just". "Kun feber" names the fever and denies the rest of the list.</summary>
    Only,
}
