using System.Runtime.InteropServices;

namespace HeelBot.LoadTool.Reporting;

/// <summary>Where the figures were taken.</summary>
public sealed record MachineInfo(int Cores, double MemoryGiB, string Os, string DotNet, string? Node)
{
    public static MachineInfo Read(string? nodeVersion)
    {
        double memory = 0;
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            var digits = new string((line ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
            memory = digits.Length > 0 ? long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0 : 0;
        }
        catch (IOException)
        {
        }

        return new MachineInfo(Environment.ProcessorCount, Math.Round(memory, 1), RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, nodeVersion);
    }
}
