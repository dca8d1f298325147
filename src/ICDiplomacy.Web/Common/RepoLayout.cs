namespace ICDiplomacy.Web.Common;

/// <summary>
/// Finds the repository-level folders (wwwroot/, content-schema/) whether the app runs from the repo
/// (dotnet run, WebApplicationFactory: content root is src/ICDiplomacy.Web) or from published output.
/// </summary>
public static class RepoLayout
{
    private const string SolutionFile = "ICDiplomacy.Web.sln";

    public static string FindFolder(string name, string? startDirectory = null)
    {
        foreach (var start in new[] { startDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            if (start is null)
            {
                continue;
            }

            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)) && Directory.Exists(Path.Combine(dir.FullName, name)))
                {
                    return Path.Combine(dir.FullName, name);
                }
            }
        }

        return Path.Combine(AppContext.BaseDirectory, name);
    }
}
