using ICDiplomacy.Web.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Pages;

/// <summary>The public search page: a GET form, so every search and filter is a shareable URL and works without JavaScript.</summary>
[EnableRateLimiting(SearchModule.RateLimitPolicy)]
public sealed class SearchModel(SearchRequestParser parser, SearchService search, IOptions<SearchOptions> options) : PageModel
{
    private static readonly string[] FilterNames = ["region", "subRegion", "country", "conflict", "conflictRegion", "type", "language", "initiative", "yearFrom", "yearTo"];

    public string? Q { get; private set; }
    public string Sort { get; private set; } = "relevance";
    public int MaxQueryLength => options.Value.MaxQueryLength;
    public int MaxPage => options.Value.MaxPage;
    public SearchResponse? Results { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Unavailable { get; private set; }

    public void OnGet()
    {
        var query = Request.Query;
        Q = query["q"].FirstOrDefault();
        // Before a first search there is nothing to show but the form.
        if (query.Count == 0)
        {
            return;
        }

        var (request, errors) = parser.Parse(query);
        if (request is null)
        {
            Errors = errors;
            Response400();
            return;
        }

        Sort = request.Sort.ToString().ToLowerInvariant();
        try
        {
            var (response, searchErrors) = search.Search(request);
            Results = response;
            if (searchErrors is not null)
            {
                Errors = searchErrors;
                Response400();
            }
        }
        catch (SearchUnavailableException)
        {
            Unavailable = "Search is being rebuilt and will be back in a moment. Please try again shortly.";
            HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            HttpContext.Response.Headers.RetryAfter = "5";
        }
        catch (SearchTimeoutException)
        {
            Unavailable = "The search took too long. Try fewer words or narrower filters.";
            HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }

    private void Response400() => HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? m.FirstOrDefault() : null;

    /// <summary>Active filters as hidden fields, so a new text search keeps them.</summary>
    public IEnumerable<(string Name, string Value)> FilterFields()
    {
        foreach (var name in FilterNames)
        {
            foreach (var value in Request.Query[name])
            {
                if (!string.IsNullOrEmpty(value))
                {
                    yield return (name, value);
                }
            }
        }
    }

    public static string FacetTitle(string facet) => facet switch
    {
        SearchFields.Region => "Region",
        SearchFields.SubRegion => "Sub-region",
        SearchFields.Country => "Country",
        SearchFields.Conflict => "Conflict",
        SearchFields.Type => "Type",
        SearchFields.Year => "Year",
        SearchFields.Language => "Language",
        _ => facet,
    };

    public string PageLink(int page) => Link(q => q["page"] = [page.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    /// <summary>The current search with the value added to its filter, or removed when it is already active.</summary>
    public string FacetLink(string facet, FacetValue value) => Link(q =>
    {
        q.Remove("page");
        if (facet == SearchFields.Year)
        {
            var same = value.Selected || (q.GetValueOrDefault("yearFrom") is [var f] && f == value.Value && q.GetValueOrDefault("yearTo") is [var t] && t == value.Value);
            if (same)
            {
                q.Remove("yearFrom");
                q.Remove("yearTo");
            }
            else
            {
                q["yearFrom"] = [value.Value];
                q["yearTo"] = [value.Value];
            }

            return;
        }

        var current = q.GetValueOrDefault(facet)?.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList() ?? [];
        if (value.Selected)
        {
            current.RemoveAll(v => string.Equals(v, value.Value, StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            current.Add(value.Value);
        }

        if (current.Count == 0)
        {
            q.Remove(facet);
        }
        else
        {
            q[facet] = current;
        }
    });

    private string Link(Action<Dictionary<string, List<string>>> change)
    {
        var q = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in FilterNames.Append("q").Append("sort").Append("page").Append("pageSize"))
        {
            var values = Request.Query[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
            if (values.Count > 0)
            {
                q[name] = values;
            }
        }

        change(q);
        var qs = QueryString.Create(q.SelectMany(kv => kv.Value.Select(v => KeyValuePair.Create(kv.Key, (string?)v))));
        return "/search" + qs.ToUriComponent();
    }
}
