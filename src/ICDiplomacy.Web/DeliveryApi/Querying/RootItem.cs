namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>A root of the content tree (Umbraco's start item) and its URL segments.</summary>
public sealed class RootItem
{
    public long Id { get; init; }
    public Guid Key { get; init; }
    public required string Path { get; init; }
    public required string ContentType { get; init; }
    public bool Published { get; init; }

    /// <summary>Published segment per concrete culture.</summary>
    public Dictionary<string, string> PublishedSegments { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Draft segment per culture ("*" for invariant types); filled in preview only.</summary>
    public Dictionary<string, string> DraftSegments { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Segment(string culture, bool preview) =>
        PublishedSegments.TryGetValue(culture, out var s) ? s
        : !preview ? null
        : DraftSegments.TryGetValue(culture, out var d) ? d
        : DraftSegments.GetValueOrDefault(Cms.Documents.VersionData.Invariant);
}
