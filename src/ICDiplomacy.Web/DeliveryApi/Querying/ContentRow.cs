namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>Everything the renderer needs about one visible document, read in one statement.</summary>
public sealed class ContentRow
{
    public long Id { get; init; }
    public Guid Key { get; init; }
    public required string ContentType { get; init; }
    public required string Path { get; init; }
    public int Level { get; init; }
    public DateTime CreateDate { get; init; }
    public DateTime UpdateDate { get; init; }
    public required string Name { get; init; }

    /// <summary>The version's JSON (published, or latest in preview); null when only a shallow reference was asked for.</summary>
    public string? Data { get; init; }

    /// <summary>Published routes in every culture.</summary>
    public List<ContentUrlRow> Urls { get; init; } = [];

    public ContentRow WithData(string? data) => new()
    {
        Id = Id, Key = Key, ContentType = ContentType, Path = Path, Level = Level, CreateDate = CreateDate, UpdateDate = UpdateDate, Name = Name, Data = data, Urls = Urls,
    };
}
