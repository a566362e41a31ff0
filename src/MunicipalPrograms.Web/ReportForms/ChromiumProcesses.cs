namespace MunicipalPrograms.Web.ReportForms;

/// <summary>Finds processes by a switch on their command line (Linux /proc) and kills them.</summary>
public static class ChromiumProcesses
{
    /// <summary>Ids of the processes whose command line contains the switch; none off Linux.</summary>
    public static IReadOnlyList<int> WithSwitch(string commandLineSwitch)
    {
        if (!OperatingSystem.IsLinux()) return [];
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                // Arguments are separated by NUL; the marker is one whole argument.
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0').Contains(commandLineSwitch)) found.Add(pid);
            }
            catch (IOException) { /* the process ended while we looked */ }
            catch (UnauthorizedAccessException) { /* someone else's process */ }
        }
        return found;
    }

    /// <summary>The browser's main process: the one without a --type= switch (renderers, GPU, zygote have one).</summary>
    public static int? MainProcess(string commandLineSwitch) =>
        WithSwitch(commandLineSwitch).Cast<int?>().FirstOrDefault(pid => !CommandLine(pid!.Value).Any(a => a.StartsWith("--type=", StringComparison.Ordinal)));

    public static void Kill(int pid)
    {
        try { System.Diagnostics.Process.GetProcessById(pid).Kill(); }
        catch (ArgumentException) { /* gone already */ }
        catch (InvalidOperationException) { /* exited meanwhile */ }
    }

    private static string[] CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0'); }
        catch (IOException) { return []; }
    }
}
