using System.Globalization;
using System.Numerics;
using HeelBot.Builder.Core;

namespace HeelBot.Builder.Prompts;

/// <summary>
/// Asks for a number. The default recogniser reads the first number written with digits (comma or
/// point decimals); set <see cref="Recognizer"/> for number words in a language.
/// </summary>
public sealed class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    public Func<string, string?, double?> Recognizer { get; set; } = ParseFirstNumber;

    public static double? ParseFirstNumber(string text, string? locale)
    {
        var span = (text ?? string.Empty).AsSpan();
        var start = -1;
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsAsciiDigit(span[i]))
            {
                start = i > 0 && span[i - 1] == '-' ? i - 1 : i;
                break;
            }
        }

        if (start < 0)
        {
            return null;
        }

        var end = start + 1;
        while (end < span.Length && (char.IsAsciiDigit(span[end]) || ((span[end] == ',' || span[end] == '.') && end + 1 < span.Length && char.IsAsciiDigit(span[end + 1]))))
        {
            end++;
        }

        var number = span[start..end].ToString().Replace(',', '.');
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        SendAsync(turnContext, options, isRetry, options?.Choices, cancellationToken);

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<T>();
        if (Recognizer(turnContext.Activity.Text ?? string.Empty, turnContext.Activity.Locale) is { } number && double.IsFinite(number))
        {
            // An integer prompt asks again for "2,5" rather than silently keeping 2; Bot Builder's int prompt also rejects it.
            if (!double.IsInteger(number) && T.CreateTruncating(0.5) == T.Zero)
            {
                return Task.FromResult(result);
            }

            try
            {
                result.Value = T.CreateChecked(number);
                result.Succeeded = true;
            }
            catch (OverflowException)
            {
                result.Succeeded = false;
            }
        }

        return Task.FromResult(result);
    }
}
