namespace ICDiplomacy.Web.DeliveryApi.Rendering;

/// <summary>
/// A parsed <c>expand</c> or <c>fields</c> value in Umbraco's v2 syntax: <c>properties[$all]</c>,
/// <c>properties[a,b]</c>, nested <c>properties[a[properties[x]]]</c> and <c>properties[$all[properties[x]]]</c>.
/// The v1 forms <c>all</c> and <c>property:a,b</c> are read too.
/// </summary>
public sealed class PropertySelection
{
    private const int MaxDepth = 6;
    private const int MaxLength = 2000;

    private PropertySelection(bool all, PropertySelection? allNested, Dictionary<string, PropertySelection?> named)
    {
        All = all;
        AllNested = allNested;
        Named = named;
    }

    /// <summary><c>$all</c> was given.</summary>
    public bool All { get; }

    /// <summary>The nested selection given with <c>$all[…]</c>.</summary>
    public PropertySelection? AllNested { get; }

    public IReadOnlyDictionary<string, PropertySelection?> Named { get; }

    public bool Includes(string alias) => All || Named.ContainsKey(alias);

    /// <summary>The selection that applies inside the item or block reached through <paramref name="alias"/>.</summary>
    public PropertySelection? NestedFor(string alias) =>
        Named.TryGetValue(alias, out var nested) && nested is not null ? nested : AllNested;

    public static bool TryParse(string? value, out PropertySelection? selection, out string? error)
    {
        selection = null;
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        value = value.Trim();
        if (value.Length > MaxLength)
        {
            error = $"The value is longer than {MaxLength} characters.";
            return false;
        }

        if (string.Equals(value, "all", StringComparison.OrdinalIgnoreCase))
        {
            selection = new PropertySelection(true, null, []);
            return true;
        }

        if (value.StartsWith("property:", StringComparison.OrdinalIgnoreCase))
        {
            var named = value["property:".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.Ordinal).ToDictionary(a => a, _ => (PropertySelection?)null, StringComparer.Ordinal);
            selection = new PropertySelection(false, null, named);
            return true;
        }

        var position = 0;
        selection = ParseProperties(value, ref position, 0, out error);
        if (selection is not null && position != value.Length)
        {
            error = $"Unexpected '{value[position]}' at position {position}.";
            selection = null;
        }

        return selection is not null;
    }

    private static PropertySelection? ParseProperties(string s, ref int i, int depth, out string? error)
    {
        error = null;
        if (depth > MaxDepth)
        {
            error = $"Selections nest at most {MaxDepth} levels deep.";
            return null;
        }

        const string keyword = "properties[";
        if (string.CompareOrdinal(s, i, keyword, 0, keyword.Length) != 0)
        {
            error = $"Expected 'properties[' at position {i}.";
            return null;
        }

        i += keyword.Length;
        var all = false;
        PropertySelection? allNested = null;
        var named = new Dictionary<string, PropertySelection?>(StringComparer.Ordinal);
        while (true)
        {
            var start = i;
            while (i < s.Length && s[i] is not ('[' or ']' or ','))
            {
                i++;
            }

            var alias = s[start..i].Trim();
            PropertySelection? nested = null;
            if (i < s.Length && s[i] == '[')
            {
                i++;
                nested = ParseProperties(s, ref i, depth + 1, out error);
                if (nested is null)
                {
                    return null;
                }

                if (i >= s.Length || s[i] != ']')
                {
                    error = $"Expected ']' at position {i}.";
                    return null;
                }

                i++;
            }

            if (alias == "$all")
            {
                all = true;
                allNested = nested ?? allNested;
            }
            else if (alias.Length > 0)
            {
                named[alias] = nested;
            }
            else if (nested is not null)
            {
                error = $"A nested selection needs a property alias before position {start}.";
                return null;
            }

            if (i >= s.Length)
            {
                error = "Missing ']'.";
                return null;
            }

            if (s[i] == ',')
            {
                i++;
                continue;
            }

            if (s[i] == ']')
            {
                i++;
                return new PropertySelection(all, allNested, named);
            }

            error = $"Unexpected '{s[i]}' at position {i}.";
            return null;
        }
    }
}
