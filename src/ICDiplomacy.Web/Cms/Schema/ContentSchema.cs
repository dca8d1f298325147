namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>The whole content model loaded from content-schema/: content types and data types by alias.</summary>
public sealed class ContentSchema(IEnumerable<ContentType> types, IEnumerable<DataType> dataTypes)
{
    private readonly Dictionary<string, ContentType> _types = types.ToDictionary(t => t.Alias, StringComparer.Ordinal);
    private readonly Dictionary<string, DataType> _dataTypes = dataTypes.ToDictionary(t => t.Alias, StringComparer.Ordinal);

    public IReadOnlyCollection<ContentType> ContentTypes => _types.Values;
    public IReadOnlyCollection<DataType> DataTypes => _dataTypes.Values;

    public ContentType? Find(string alias) => _types.GetValueOrDefault(alias);

    public ContentType Get(string alias) =>
        _types.TryGetValue(alias, out var type) ? type : throw new KeyNotFoundException($"Unknown content type '{alias}'.");

    public DataType? FindDataType(string alias) => _dataTypes.GetValueOrDefault(alias);
}
