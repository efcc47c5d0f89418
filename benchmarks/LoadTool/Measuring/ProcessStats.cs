using System.Diagnostics;
using System.Globalization;

namespace HeelBot.LoadTool.Measuring;

/// <summary>
/// CPU time and memory of a server process, read from /proc: the same numbers <c>ps</c> and <c>top</c> show, taken
/// from outside so the server needs no diagnostics of its own.
/// </summary>
public static class ProcessStats
{
    /// <summary>
    /// User plus system CPU time of <paramref name="pid"/> and its live child processes (PostgreSQL's backends are
    /// children of the postmaster). A process that has gone reads as zero.
    /// </summary>
    public static TimeSpan CpuTime(int pid)
    {
        var total = Own(pid);
        foreach (var child in Children(pid))
        {
            total += Own(child);
        }

        return total;
    }

    /// <summary>Resident set and its high-water mark (VmRSS, VmHWM) in bytes; zero when unreadable.</summary>
    public static (long Rss, long Peak) Memory(int pid)
    {
        long rss = 0;
        long peak = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
            }
        }
        catch (IOException)
        {
        }

        return (rss, peak);
    }

    /// <summary>Resident set of a process and its live children together, in bytes.</summary>
    public static long TreeRss(int pid) => Memory(pid).Rss + Children(pid).Sum(child => Memory(child).Rss);

    private static TimeSpan Own(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException)
        {
            return TimeSpan.Zero;
        }
    }

    private static List<int> Children(int pid)
    {
        var children = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var candidate))
            {
                continue;
            }

            try
            {
                // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) && parent == pid)
                {
                    children.Add(candidate);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        return children;
    }

    private static long Kilobytes(string line)
    {
        var digits = new string(line.Where(char.IsAsciiDigit).ToArray());
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : 0;
    }
}
