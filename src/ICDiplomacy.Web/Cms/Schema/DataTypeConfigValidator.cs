using System.Text.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.PropertyEditors;

namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>Checks a data type's <c>config</c> against its editor's keys (documented in content-schema/README.md).</summary>
internal static class DataTypeConfigValidator
{
    private static readonly HashSet<string> MediaTypeFilters = new(StringComparer.Ordinal) { "Image", "File", "PDF" };

    private static readonly Dictionary<string, string[]> KnownKeys = new(StringComparer.Ordinal)
    {
        [PropertyEditorAliases.TextBox] = ["maxChars"],
        [PropertyEditorAliases.TextArea] = ["maxChars", "rows"],
        [PropertyEditorAliases.RichText] = ["maxChars"],
        [PropertyEditorAliases.MarkdownEditor] = ["maxChars"],
        [PropertyEditorAliases.DateTime] = ["includeTime"],
        [PropertyEditorAliases.Integer] = ["min", "max", "step"],
        [PropertyEditorAliases.Decimal] = ["min", "max", "step"],
        [PropertyEditorAliases.TrueFalse] = ["default"],
        [PropertyEditorAliases.DropDownFlexible] = ["items", "itemsSource", "multiple"],
        [PropertyEditorAliases.Tags] = ["group"],
        [PropertyEditorAliases.MediaPicker3] = ["multiple", "filter", "crops"],
        [PropertyEditorAliases.ContentPicker] = ["allowedTypes"],
        [PropertyEditorAliases.MultiNodeTreePicker] = ["allowedTypes", "minNumber", "maxNumber"],
        [PropertyEditorAliases.BlockList] = ["blocks", "min", "max"],
        [PropertyEditorAliases.MultiUrlPicker] = ["minNumber", "maxNumber"],
    };

    private static readonly string[] BlockKeys = ["contentElementType", "settingsElementType"];
    private static readonly string[] CropKeys = ["alias", "width", "height"];

    /// <summary>Adds a message to <paramref name="problems"/> for everything wrong with <paramref name="config"/>.</summary>
    /// <param name="editorAlias">A known editor alias; unknown ones are reported by the caller.</param>
    /// <param name="config">The data type's configuration.</param>
    /// <param name="isElementByType">Every content type alias in the schema, mapped to whether it is an element type.</param>
    /// <param name="problems">Receives one message per problem.</param>
    public static void Validate(string editorAlias, JsonObject config, IReadOnlyDictionary<string, bool> isElementByType, List<string> problems)
    {
        if (!KnownKeys.TryGetValue(editorAlias, out var known))
        {
            return;
        }

        foreach (var (key, _) in config)
        {
            if (!known.Contains(key))
            {
                problems.Add($"unknown config key '{key}' for {editorAlias} (known: {string.Join(", ", known)})");
            }
        }

        switch (editorAlias)
        {
            case PropertyEditorAliases.TextBox or PropertyEditorAliases.RichText or PropertyEditorAliases.MarkdownEditor:
                ReadInt(config, "maxChars", 1, problems);
                break;
            case PropertyEditorAliases.TextArea:
                ReadInt(config, "maxChars", 1, problems);
                ReadInt(config, "rows", 1, problems);
                break;
            case PropertyEditorAliases.DateTime:
                ReadBool(config, "includeTime", problems);
                break;
            case PropertyEditorAliases.Integer:
                CheckRange(ReadInt(config, "min", null, problems), ReadInt(config, "max", null, problems), "min", "max", problems);
                ReadInt(config, "step", 1, problems);
                break;
            case PropertyEditorAliases.Decimal:
                CheckRange(ReadDecimal(config, "min", problems), ReadDecimal(config, "max", problems), "min", "max", problems);
                if (ReadDecimal(config, "step", problems) is <= 0 and var step)
                {
                    problems.Add($"config 'step' must be greater than 0, not {step}");
                }

                break;
            case PropertyEditorAliases.TrueFalse:
                ReadBool(config, "default", problems);
                break;
            case PropertyEditorAliases.DropDownFlexible:
                CheckDropDown(config, problems);
                break;
            case PropertyEditorAliases.Tags:
                ReadString(config, "group", problems);
                break;
            case PropertyEditorAliases.MediaPicker3:
                ReadBool(config, "multiple", problems);
                CheckMediaFilter(config, problems);
                CheckCrops(config, problems);
                break;
            case PropertyEditorAliases.ContentPicker:
                CheckAllowedTypes(config, isElementByType, problems);
                break;
            case PropertyEditorAliases.MultiNodeTreePicker:
                CheckAllowedTypes(config, isElementByType, problems);
                CheckRange(ReadInt(config, "minNumber", 0, problems), ReadInt(config, "maxNumber", 0, problems), "minNumber", "maxNumber", problems);
                break;
            case PropertyEditorAliases.BlockList:
                CheckBlocks(config, isElementByType, problems);
                CheckRange(ReadInt(config, "min", 0, problems), ReadInt(config, "max", 0, problems), "min", "max", problems);
                break;
            case PropertyEditorAliases.MultiUrlPicker:
                CheckRange(ReadInt(config, "minNumber", 0, problems), ReadInt(config, "maxNumber", 0, problems), "minNumber", "maxNumber", problems);
                break;
        }
    }

