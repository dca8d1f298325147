namespace ICDiplomacy.Web.Search;

/// <summary>A backoffice search, scoped to what the caller may see.</summary>
/// <param name="Text">Words and quoted phrases; null or empty lists the newest changes.</param>
/// <param name="StartNodeIds">Ids of the caller's start nodes; -1 is the content root (everything). Empty: nothing.</param>
/// <param name="Cultures">Cultures the caller may edit; items that do not vary by culture are always included.</param>
/// <param name="ContentTypes">Document type aliases to keep; empty: all.</param>
public sealed record InternalSearchRequest(
    string? Text,
    IReadOnlyCollection<long> StartNodeIds,
    IReadOnlyCollection<string> Cultures,
    IReadOnlyCollection<string>? ContentTypes = null,
    bool IncludeTrashed = false,
    int Page = 1,
    int PageSize = 20);
