using ICDiplomacy.Web.Cms.Schema;

namespace ICDiplomacy.Web.Tests.Cms.Schema;

/// <summary>A throw-away content-schema/ directory that tests fill with a few files.</summary>
public sealed class TempSchemaDirectory : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "icd-schema-" + Guid.NewGuid().ToString("N"));

    public TempSchemaDirectory() => Directory.CreateDirectory(Root);

    public string Root => Path.Combine(_parent, "content-schema");

    public TempSchemaDirectory Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public TempSchemaDirectory DocumentType(string fileAlias, string json) => Write($"document-types/{fileAlias}.json", json);

    public TempSchemaDirectory ElementType(string fileAlias, string json) => Write($"element-types/{fileAlias}.json", json);

    public TempSchemaDirectory DataType(string fileAlias, string json) => Write($"data-types/{fileAlias}.json", json);

    public ContentSchema Load() => ContentSchemaLoader.Load(Root);

    public ContentSchemaException LoadFails() => Assert.Throws<ContentSchemaException>(Load);

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }
}