    private static void CheckDropDown(JsonObject config, List<string> problems)
    {
        ReadBool(config, "multiple", problems);
        var hasItems = config.ContainsKey("items");
        var hasSource = config.ContainsKey("itemsSource");
        var sources = string.Join(", ", DropDownItemsSources.All);
        if (hasItems && hasSource)
        {
            problems.Add("config sets both 'items' and 'itemsSource'; use one");
        }
        else if (hasItems)
        {
            if (ReadStrings(config, "items", problems) is { } items)
            {
                if (items.Count == 0)
                {
                    problems.Add("config 'items' is empty");
                }

                ReportRepeats(items, "config 'items'", problems);
            }
        }
        else if (hasSource)
        {
            if (ReadString(config, "itemsSource", problems) is { } source && !DropDownItemsSources.All.Contains(source))
            {
                problems.Add($"unknown config 'itemsSource' '{source}' (known: {sources})");
            }
        }
        else
        {
            problems.Add($"a dropdown needs config 'items' or 'itemsSource' ({sources})");
        }
    }

    private static void CheckMediaFilter(JsonObject config, List<string> problems)
    {
        foreach (var filter in ReadStrings(config, "filter", problems) ?? [])
        {
            if (!MediaTypeFilters.Contains(filter))
            {
                problems.Add($"config 'filter' names unknown media type '{filter}' (known: {string.Join(", ", MediaTypeFilters)})");
            }
        }
    }

    private static void CheckCrops(JsonObject config, List<string> problems)
    {
        if (!config.TryGetPropertyValue("crops", out var node))
        {
            return;
        }

        if (node is not JsonArray crops)
        {
            problems.Add($"config 'crops' must be an array, not {Show(node)}");
            return;
        }

        var aliases = new List<string>();
        for (var i = 0; i < crops.Count; i++)
        {
            var label = $"crops[{i}]";
            if (crops[i] is not JsonObject crop)
            {
                problems.Add($"config '{label}' must be an object with alias, width and height");
                continue;
            }

            ReportUnknownKeys(crop, CropKeys, label, problems);
            var alias = ReadString(crop, "alias", problems, label);
            if (alias is null)
            {
                problems.Add($"config '{label}' needs 'alias'");
            }
            else if (!ContentSchemaLoader.IsCamelCaseAlias(alias))
            {
                problems.Add($"config '{label}.alias' '{alias}' is not camelCase");
            }
            else
            {
                aliases.Add(alias);
            }

            foreach (var dimension in (string[])["width", "height"])
            {
                if (ReadInt(crop, dimension, 1, problems, label) is null && !crop.ContainsKey(dimension))
                {
                    problems.Add($"config '{label}' needs '{dimension}'");
                }
            }
        }

        ReportRepeats(aliases, "config 'crops'", problems);
    }

    private static void CheckAllowedTypes(JsonObject config, IReadOnlyDictionary<string, bool> isElementByType, List<string> problems)
    {
        foreach (var alias in ReadStrings(config, "allowedTypes", problems) ?? [])
        {
            if (!isElementByType.TryGetValue(alias, out var isElement))
            {
                problems.Add($"config 'allowedTypes' names type '{alias}', which does not exist");
            }
            else if (isElement)
            {
                problems.Add($"config 'allowedTypes' names element type '{alias}'; pickers pick documents");
            }
        }
    }

