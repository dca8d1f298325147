namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>A page of visible documents and the total hit count, or why the query was refused.</summary>
public sealed record ContentQueryResult(ContentQueryStatus Status, long Total, IReadOnlyList<ContentRow> Items, string? Detail = null)
{
    public static ContentQueryResult Empty { get; } = new(ContentQueryStatus.Success, 0, []);

    public static ContentQueryResult Refused(ContentQueryStatus status, string detail) => new(status, 0, [], detail);
}
