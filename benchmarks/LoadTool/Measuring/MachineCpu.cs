using System.Globalization;

namespace HeelBot.LoadTool.Measuring;

/// <summary>The whole machine's busy and total CPU ticks (first line of /proc/stat), to show how busy it was.</summary>
public readonly record struct MachineCpu(long Busy, long Total)
{
    public static MachineCpu Read()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").First();
            var ticks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
                .Select(v => long.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();

            // user nice system idle iowait irq softirq steal: idle and iowait are the not-busy part.
            var total = ticks.Sum();
            return new MachineCpu(total - ticks[3] - ticks[4], total);
        }
        catch (Exception ex) when (ex is IOException or FormatException or InvalidOperationException or IndexOutOfRangeException)
        {
            return default;
        }
    }

    /// <summary>Share of all cores that was busy between <paramref name="before"/> and <paramref name="after"/>, 0..1.</summary>
    public static double BusyFraction(MachineCpu before, MachineCpu after) =>
        after.Total > before.Total ? (double)(after.Busy - before.Busy) / (after.Total - before.Total) : 0;
}
