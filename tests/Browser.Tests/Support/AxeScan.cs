namespace HeelBot.Browser.Tests.Support;

/// <summary>One axe-core scan of the page, taken at the moment <paramref name="Label"/> names.</summary>
public sealed record AxeScan(string Label, IReadOnlyList<AxeViolation> Violations);
