using System.Globalization;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.PropertyEditors;
using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.Cms.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Turns query-string values into a <see cref="SearchRequest"/>, checking each against its bounds or allow-list.
/// Error messages name the field and never repeat the value, so nothing the visitor sent is echoed back.
/// </summary>
public sealed class SearchRequestParser
{
    public const int MinYear = 1900;
    public const int MaxYear = 2200;

    private readonly SearchOptions _options;
    private readonly CountryCatalog _countries;
    private readonly CultureSettings _cultures;
    private readonly HashSet<string> _types;

    public SearchRequestParser(IOptions<SearchOptions> options, CountryCatalog countries, CultureSettings cultures, ContentSchema schema)
    {
        _options = options.Value;
        _countries = countries;
        _cultures = cultures;
        _types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in schema.ContentTypes.Where(t => !t.IsElement))
        {
            _types.Add(type.Alias);
            if (type.FindProperty(IndexDocumentFactory.ReportTypeAlias) is { } p && p.EditorAlias == PropertyEditorAliases.DropDownFlexible)
            {
                _types.UnionWith(p.DataType.GetStrings("items"));
            }
        }
    }

    public (SearchRequest? Request, Dictionary<string, string[]> Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in query)
        {
            values[k] = values.TryGetValue(k, out var existing) ? StringValues.Concat(existing, v) : v;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(string field, string message) => errors[field] = [message];

        VisitorText? text = null;
        var q = Single(values, "q", Error);
        if (!string.IsNullOrWhiteSpace(q))
        {
            if (q.Length > _options.MaxQueryLength)
            {
                Error("q", $"The search text may be at most {_options.MaxQueryLength} characters long.");
            }
            else
            {
                text = VisitorText.Parse(q);
                if (text.WordCount > _options.MaxTerms)
                {
                    Error("q", $"The search text may hold at most {_options.MaxTerms} words.");
                }
                else if (text.Parts.Count == 0 || !text.Parts.Any(p => p.Text.Any(char.IsLetterOrDigit)))
                {
                    Error("q", "The search text has no words to search for; wildcards and query syntax are not supported.");
                }
            }
        }

        var regions = Many(values, "region", Error, v => CountryCatalog.TryParseRegion(v, out var r) ? r.ToString() : null,
            "is not an M49 region (Africa, Americas, Asia, Europe, Oceania).");
        var subRegions = Many(values, "subRegion", Error, CanonicalSubRegion, "is not an M49 sub-region.");
        var countries = Many(values, "country", Error, v => v.Length == 2 ? _countries.Find(v)?.Alpha2 : null, "is not an ISO 3166-1 alpha-2 country code.");
        var conflicts = Many(values, "conflict", Error, Key, "must be a conflict key (a GUID).");
        var conflictRegions = Many(values, "conflictRegion", Error, Key, "must be a conflict region key (a GUID).");
        var initiatives = Many(values, "initiative", Error, Key, "must be an initiative key (a GUID).");
        var types = Many(values, "type", Error, v => _types.Contains(v) ? v : null, "is not a known report or content type.");
        var languages = Many(values, "language", Error, v => _cultures.Cultures.Contains(v.ToLowerInvariant()) ? v.ToLowerInvariant() : null,
            $"must be one of the site's languages ({string.Join(", ", _cultures.Cultures)}).");

        var yearFrom = Int(values, "yearFrom", MinYear, MaxYear, Error);
        var yearTo = Int(values, "yearTo", MinYear, MaxYear, Error);
        if (yearFrom is { } from && yearTo is { } to && from > to)
        {
            Error("yearTo", "yearTo must not be before yearFrom.");
        }

        var sort = text is null ? SearchSort.Newest : SearchSort.Relevance;
        var sortText = Single(values, "sort", Error);
        if (!string.IsNullOrWhiteSpace(sortText))
        {
            switch (sortText.Trim().ToLowerInvariant())
            {
                case "relevance":
                    sort = SearchSort.Relevance;
                    break;
                case "newest":
                    sort = SearchSort.Newest;
                    break;
                case "oldest":
                    sort = SearchSort.Oldest;
                    break;
                default:
                    Error("sort", "sort must be relevance, newest or oldest.");
                    break;
            }
        }

        var page = Int(values, "page", 1, _options.MaxPage, Error) ?? 1;
        var pageSize = Int(values, "pageSize", 1, _options.MaxPageSize, Error) ?? _options.DefaultPageSize;

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new SearchRequest
        {
            Text = text,
            Regions = regions,
            SubRegions = subRegions,
            Countries = countries,
            Conflicts = conflicts.Select(Guid.Parse).ToList(),
            ConflictRegions = conflictRegions.Select(Guid.Parse).ToList(),
            Initiatives = initiatives.Select(Guid.Parse).ToList(),
            Types = types,
            Languages = languages,
            YearFrom = yearFrom,
            YearTo = yearTo,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
        }, errors);
    }

    private static string? Key(string v) => Guid.TryParse(v, out var g) ? g.ToString("D") : null;

    private string? CanonicalSubRegion(string v)
    {
        var members = _countries.InSubRegion(v);
        if (members.Count == 0)
        {
            return null;
        }

        var c = members[0];
        return string.Equals(c.SubRegionName, v, StringComparison.OrdinalIgnoreCase) || c.SubRegionCode == v
            ? c.SubRegionName
            : c.IntermediateRegionName ?? c.SubRegionName;
    }

    private static string? Single(Dictionary<string, StringValues> values, string field, Action<string, string> error)
    {
        if (!values.TryGetValue(field, out var v) || v.Count == 0)
        {
            return null;
        }

        if (v.Count > 1)
        {
            error(field, $"{field} may be given once.");
            return null;
        }

        return v[0];
    }

    private List<string> Many(Dictionary<string, StringValues> values, string field, Action<string, string> error, Func<string, string?> canonical, string message)
    {
        var result = new List<string>();
        if (!values.TryGetValue(field, out var raw))
        {
            return result;
        }

        // "region=Europe,Asia" and "region=Europe&region=Asia" mean the same.
        var items = raw.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (items.Count > _options.MaxFilterValues)
        {
            error(field, $"{field} may list at most {_options.MaxFilterValues} values.");
            return result;
        }

        foreach (var item in items)
        {
            var c = item.Length > 200 ? null : canonical(item);
            if (c is null)
            {
                error(field, $"A value of {field} {message}");
                return result;
            }

            if (!result.Contains(c, StringComparer.Ordinal))
            {
                result.Add(c);
            }
        }

        return result;
    }

    private static int? Int(Dictionary<string, StringValues> values, string field, int min, int max, Action<string, string> error)
    {
        var s = Single(values, field, error);
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        if (!int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            error(field, $"{field} must be a whole number from {min} to {max}.");
            return null;
        }

        return n;
    }
}
