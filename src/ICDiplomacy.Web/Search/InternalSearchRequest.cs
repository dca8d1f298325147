namespace ICDiplomacy.Web.Search;

/// <summary>
/// A backoffice search, scoped to what the caller may see. Text: words and quoted phrases (none lists the newest
/// changes). StartNodeIds: the caller's start nodes, -1 being the content root; empty finds nothing. Cultures: those the
/// caller may edit; items that do not vary by culture are always included. ContentTypes: aliases to keep (all when empty).
/// </summary>
public sealed record InternalSearchRequest(
    string? Text,
    IReadOnlyCollection<long> StartNodeIds,
    IReadOnlyCollection<string> Cultures,
    IReadOnlyCollection<string>? ContentTypes = null,
    bool IncludeTrashed = false,
    int Page = 1,
    int PageSize = 20);
