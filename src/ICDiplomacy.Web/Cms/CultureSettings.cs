using ICDiplomacy.Web.Cms.Documents;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Cms;

/// <summary>The configured cultures and how request values map onto them.</summary>
public sealed class CultureSettings(IOptions<CmsOptions> options)
{
    public IReadOnlyList<string> Cultures { get; } = options.Value.Cultures.Select(c => c.ToLowerInvariant()).ToArray();
    public string Default { get; } = options.Value.DefaultCulture.ToLowerInvariant();

    /// <summary>The configured culture matching <paramref name="value"/> ("fr", "FR", "fr-FR" → "fr"), or null.</summary>
    public string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim().ToLowerInvariant();
        if (Cultures.Contains(v))
        {
            return v;
        }

        var dash = v.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Cultures.Contains(v[..dash]) ? v[..dash] : null;
    }

    /// <summary>Culture key to store a name or value under: "*" for invariant, else a configured culture.</summary>
    public string? StorageKey(bool varies, string? requested) =>
        varies ? Normalize(requested) : requested is VersionData.Invariant || Normalize(requested) == Default ? VersionData.Invariant : null;
}
