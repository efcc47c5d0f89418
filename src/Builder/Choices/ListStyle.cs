namespace HeelBot.Builder.Choices;

public enum ListStyle
{
    /// <summary>Pick by channel capability.</summary>
    Auto,
    None,
    Inline,
    List,
    SuggestedAction,
    HeroCard,
}
