using System.ComponentModel.DataAnnotations;

namespace ICDiplomacy.Web.Search;

/// <summary>Search settings (section <c>Search</c>): index location, query limits, rate limit and rebuild access.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>Folder holding the indexes. Empty: <c>{Cms:DataDirectory}/search</c>. Relative paths are resolved from the content root.</summary>
    public string IndexDirectory { get; set; } = "";

    /// <summary>Longest accepted visitor query, in characters.</summary>
    [Range(1, 1000)]
    public int MaxQueryLength { get; set; } = 200;

    /// <summary>Most words (inside and outside quotes) a visitor query may hold.</summary>
    [Range(1, 64)]
    public int MaxTerms { get; set; } = 12;

    /// <summary>Highest page number; deeper paging makes Lucene collect page × size hits.</summary>
    [Range(1, 1000)]
    public int MaxPage { get; set; } = 100;

    /// <summary>Largest page size.</summary>
    [Range(1, 200)]
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Page size when the request names none.</summary>
    [Range(1, 200)]
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Most values one filter may list (region=Europe&amp;region=Asia).</summary>
    [Range(1, 100)]
    public int MaxFilterValues { get; set; } = 10;

    /// <summary>Time box for collecting one search's hits and facets; beyond it the search answers 503.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Searches one client (IP address) may start per <see cref="RateLimitWindow"/>.</summary>
    [Range(1, 100_000)]
    public int RateLimitPermits { get; set; } = 60;

    /// <summary>Window of the per-client rate limit.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Searches running at once across all clients; more wait in a short queue, then get 429.</summary>
    [Range(1, 1000)]
    public int MaxConcurrentSearches { get; set; } = 16;

    /// <summary>Rebuild both indexes at start-up even when they look healthy (also the <c>--rebuild-index</c> switch).</summary>
    public bool RebuildOnStartup { get; set; }

    /// <summary>Verify segment checksums and document counts against the database after start-up (in the background).</summary>
    public bool VerifyOnStartup { get; set; } = true;
}
