namespace HeelBot.Browser.Tests.Support;

/// <summary>One element an axe-core rule failed on.</summary>
public sealed record AxeNode(string Target, string Summary);
