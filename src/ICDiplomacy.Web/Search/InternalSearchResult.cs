namespace ICDiplomacy.Web.Search;

/// <summary>The answer of <see cref="InternalSearchService"/>: hits, or field errors for bad input.</summary>
public sealed record InternalSearchResult(int Total, IReadOnlyList<InternalSearchHit> Hits, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
