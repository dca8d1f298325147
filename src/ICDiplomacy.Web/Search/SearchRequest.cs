namespace ICDiplomacy.Web.Search;

/// <summary>A validated public search: every value is canonical and from an allow-list.</summary>
public sealed record SearchRequest
{
    /// <summary>The visitor's words and quoted phrases; null when the search is by filters alone.</summary>
    public VisitorText? Text { get; init; }
    /// <summary>M49 region names ("Europe").</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];
    /// <summary>M49 sub-region or intermediate-region names ("Southern Asia", "Eastern Africa").</summary>
    public IReadOnlyList<string> SubRegions { get; init; } = [];
    /// <summary>ISO 3166-1 alpha-2 codes.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<Guid> Conflicts { get; init; } = [];
    public IReadOnlyList<Guid> ConflictRegions { get; init; } = [];
    public IReadOnlyList<Guid> Initiatives { get; init; } = [];
    /// <summary>Report types (meetingSummary…) or document type aliases (conflict, initiative…).</summary>
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
