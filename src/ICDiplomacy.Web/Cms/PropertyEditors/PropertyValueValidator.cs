using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ganss.Xss;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.Cms.Schema;

namespace ICDiplomacy.Web.Cms.PropertyEditors;

/// <summary>
/// Checks and normalises one property value against its editor and data type configuration. Pickers are
/// collected for a single existence query by the caller; rich text is sanitised here, before it is stored.
/// </summary>
public sealed class PropertyValueValidator(CountryCatalog countries, ContentSchema schema)
{
    public const int MaxTextLength = 1_000_000;
    private const int MaxTagLength = 100;
    private const int MaxBlocks = 500;
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly string[] Regions = ["Africa", "Americas", "Asia", "Europe", "Oceania"];
    // Built on first use: its CSS parser costs thousands of JIT-compiled methods, which an idle node that
    // only serves published content never needs (idle memory target, issue 2). Sanitize is thread-safe.
    private readonly Lazy<HtmlSanitizer> _sanitizer = new(() => new HtmlSanitizer());

    public sealed class Context
    {
        public List<ContentValidationError> Errors { get; } = [];
        public List<PickedReference> Picks { get; } = [];
    }

    /// <summary>Returns the value to store (null when empty), adding errors to <paramref name="context"/>.</summary>
    public JsonNode? Validate(PropertyType property, JsonNode? value, string? culture, Context context, string? path = null)
    {
        var field = path ?? property.Alias;
        if (IsEmpty(value))
        {
            return null;
        }

        var before = context.Errors.Count;
        var normalised = ValidateEditor(property, property.DataType, value!, culture, context, field);
        if (context.Errors.Count == before && property.ValidationRegex is { } pattern && normalised is JsonValue jv && jv.TryGetValue(out string? text))
        {
            bool matches;
            try
            {
                matches = Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, RegexTimeout);
            }
            catch (RegexMatchTimeoutException)
            {
                matches = false;
            }

            if (!matches)
            {
                context.Errors.Add(new(field, culture, property.ValidationRegexMessage ?? $"'{property.Name}' is not in the expected format."));
            }
        }

