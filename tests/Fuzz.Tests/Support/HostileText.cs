using System.Globalization;
using System.Text;

namespace HeelBot.Fuzz.Tests.Support;

/// <summary>Hostile strings and JSON fragments, all drawn from one <see cref="Random"/> so a seed replays them.</summary>
public static class HostileText
{
    private static readonly string[] Samples =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "\"><svg onload=alert(1)>",
        "'; DROP TABLE users; --", "{{7*7}}", "${jndi:ldap://x/a}", "../../../../etc/passwd", "%00", "\0",
        "\u202Eevil\u202C", "\u200F\u200E\u061C", "a\u200Bb\u200Cc\u200Dd\uFEFF", "👩‍👩‍👧‍👦🏳️‍🌈👍🏽", "🦶🏻💥",
        "\uD800", "\uDFFF", "x\uD83Dy", "Z̷̧̛̖̣a̸̗͌l̵͓̈g̶̤̾o̸͉͐", "\r\n\r\nHTTP/1.1 200 OK", "\u0085\u2028\u2029",
        "NaN", "Infinity", "-0", "1e309", "9999999999999999999999999999", "null", "true", "[]", "{}",
        "hæl smerte", "jeg har ondt i hælen", "slet mine data", "STOP", "hjælp", "?", "ja", "nej", "112", "", " ",
        "[link](javascript:alert(1))", "**bold** _it_ `code` <b>raw</b>", "\u0001\u0002\u0003\u001B[31m", "\\u0000",
    ];

    public static string String(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Next(10) switch
        {
            0 or 1 or 2 => Samples[random.Next(Samples.Length)],
            3 => RandomChars(random, random.Next(1, 64)),
            4 => string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => Samples[random.Next(Samples.Length)])),
            5 => new string((char)random.Next(0x20, 0x7F), random.Next(1, random.Next(10) == 0 ? 20_000 : 2_500)),
            6 => RandomChars(random, random.Next(1, 8)) + Samples[random.Next(Samples.Length)],
            7 => random.Next().ToString(CultureInfo.InvariantCulture),
            _ => "jeg har ondt i hælen " + RandomChars(random, random.Next(0, 16)),
        };
    }

    /// <summary>Any UTF-16 code unit, lone surrogates, controls and bidi marks included.</summary>
    public static string RandomChars(Random random, int length)
    {
        ArgumentNullException.ThrowIfNull(random);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x20),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0x20, 0x7F),
                _ => (char)random.Next(0, 0x10000),
            };
        }

        return new string(chars);
    }

    /// <summary>A JSON string literal; lone surrogates are written as \u escapes, as a hostile client could.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (c < 0x20 || char.IsSurrogate(c))
            {
                json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append('"').ToString();
    }

    /// <summary>Any JSON value of the wrong kind: numbers out of range, deep nesting, huge arrays, odd strings.</summary>
    public static string Value(Random random, int depth = 0)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Next(depth > 2 ? 8 : 12) switch
        {
            0 => "null",
            1 => random.Next(2) == 0 ? "true" : "false",
            2 => new[] { "1e309", "-1e309", "9223372036854775808", "-0", "0.0000000000000000000001", "123456789012345678901234567890", "1.5" }[random.Next(7)],
            3 => random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture),
            4 or 5 or 6 or 7 => Quote(String(random)),
            8 => Deep(random, random.Next(2, 200)),
            9 => "[" + string.Join(',', Enumerable.Range(0, random.Next(10) == 0 ? 20_000 : random.Next(0, 30)).Select(_ => random.Next(3) == 0 ? Value(random, depth + 3) : "0")) + "]",
            10 => "{" + string.Join(',', Enumerable.Range(0, random.Next(0, 6)).Select(_ => $"{Quote(String(random))}:{Value(random, depth + 1)}")) + "}",
            _ => "[" + string.Join(',', Enumerable.Range(0, random.Next(0, 4)).Select(_ => Value(random, depth + 1))) + "]",
        };
    }

    private static string Deep(Random random, int depth)
    {
        var array = random.Next(2) == 0;
        var open = array ? "[" : "{\"a\":";
        var close = array ? "]" : "}";
        return string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
    }
}
