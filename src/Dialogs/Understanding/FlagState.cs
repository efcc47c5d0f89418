namespace HeelBot.Dialogs.Understanding;

/// <summary>What one message says of one red flag or sign. Ordered: a stronger state is never replaced by a weaker one.</summary>
internal enum FlagState
{
    Denied,

    /// <summary>Mentioned with a hedge or ambiguously: beats a denial, because a hedge must never become a "no".</summary>
    Unclear,

    Present,
}
