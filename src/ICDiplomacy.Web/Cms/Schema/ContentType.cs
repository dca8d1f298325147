namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>A document type or element type (Umbraco's content type), with compositions resolved.</summary>
public sealed record ContentType
{
    public required string Alias { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public string Icon { get; init; } = "icon-document";
    /// <summary>Element types have no URL and no tree position; they are block content.</summary>
    public bool IsElement { get; init; }
    public bool AllowedAtRoot { get; init; }
    public IReadOnlyList<string> AllowedChildTypes { get; init; } = [];
    public IReadOnlyList<string> Compositions { get; init; } = [];
    public bool VariesByCulture { get; init; }
    /// <summary>Properties declared by this type and all its compositions, in sort order.</summary>
    public IReadOnlyList<PropertyType> Properties { get; init; } = [];
    public required string SourceFile { get; init; }

    public PropertyType? FindProperty(string alias) => Properties.FirstOrDefault(p => p.Alias == alias);
}
