using System.Globalization;
using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.Search.Delivery;
using Lucene.Net.Search;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>Umbraco's <c>createDate{op}{date}</c> and <c>updateDate{op}{date}</c> with <c>: :! &gt; &gt;: &lt; &lt;:</c>.</summary>
internal sealed class DateFilter(string name) : IContentFilterHandler
{
    // Longest first: "createDate>:" must not be read as "createDate>" with the value ":…".
    private static readonly string[] Operators = [">:", "<:", ":!", ">", "<", ":"];

    public string Syntax => $"{name}:{{date}} | {name}:!{{date}} | {name}>{{date}} | {name}>:{{date}} | {name}<{{date}} | {name}<:{{date}}";

    public string Description => $"Compares the {(name == "createDate" ? "creation" : "last update")} date (UTC): equals, not equals, after, from, before, up to. A date without a time stands for the whole day with ':' and ':!'.";

    public bool CanHandle(string filter) =>
        filter.Length > name.Length && FilterValues.HasPrefix(filter, name) && Operators.Any(o => filter.AsSpan(name.Length).StartsWith(o, StringComparison.Ordinal));

    public FilterResult Apply(IQueryable<ContentCandidate> query, string filter, ContentFilterContext context)
    {
        var op = Operators.First(o => filter.AsSpan(name.Length).StartsWith(o, StringComparison.Ordinal));
        var raw = filter[(name.Length + op.Length)..].Trim();
        if (!DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            // Umbraco logs and ignores an unparseable date; we answer 400 so a typo never silently widens a query.
            return FilterResult.Invalid($"'{Shorten(raw)}' is not a date; use ISO 8601, e.g. 2024-01-31 or 2024-01-31T12:00:00Z.");
        }

        var wholeDay = !raw.Contains(':', StringComparison.Ordinal) && !raw.Contains('T', StringComparison.OrdinalIgnoreCase);
        var next = value.AddDays(1);
        var create = name == "createDate";
        return FilterResult.Ok((op, wholeDay, create) switch
        {
            (":", true, true) => query.Where(c => c.Document.CreateDate >= value && c.Document.CreateDate < next),
            (":", true, false) => query.Where(c => c.UpdateDate >= value && c.UpdateDate < next),
            (":!", true, true) => query.Where(c => c.Document.CreateDate < value || c.Document.CreateDate >= next),
            (":!", true, false) => query.Where(c => c.UpdateDate < value || c.UpdateDate >= next),
            (":", false, true) => query.Where(c => c.Document.CreateDate == value),
            (":", false, false) => query.Where(c => c.UpdateDate == value),
            (":!", false, true) => query.Where(c => c.Document.CreateDate != value),
            (":!", false, false) => query.Where(c => c.UpdateDate != value),
            (">", _, true) => query.Where(c => c.Document.CreateDate > value),
            (">", _, false) => query.Where(c => c.UpdateDate > value),
            (">:", _, true) => query.Where(c => c.Document.CreateDate >= value),
            (">:", _, false) => query.Where(c => c.UpdateDate >= value),
            ("<", _, true) => query.Where(c => c.Document.CreateDate < value),
            ("<", _, false) => query.Where(c => c.UpdateDate < value),
            ("<:", _, true) => query.Where(c => c.Document.CreateDate <= value),
            _ => query.Where(c => c.UpdateDate <= value),
        });
    }

    public IndexFilterResult ToIndexQuery(string filter, IndexFilterContext context)
    {
        var op = Operators.First(o => filter.AsSpan(name.Length).StartsWith(o, StringComparison.Ordinal));
        var raw = filter[(name.Length + op.Length)..].Trim();
        if (!DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return IndexFilterResult.Invalid($"'{Shorten(raw)}' is not a date; use ISO 8601, e.g. 2024-01-31 or 2024-01-31T12:00:00Z.");
        }

        var wholeDay = !raw.Contains(':', StringComparison.Ordinal) && !raw.Contains('T', StringComparison.OrdinalIgnoreCase);
        var field = name == "createDate" ? DeliveryIndexFields.CreateDate : DeliveryIndexFields.UpdateDate;
        var t = value.Ticks;
        var next = value.AddDays(1).Ticks;
        Query Range(long? min, long? max, bool minInclusive, bool maxInclusive) => NumericRangeQuery.NewInt64Range(field, min, max, minInclusive, maxInclusive);
        return IndexFilterResult.Ok((op, wholeDay) switch
        {
            (":", true) => Range(t, next, true, false),
            (":!", true) => IndexQueries.Not(Range(t, next, true, false)),
            (":", false) => Range(t, t, true, true),
            (":!", false) => IndexQueries.Not(Range(t, t, true, true)),
            (">", _) => Range(t, null, false, true),
            (">:", _) => Range(t, null, true, true),
            ("<", _) => Range(null, t, true, false),
            _ => Range(null, t, true, true),
        });
    }

    internal static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
