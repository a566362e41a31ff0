namespace MunicipalPrograms.Web.Tests.Infrastructure;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The portal's own build output (its deps.json lets it run as a separate process).</summary>
    public static string PortalAssembly
    {
        get
        {
            var testDir = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
            var framework = Path.GetFileName(testDir);
            var configuration = Path.GetFileName(Path.GetDirectoryName(testDir)!);
            return Path.Combine(Root, "src", "MunicipalPrograms.Web", "bin", configuration, framework, "MunicipalPrograms.Web.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MunicipalPrograms.sln"))) return dir.FullName;
        throw new InvalidOperationException("MunicipalPrograms.sln not found above " + AppContext.BaseDirectory);
    }
}
