namespace ICDiplomacy.Web.Media;

/// <summary>A page of media, or the problem title and detail of a bad query (Umbraco's 400 titles).</summary>
public sealed record MediaQueryResult(MediaPagedResponse? Page, string? ErrorTitle = null, string? ErrorDetail = null)
{
    public static MediaQueryResult Error(string title, string detail) => new(null, title, detail);
}
