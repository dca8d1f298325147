namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>One thing wrong with the schema files.</summary>
/// <param name="File">Path from the schema directory's parent, e.g. <c>content-schema/document-types/report.json</c>.</param>
/// <param name="TypeAlias">Content type or data type the problem is in, when known.</param>
/// <param name="PropertyAlias">Property the problem is in, when it is in one.</param>
/// <param name="Message">What is wrong.</param>
public sealed record SchemaProblem(string File, string? TypeAlias, string? PropertyAlias, string Message)
{
    public override string ToString()
    {
        var kind = File.Contains("/" + ContentSchemaLoader.DataTypesFolder + "/", StringComparison.Ordinal) ? "data type" : "type";
        return (TypeAlias, PropertyAlias) switch
        {
            (null, null) => $"{File}: {Message}",
            (null, _) => $"{File}: property '{PropertyAlias}': {Message}",
            (_, null) => $"{File}: {kind} '{TypeAlias}': {Message}",
            _ => $"{File}: {kind} '{TypeAlias}', property '{PropertyAlias}': {Message}",
        };
    }
}