        return normalised;
    }

    public static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonValue v when v.TryGetValue(out string? s) => string.IsNullOrWhiteSpace(s),
        JsonArray a => a.Count == 0,
        _ => false,
    };

    private JsonNode? ValidateEditor(PropertyType property, DataType dataType, JsonNode value, string? culture, Context context, string field)
    {
        void Error(string message) => context.Errors.Add(new(field, culture, message));

        switch (dataType.EditorAlias)
        {
            case PropertyEditorAliases.TextBox:
            case PropertyEditorAliases.TextArea:
            case PropertyEditorAliases.MarkdownEditor:
            case PropertyEditorAliases.RichText:
                {
                    if (!TryString(value, out var s))
                    {
                        Error($"'{property.Name}' must be text.");
                        return null;
                    }

                    var max = dataType.GetInt("maxChars") ?? (dataType.EditorAlias == PropertyEditorAliases.TextBox ? 512 : MaxTextLength);
                    if (s.Length > max)
                    {
                        Error($"'{property.Name}' is {s.Length} characters long; the limit is {max}.");
                        return null;
                    }

                    if (dataType.EditorAlias == PropertyEditorAliases.TextBox && s.Any(c => c is '\r' or '\n'))
                    {
                        Error($"'{property.Name}' must be a single line.");
                        return null;
                    }

                    if (HasForbiddenControlCharacters(s))
                    {
                        Error($"'{property.Name}' contains control characters.");
                        return null;
                    }

                    return dataType.EditorAlias == PropertyEditorAliases.RichText ? JsonValue.Create(_sanitizer.Value.Sanitize(s)) : JsonValue.Create(s);
                }

            case PropertyEditorAliases.DateTime:
                {
                    if (!TryString(value, out var s) || !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
                    {
                        Error($"'{property.Name}' must be an ISO 8601 date or date-time.");
                        return null;
                    }

                    var includeTime = dataType.GetBool("includeTime", true);
                    return JsonValue.Create(includeTime
                        ? dto.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                        : dto.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

            case PropertyEditorAliases.Integer:
            case PropertyEditorAliases.Decimal:
                {
                    decimal number;
                    if (value is JsonValue nv && nv.GetValueKind() == JsonValueKind.Number
                        && decimal.TryParse(nv.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                    {
                        // Via the JSON text: values built in code (JsonValue.Create(2026)) do not convert with TryGetValue<decimal>.
                        number = d;
                    }
                    else if (TryString(value, out var s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
                    {
                        number = parsed;
                    }
                    else
                    {
                        Error($"'{property.Name}' must be a number.");
                        return null;
                    }

                    var isInteger = dataType.EditorAlias == PropertyEditorAliases.Integer;
                    if (isInteger && (number != decimal.Truncate(number) || number is > int.MaxValue or < int.MinValue))
                    {
                        Error($"'{property.Name}' must be a whole number.");
                        return null;
                    }

                    if (dataType.GetDecimal("min") is { } min && number < min)
                    {
                        Error($"'{property.Name}' must be at least {min.ToString(CultureInfo.InvariantCulture)}.");
                        return null;
                    }

                    if (dataType.GetDecimal("max") is { } max && number > max)
                    {
                        Error($"'{property.Name}' must be at most {max.ToString(CultureInfo.InvariantCulture)}.");
                        return null;
                    }

                    return isInteger ? JsonValue.Create((int)number) : JsonValue.Create(number);
                }

            case PropertyEditorAliases.TrueFalse:
                {
                    if (value is JsonValue bv && bv.TryGetValue(out bool b))
                    {
                        return JsonValue.Create(b);
                    }

                    if (TryString(value, out var s) && (s is "1" or "0" || bool.TryParse(s, out _)))
                    {
                        return JsonValue.Create(s is "1" || (bool.TryParse(s, out var p) && p));
                    }

                    Error($"'{property.Name}' must be true or false.");
                    return null;
                }

            case PropertyEditorAliases.DropDownFlexible:
                return ValidateDropDown(property, dataType, value, Error);

            case PropertyEditorAliases.Tags:
                {
                    var tags = ReadStrings(value);
                    if (tags is null)
                    {
                        Error($"'{property.Name}' must be a list of tags.");
                        return null;
                    }

                    var clean = new List<string>();
                    foreach (var tag in tags.Select(t => t.Trim()).Where(t => t.Length > 0))
                    {
                        if (tag.Length > MaxTagLength || HasForbiddenControlCharacters(tag) || tag.Contains('\n', StringComparison.Ordinal))
                        {
                            Error($"Tag '{Truncate(tag)}' is longer than {MaxTagLength} characters or contains control characters.");
                            return null;
                        }

                        if (!clean.Contains(tag, StringComparer.OrdinalIgnoreCase))
                        {
                            clean.Add(tag);
                        }
                    }

                    return clean.Count == 0 ? null : new JsonArray(clean.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
                }

            case PropertyEditorAliases.ContentPicker:
                {
                    if (!TryString(value, out var s) || !TryParseKey(s, out var key))
                    {
                        Error($"'{property.Name}' must be a document key.");
                        return null;
                    }

                    context.Picks.Add(new(field, culture, key, dataType.GetStrings("allowedTypes")));
                    return JsonValue.Create(key.ToString());
                }

            case PropertyEditorAliases.MultiNodeTreePicker:
                {
                    var items = ReadStrings(value);
                    if (items is null)
                    {
                        Error($"'{property.Name}' must be a list of document keys.");
                        return null;
                    }

                    var keys = new List<Guid>();
                    foreach (var item in items)
                    {
                        if (!TryParseKey(item, out var key))
                        {
                            Error($"'{Truncate(item)}' is not a document key.");
                            return null;
                        }

                        if (!keys.Contains(key))
                        {
                            keys.Add(key);
                        }
                    }

                    if (!CheckCount(property, dataType.GetInt("minNumber"), dataType.GetInt("maxNumber"), keys.Count, Error))
                    {
                        return null;
                    }

                    var allowed = dataType.GetStrings("allowedTypes");
                    foreach (var key in keys)
                    {
                        context.Picks.Add(new(field, culture, key, allowed));
                    }

                    return new JsonArray(keys.Select(k => (JsonNode?)JsonValue.Create(k.ToString())).ToArray());
                }

            case PropertyEditorAliases.MediaPicker3:
                return ValidateMediaPicker(property, dataType, value, Error);

            case PropertyEditorAliases.MultiUrlPicker:
                return ValidateUrlPicker(property, dataType, value, culture, context, field, Error);

            case PropertyEditorAliases.BlockList:
                return ValidateBlockList(property, dataType, value, culture, context, field, Error);

            default:
                Error($"'{property.Name}' uses an editor this server does not know ({dataType.EditorAlias}).");
                return null;
        }
    }

    private JsonNode? ValidateDropDown(PropertyType property, DataType dataType, JsonNode value, Action<string> error)
    {
        var multiple = dataType.GetBool("multiple");
        var chosen = value is JsonArray ? ReadStrings(value) : TryString(value, out var single) ? [single] : null;
        if (chosen is null)
        {
            error($"'{property.Name}' must be {(multiple ? "a list of values" : "a value")} from its list.");
            return null;
        }

        if (!multiple && chosen.Count > 1)
        {
            error($"'{property.Name}' takes one value.");
            return null;
        }

        var source = dataType.GetString("itemsSource");
        var items = dataType.GetStrings("items");
        var result = new List<string>();
        foreach (var raw in chosen)
        {
            var v = raw.Trim();
            string? canonical = source switch
            {
                "countries" => countries.Find(v)?.Alpha2,
                "m49Regions" => Regions.FirstOrDefault(r => string.Equals(r, v, StringComparison.OrdinalIgnoreCase)),
                _ => items.FirstOrDefault(i => string.Equals(i, v, StringComparison.Ordinal)),
            };

            if (canonical is null)
            {
                error(source == "countries"
                    ? $"'{Truncate(v)}' is not an ISO 3166-1 alpha-2 country code."
                    : $"'{Truncate(v)}' is not one of the values allowed for '{property.Name}'.");
                return null;
            }

            if (!result.Contains(canonical))
            {
                result.Add(canonical);
            }
        }

        return multiple
            ? new JsonArray(result.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray())
            : JsonValue.Create(result[0]);
    }

    private static JsonNode? ValidateMediaPicker(PropertyType property, DataType dataType, JsonNode value, Action<string> error)
    {
        // Stored as Umbraco's MediaPicker3 value: [{ key, mediaKey, crops?, focalPoint? }].
        var list = value as JsonArray ?? (value is JsonObject ? [value.DeepClone()] : null);
        if (list is null)
        {
            error($"'{property.Name}' must be a list of picked media.");
            return null;
        }

        var result = new JsonArray();
        foreach (var item in list)
        {
            Guid mediaKey;
            if (item is JsonObject o && o["mediaKey"] is JsonValue mk && mk.TryGetValue(out string? s) && TryParseKey(s, out mediaKey))
            {
                var entry = new JsonObject
                {
                    ["key"] = (o["key"] is JsonValue k && k.TryGetValue(out string? ks) && TryParseKey(ks, out var itemKey) ? itemKey : Guid.NewGuid()).ToString(),
                    ["mediaKey"] = mediaKey.ToString(),
                };
                if (o["focalPoint"] is JsonObject fp)
                {
                    if (fp["left"] is not JsonValue l || !l.TryGetValue(out decimal left) || left is < 0 or > 1
                        || fp["top"] is not JsonValue t || !t.TryGetValue(out decimal top) || top is < 0 or > 1)
                    {
                        error($"The focal point of '{property.Name}' needs left and top between 0 and 1.");
                        return null;
                    }

                    entry["focalPoint"] = new JsonObject { ["left"] = left, ["top"] = top };
                }

                result.Add(entry);
            }
            else
            {
                error($"Each item of '{property.Name}' needs a mediaKey.");
                return null;
            }
        }

        if (!dataType.GetBool("multiple") && result.Count > 1)
        {
            error($"'{property.Name}' takes one item.");
            return null;
        }

        return result;
    }

    private static JsonNode? ValidateUrlPicker(PropertyType property, DataType dataType, JsonNode value, string? culture, Context context, string field, Action<string> error)
    {
        if (value is not JsonArray list)
        {
            error($"'{property.Name}' must be a list of links.");
            return null;
        }

        if (!CheckCount(property, dataType.GetInt("minNumber"), dataType.GetInt("maxNumber"), list.Count, error))
        {
            return null;
        }

        var result = new JsonArray();
        foreach (var item in list)
        {
            if (item is not JsonObject o)
            {
                error($"Each link of '{property.Name}' must be an object.");
                return null;
            }

            var link = new JsonObject();
            if (o["title"] is JsonValue title && title.TryGetValue(out string? t))
            {
                if (t.Length > 512 || HasForbiddenControlCharacters(t))
                {
                    error($"A link title in '{property.Name}' is too long or has control characters.");
                    return null;
                }

                link["title"] = t;
            }

            if (o["target"] is JsonValue target && target.TryGetValue(out string? tg))
            {
                if (tg is not ("_blank" or "_self" or ""))
                {
                    error($"A link target in '{property.Name}' must be _blank or empty.");
                    return null;
                }

                link["target"] = tg;
            }

            if (o["contentKey"] is JsonValue ck && ck.TryGetValue(out string? cks) && TryParseKey(cks, out var contentKey))
            {
                link["contentKey"] = contentKey.ToString();
                context.Picks.Add(new(field, culture, contentKey, []));
            }
            else if (o["url"] is JsonValue u && u.TryGetValue(out string? url) && IsSafeUrl(url))
            {
                link["url"] = url;
            }
            else
            {
                error($"Each link of '{property.Name}' needs a content key or an http(s), mailto or site-relative URL.");
                return null;
            }

            result.Add(link);
        }

        return result;
    }

    private JsonNode? ValidateBlockList(PropertyType property, DataType dataType, JsonNode value, string? culture, Context context, string field, Action<string> error)
    {
        // Stored as [{ key, contentType, values: { alias: value }, settings?: { ... } }].
        var items = value as JsonArray ?? (value is JsonObject wrapper && wrapper["items"] is JsonArray inner ? inner : null);
        if (items is null)
        {
            error($"'{property.Name}' must be a list of blocks.");
            return null;
        }

        if (items.Count > MaxBlocks || !CheckCount(property, dataType.GetInt("min"), dataType.GetInt("max"), items.Count, error))
        {
            if (items.Count > MaxBlocks)
            {
                error($"'{property.Name}' has more than {MaxBlocks} blocks.");
            }

            return null;
        }

        var allowed = dataType.Configuration["blocks"] is JsonArray blocks
            ? blocks.OfType<JsonObject>().Select(b => b["contentElementType"]?.GetValue<string>()).Where(a => a is not null).Select(a => a!).ToList()
            : [];

        var result = new JsonArray();
        for (var i = 0; i < items.Count; i++)
        {
            var blockField = $"{field}[{i}]";
            if (items[i] is not JsonObject block || block["contentType"] is not JsonValue ctv || !ctv.TryGetValue(out string? alias))
            {
                context.Errors.Add(new(blockField, culture, "Each block needs a contentType."));
                return null;
            }

            if (!allowed.Contains(alias) || schema.Find(alias) is not { IsElement: true } elementType)
            {
                context.Errors.Add(new(blockField, culture, $"Blocks of type '{Truncate(alias)}' are not allowed in '{property.Name}'."));
                return null;
            }

            var values = block["values"] as JsonObject ?? [];
            var unknown = values.Select(kv => kv.Key).FirstOrDefault(k => elementType.FindProperty(k) is null);
            if (unknown is not null)
            {
                context.Errors.Add(new($"{blockField}.{unknown}", culture, $"'{elementType.Name}' has no property '{Truncate(unknown)}'."));
                return null;
            }

            var cleanValues = new JsonObject();
            foreach (var elementProperty in elementType.Properties)
            {
                var v = Validate(elementProperty, values[elementProperty.Alias], culture, context, $"{blockField}.{elementProperty.Alias}");
                if (v is null && elementProperty.Mandatory && IsEmpty(values[elementProperty.Alias]))
                {
                    context.Errors.Add(new($"{blockField}.{elementProperty.Alias}", culture, elementProperty.MandatoryMessage ?? $"'{elementProperty.Name}' is required."));
                }

                if (v is not null)
                {
                    cleanValues[elementProperty.Alias] = v;
                }
            }

            var key = block["key"] is JsonValue kv2 && kv2.TryGetValue(out string? ks) && TryParseKey(ks, out var k) ? k : Guid.NewGuid();
            result.Add(new JsonObject { ["key"] = key.ToString(), ["contentType"] = alias, ["values"] = cleanValues });
        }

        return result;
    }

    private static bool CheckCount(PropertyType property, int? min, int? max, int count, Action<string> error)
    {
        if (min is { } mn && count < mn)
        {
            error($"'{property.Name}' needs at least {mn} item(s).");
            return false;
        }

        if (max is { } mx && mx > 0 && count > mx)
        {
            error($"'{property.Name}' takes at most {mx} item(s).");
            return false;
        }

        return true;
    }

    internal static bool IsSafeUrl(string url)
    {
        if (url.Length > 2048 || HasForbiddenControlCharacters(url) || url.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
    }

    private static bool TryString(JsonNode value, out string s)
    {
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.TryGetValue(out string? str))
        {
            s = str;
            return true;
        }

        s = "";
        return false;
    }

    private static List<string>? ReadStrings(JsonNode value)
    {
        if (value is JsonValue single && TryString(single, out var one))
        {
            return one.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }

        if (value is not JsonArray array)
        {
            return null;
        }

        var list = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is null || !TryString(item, out var s))
            {
                return null;
            }

            list.Add(s);
        }

        return list;
    }

    private static bool TryParseKey(string s, out Guid key)
    {
        // Umbraco UDIs ("umb://document/<32 hex>") are accepted as well as plain GUIDs.
        var slash = s.LastIndexOf('/');
        return Guid.TryParse(slash >= 0 ? s[(slash + 1)..] : s, out key) && key != Guid.Empty;
    }

    internal static bool HasForbiddenControlCharacters(string s) =>
        s.Any(c => (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is '\u202E' or '\u202D');

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
