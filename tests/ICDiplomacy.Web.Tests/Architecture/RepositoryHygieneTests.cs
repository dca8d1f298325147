namespace ICDiplomacy.Web.Tests.Architecture;

public class RepositoryHygieneTests
{
    private static readonly string[] TextExtensions = [".cs", ".cshtml", ".md", ".json", ".props", ".csproj", ".js", ".css", ".html", ".yml", ".editorconfig"];

    [Fact]
    public void Repository_text_files_have_no_merge_conflict_markers()
    {
        var root = RepositoryRoot();
        var skip = new[] { "bin", "obj", ".git", "node_modules", "TestResults" };
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(skip.Contains)
                || !(TextExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) || relative == Path.Combine(".ci", "run")))
            {
                continue;
            }

            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (line.StartsWith("<<<<<<< ", StringComparison.Ordinal) || line.StartsWith(">>>>>>> ", StringComparison.Ordinal) || line == "<<<<<<<" || line == ">>>>>>>")
                {
                    offenders.Add($"{relative}:{lineNumber}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Unresolved merge conflict markers: " + string.Join(", ", offenders));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ICDiplomacy.Web.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ICDiplomacy.Web.sln not found above " + AppContext.BaseDirectory);
    }
}
