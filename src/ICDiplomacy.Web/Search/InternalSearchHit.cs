namespace ICDiplomacy.Web.Search;

/// <summary>A document found by the backoffice search, draft or published.</summary>
public sealed record InternalSearchHit(
    Guid Key,
    long Id,
    string Name,
    string ContentType,
    string Culture,
    bool Published,
    string Path,
    DateTime UpdateDate);
