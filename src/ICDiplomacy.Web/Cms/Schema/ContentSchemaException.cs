namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>The schema files are invalid; <see cref="Problems"/> lists everything found, not just the first.</summary>
public sealed class ContentSchemaException : Exception
{
    public ContentSchemaException(IReadOnlyList<SchemaProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    public IReadOnlyList<SchemaProblem> Problems { get; }

    private static string Describe(IReadOnlyList<SchemaProblem> problems) =>
        problems.Count == 1
            ? $"The content schema has 1 problem:{Environment.NewLine}{problems[0]}"
            : $"The content schema has {problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}";
}
