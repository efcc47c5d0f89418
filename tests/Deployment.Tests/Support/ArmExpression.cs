using System.Text;
using System.Text.RegularExpressions;

namespace HeelBot.Deployment.Tests.Support;

/// <summary>
/// Reads ARM template expressions (strings in brackets, e.g. <c>[format('{0}-plan', variables('appName'))]</c>) as far as
/// these tests need: which parameters and variables they name, and the arguments of calls such as
/// <c>resourceId(...)</c>. Not an evaluator.
/// </summary>
public static partial class ArmExpression
{
    /// <summary>An expression, not a literal: "[...]"; a leading "[[" escapes a literal bracket.</summary>
    public static bool IsExpression(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length >= 2 && value[0] == '[' && value[^1] == ']' && !value.StartsWith("[[", StringComparison.Ordinal);
    }

    public static string Body(string expression) => IsExpression(expression) ? expression[1..^1] : expression;

    public static IReadOnlyList<string> ParameterNames(string text) => [.. ParameterCall().Matches(text).Select(m => m.Groups[1].Value)];

    public static IReadOnlyList<string> VariableNames(string text) => [.. VariableCall().Matches(text).Select(m => m.Groups[1].Value)];

    /// <summary>
    /// Every call of <paramref name="function"/> in <paramref name="text"/> (nested ones too), each as its top-level
    /// arguments. "resourceId" does not match "subscriptionResourceId": the name must not continue another word.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Calls(string text, string function)
    {
        ArgumentNullException.ThrowIfNull(text);
        var calls = new List<IReadOnlyList<string>>();
        var inQuote = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                inQuote = !inQuote;
                continue;
            }

            if (inQuote
                || string.CompareOrdinal(text, i, function, 0, function.Length) != 0
                || i + function.Length >= text.Length
                || text[i + function.Length] != '('
                || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '.')))
            {
                continue;
            }

            var open = i + function.Length;
            var close = MatchingParenthesis(text, open);
            calls.Add(SplitArguments(text[(open + 1)..close]));
        }

        return calls;
    }

    /// <summary>The top-level arguments of an argument list, whitespace outside string literals removed.</summary>
    public static IReadOnlyList<string> SplitArguments(string arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var result = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var inQuote = false;
        foreach (var c in arguments)
        {
            if (c == '\'')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote)
            {
                if (c is '(' or '[')
                {
                    depth++;
                }
                else if (c is ')' or ']')
                {
                    depth--;
                }
                else if (c == ',' && depth == 0)
                {
                    result.Add(current.ToString());
                    current.Clear();
                    continue;
                }
                else if (char.IsWhiteSpace(c))
                {
                    continue;
                }
            }

            current.Append(c);
        }

        if (current.Length > 0 || result.Count > 0)
        {
            result.Add(current.ToString());
        }

        return result;
    }

    /// <summary>The text of an argument that is a string literal ('it''s' → it's), else null.</summary>
    public static string? StringLiteral(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return argument.Length >= 2 && argument[0] == '\'' && argument[^1] == '\''
            ? argument[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : null;
    }

    /// <summary>The expression without whitespace outside string literals, for comparing two spellings of one name.</summary>
    public static string Normalize(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var result = new StringBuilder(expression.Length);
        var inQuote = false;
        foreach (var c in expression)
        {
            if (c == '\'')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && char.IsWhiteSpace(c))
            {
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary><paramref name="text"/> with every <c>empty(parameters('name'))</c> test removed.</summary>
    public static string WithoutEmptinessTests(string text) => EmptinessTest().Replace(text, "EMPTY_TEST");

    private static int MatchingParenthesis(string text, int open)
    {
        var depth = 0;
        var inQuote = false;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && c == '(')
            {
                depth++;
            }
            else if (!inQuote && c == ')' && --depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"Unbalanced parentheses in: {text}");
    }

    [GeneratedRegex(@"(?<![A-Za-z])parameters\(\s*'([^']+)'\s*\)")]
    private static partial Regex ParameterCall();

    [GeneratedRegex(@"(?<![A-Za-z])variables\(\s*'([^']+)'\s*\)")]
    private static partial Regex VariableCall();

    [GeneratedRegex(@"(?<![A-Za-z])empty\(\s*parameters\(\s*'[^']+'\s*\)\s*\)")]
    private static partial Regex EmptinessTest();
}
