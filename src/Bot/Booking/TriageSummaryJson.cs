using System.Globalization;
using System.Text.Json;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Conversation;

namespace HeelBot.Bot.Booking;

/// <summary>
/// The triage summary as the clinic receives it: a small JSON object in the wire names of the conversation contract
/// (<c>{"location":"under","timing":"morning","durationWeeks":8,"age":45,"redFlags":{"infection":"no"},
/// "disposition":"clinic","rulesVersion":"2026.11.1"}</c>), stored beside the appointment.
/// </summary>
public static class TriageSummaryJson
{
    public static string Serialize(TriageSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteOptional(writer, "location", summary.Location is { } location ? WireNames.Of(location) : null);
            WriteOptional(writer, "timing", summary.Timing is { } timing ? WireNames.Of(timing) : null);
            if (summary.DurationWeeks is { } weeks)
            {
                writer.WriteNumber("durationWeeks", weeks);
            }

            if (summary.Age is { } age)
            {
                writer.WriteNumber("age", age);
            }

            writer.WriteStartObject("redFlags");
            foreach (var (id, answer) in summary.RedFlags.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WriteString(id, answer.ToString().ToLower(CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
            writer.WriteString("disposition", WireNames.Of(summary.Disposition));
            writer.WriteString("rulesVersion", summary.RulesVersion);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
