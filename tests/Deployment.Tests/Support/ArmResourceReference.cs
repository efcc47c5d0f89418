namespace HeelBot.Deployment.Tests.Support;

/// <summary>A <c>resourceId(...)</c> or <c>extensionResourceId(...)</c> in a template: the type and name it names.</summary>
public sealed record ArmResourceReference(string Type, IReadOnlyList<string> NameSegments, string Text)
{
    /// <summary>
    /// All resource references in <paramref name="text"/>. resourceId may start with a subscription and resource
    /// group; the type is the first argument that looks like one ('Namespace.Provider/type').
    /// </summary>
    public static IReadOnlyList<ArmResourceReference> In(string text)
    {
        var references = new List<ArmResourceReference>();
        foreach (var arguments in ArmExpression.Calls(text, "resourceId"))
        {
            references.Add(FromArguments(arguments, text));
        }

        foreach (var arguments in ArmExpression.Calls(text, "extensionResourceId"))
        {
            // extensionResourceId(scopeId, type, names...): the scope is itself a resourceId, found above.
            references.Add(FromArguments([.. arguments.Skip(1)], text));
        }

        return references;
    }

    private static ArmResourceReference FromArguments(IReadOnlyList<string> arguments, string text)
    {
        var typeIndex = arguments.ToList().FindIndex(argument => ArmExpression.StringLiteral(argument) is { } literal && literal.Contains('/', StringComparison.Ordinal) && literal.Contains('.', StringComparison.Ordinal));
        typeIndex.Should().BeGreaterThanOrEqualTo(0, "a resource reference names a type such as 'Microsoft.Web/sites': {0}", text);
        return new ArmResourceReference(ArmExpression.StringLiteral(arguments[typeIndex])!, [.. arguments.Skip(typeIndex + 1).Select(ArmExpression.Normalize)], text);
    }
}
