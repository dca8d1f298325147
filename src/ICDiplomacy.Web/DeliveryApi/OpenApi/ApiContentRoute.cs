namespace ICDiplomacy.Web.DeliveryApi.OpenApi;

/// <summary>A route: path below the start item ("/" for the root itself) and the start item.</summary>
/// <param name="Path">Path with leading and trailing slash; "/preview-{id}/" in preview for items not published in the culture.</param>
/// <param name="QueryString">Always null.</param>
/// <param name="StartItem">The root the path is relative to.</param>
public sealed record ApiContentRoute(string Path, string? QueryString, ApiContentStartItem StartItem);
