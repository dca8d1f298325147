namespace ICDiplomacy.Web.DeliveryApi.Filters;

internal static class FilterValues
{
    /// <summary>The part after "prefix:", split on commas, trimmed, blanks dropped; a leading '!' negates the whole list.</summary>
    public static (List<string> Values, bool Negated) Split(string filter, int prefixLength)
    {
        var raw = filter[prefixLength..];
        var negated = raw.StartsWith('!');
        if (negated)
        {
            raw = raw[1..];
        }

        var values = raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        return (values, negated);
    }

    public static bool HasPrefix(string filter, string prefix) => filter.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