    private static void CheckBlocks(JsonObject config, IReadOnlyDictionary<string, bool> isElementByType, List<string> problems)
    {
        if (!config.TryGetPropertyValue("blocks", out var node))
        {
            problems.Add("a block list needs config 'blocks'");
            return;
        }

        if (node is not JsonArray blocks || blocks.Count == 0)
        {
            problems.Add("config 'blocks' must be a non-empty array of { contentElementType, settingsElementType? }");
            return;
        }

        var contentTypes = new List<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var label = $"blocks[{i}]";
            if (blocks[i] is not JsonObject block)
            {
                problems.Add($"config '{label}' must be an object");
                continue;
            }

            ReportUnknownKeys(block, BlockKeys, label, problems);
            var content = ReadString(block, "contentElementType", problems, label);
            if (content is null)
            {
                problems.Add($"config '{label}' needs 'contentElementType'");
            }
            else
            {
                contentTypes.Add(content);
                CheckElementType(content, "content", isElementByType, problems);
            }

            if (ReadString(block, "settingsElementType", problems, label) is { } settings)
            {
                CheckElementType(settings, "settings", isElementByType, problems);
            }
        }

        ReportRepeats(contentTypes, "config 'blocks'", problems);
    }

    private static void CheckElementType(string alias, string role, IReadOnlyDictionary<string, bool> isElementByType, List<string> problems)
    {
        if (!isElementByType.TryGetValue(alias, out var isElement))
        {
            problems.Add($"block {role} type '{alias}' does not exist");
        }
        else if (!isElement)
        {
            problems.Add($"block {role} type '{alias}' is not an element type");
        }
    }

    private static void CheckRange<T>(T? min, T? max, string minKey, string maxKey, List<string> problems)
        where T : struct, IComparable<T>
    {
        if (min is { } low && max is { } high && low.CompareTo(high) > 0)
        {
            problems.Add($"config '{minKey}' ({low}) is greater than '{maxKey}' ({high})");
        }
    }

    private static int? ReadInt(JsonObject config, string key, int? minimum, List<string> problems, string? parent = null)
    {
        if (!config.TryGetPropertyValue(key, out var node))
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out int number))
        {
            if (number < minimum)
            {
                problems.Add($"config '{Qualify(parent, key)}' must be at least {minimum}, not {number}");
                return null;
            }

            return number;
        }

        problems.Add($"config '{Qualify(parent, key)}' must be a whole number, not {Show(node)}");
        return null;
    }

    private static decimal? ReadDecimal(JsonObject config, string key, List<string> problems)
    {
        if (!config.TryGetPropertyValue(key, out var node))
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out decimal number))
        {
            return number;
        }

        problems.Add($"config '{key}' must be a number, not {Show(node)}");
        return null;
    }

    private static void ReadBool(JsonObject config, string key, List<string> problems)
    {
        if (config.TryGetPropertyValue(key, out var node)
            && node?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            problems.Add($"config '{key}' must be true or false, not {Show(node)}");
        }
    }

    private static string? ReadString(JsonObject config, string key, List<string> problems, string? parent = null)
    {
        if (!config.TryGetPropertyValue(key, out var node))
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is var text
            && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        problems.Add($"config '{Qualify(parent, key)}' must be a non-empty string, not {Show(node)}");
        return null;
    }

    private static List<string>? ReadStrings(JsonObject config, string key, List<string> problems)
    {
        if (!config.TryGetPropertyValue(key, out var node))
        {
            return null;
        }

        if (node is not JsonArray array)
        {
            problems.Add($"config '{key}' must be an array of strings, not {Show(node)}");
            return null;
        }

        var strings = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is JsonValue value && value.GetValueKind() == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetValue<string>()))
            {
                strings.Add(value.GetValue<string>());
            }
            else
            {
                problems.Add($"config '{key}' must contain only non-empty strings, not {Show(item)}");
            }
        }

        return strings;
    }

    private static void ReportUnknownKeys(JsonObject obj, string[] known, string label, List<string> problems)
    {
        foreach (var (key, _) in obj)
        {
            if (!known.Contains(key))
            {
                problems.Add($"unknown config key '{label}.{key}' (known: {string.Join(", ", known)})");
            }
        }
    }

    private static void ReportRepeats(List<string> values, string label, List<string> problems)
    {
        foreach (var repeated in values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{label} lists '{repeated.Key}' more than once");
        }
    }

    private static string Qualify(string? parent, string key) => parent is null ? key : $"{parent}.{key}";

    private static string Show(JsonNode? node) => node is null ? "null" : node.ToJsonString();
}
