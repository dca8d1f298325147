using ICDiplomacy.Web.Common;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Cms;

/// <summary>Absolute paths resolved once from <see cref="CmsOptions"/> and the content root.</summary>
public sealed class CmsPaths
{
    public CmsPaths(IOptions<CmsOptions> options, IHostEnvironment environment)
    {
        var o = options.Value;
        DataDirectory = Path.GetFullPath(o.DataDirectory, environment.ContentRootPath);
        SchemaDirectory = string.IsNullOrWhiteSpace(o.SchemaDirectory)
            ? RepoLayout.FindFolder("content-schema", environment.ContentRootPath)
            : Path.GetFullPath(o.SchemaDirectory, environment.ContentRootPath);
    }

    public string DataDirectory { get; }
    public string SchemaDirectory { get; }
}
