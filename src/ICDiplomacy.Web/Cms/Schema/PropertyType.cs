namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>A property of a content type, as declared in a schema file.</summary>
public sealed record PropertyType
{
    public required string Alias { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    /// <summary>Tab/group label in the backoffice.</summary>
    public string Group { get; init; } = "Content";
    public required DataType DataType { get; init; }
    public string EditorAlias => DataType.EditorAlias;
    public bool Mandatory { get; init; }
    public string? MandatoryMessage { get; init; }
    public string? ValidationRegex { get; init; }
    public string? ValidationRegexMessage { get; init; }
    /// <summary>Only meaningful on a culture-variant content type.</summary>
    public bool VariesByCulture { get; init; }
    /// <summary>Full-text indexed.</summary>
    public bool Searchable { get; init; }
    /// <summary>Indexed as a keyword facet.</summary>
    public bool Facet { get; init; }
    /// <summary>Confidential: never published through the Delivery API, webhooks or the external index.</summary>
    public bool Sensitive { get; init; }
    public int SortOrder { get; init; }
    /// <summary>Alias of the type that declares the property (the type itself or one of its compositions).</summary>
    public required string DeclaringType { get; init; }
}
