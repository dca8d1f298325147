using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using ICDiplomacy.Web.Cms.PropertyEditors;

namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>
/// Reads content-schema/ (format in content-schema/README.md) and checks all of it before returning,
/// so that one failed start-up lists every mistake in the files rather than the first.
/// </summary>
public static partial class ContentSchemaLoader
{
    public const string DocumentTypesFolder = "document-types";
    public const string ElementTypesFolder = "element-types";
    public const string DataTypesFolder = "data-types";

    private const string DefaultIcon = "icon-document";
    private const string DefaultGroup = "Content";

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Loads and validates every schema file under <paramref name="schemaDirectory"/>.</summary>
    /// <exception cref="ContentSchemaException">Any file is invalid; its Problems list every problem found.</exception>
    public static ContentSchema Load(string schemaDirectory)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(schemaDirectory));
        var rootName = Path.GetFileName(root);
        if (!Directory.Exists(root))
        {
            throw new ContentSchemaException([new SchemaProblem(rootName, null, null, $"schema directory '{root}' does not exist")]);
        }

        var problems = new List<SchemaProblem>();
        var dataTypeFiles = ReadFolder(root, rootName, DataTypesFolder, SchemaFileJsonContext.Default.DataTypeFile, problems);
        var documentFiles = ReadFolder(root, rootName, DocumentTypesFolder, SchemaFileJsonContext.Default.ContentTypeFile, problems);
        var elementFiles = ReadFolder(root, rootName, ElementTypesFolder, SchemaFileJsonContext.Default.ContentTypeFile, problems);

        var dataTypes = ReadDataTypes(dataTypeFiles, problems);
        var entries = documentFiles.Select(f => new TypeEntry(f, isElement: false))
            .Concat(elementFiles.Select(f => new TypeEntry(f, isElement: true)))
            .ToList();
        var types = IndexTypes(entries, problems);
        var isElementByType = types.ToDictionary(t => t.Key, t => t.Value.IsElement, StringComparer.Ordinal);

        foreach (var (dataType, file) in dataTypes.Values)
        {
            ValidateConfig(dataType, isElementByType, new SchemaProblem(file, dataType.Alias, null, ""), problems);
        }

        var compositionUsers = FindCompositionUsers(entries, types);
        foreach (var entry in entries)
        {
            CheckTypeFields(entry, types, compositionUsers, problems);
            ReadOwnProperties(entry, dataTypes, isElementByType, problems);
        }

        foreach (var entry in types.Values)
        {
            CheckCompositionCycle(entry, types, problems);
        }

        var resolved = new Dictionary<string, List<PropertyType>>(StringComparer.Ordinal);
        var contentTypes = types.Values
            .Select(entry => BuildContentType(entry, ResolveProperties(entry, types, resolved, [], problems)))
            .ToList();

        if (problems.Count > 0)
        {
            // Stable: within a file, problems keep the order they were found in.
            throw new ContentSchemaException([.. problems.OrderBy(p => p.File, StringComparer.Ordinal)]);
        }

        return new ContentSchema(contentTypes, dataTypes.Values.Select(d => d.DataType));
    }

    internal static bool IsCamelCaseAlias(string alias) => CamelCaseAlias().IsMatch(alias);

    [GeneratedRegex(@"^[a-z][a-zA-Z0-9]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex CamelCaseAlias();

    private static List<SchemaFile<T>> ReadFolder<T>(
        string root, string rootName, string folder, JsonTypeInfo<T> typeInfo, List<SchemaProblem> problems)
        where T : class
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var paths = Directory.GetFiles(directory, "*.json");
        Array.Sort(paths, StringComparer.Ordinal);
        var files = new List<SchemaFile<T>>(paths.Length);
        foreach (var path in paths)
        {
            var display = $"{rootName}/{folder}/{Path.GetFileName(path)}";
            ReadOnlySpan<byte> json = File.ReadAllBytes(path);
            if (json.StartsWith(Utf8Bom))
            {
                json = json[Utf8Bom.Length..];
            }

            try
            {
                if (JsonSerializer.Deserialize(json, typeInfo) is { } content)
                {
                    files.Add(new SchemaFile<T>(display, Path.GetFileNameWithoutExtension(path), content));
                }
                else
                {
                    problems.Add(new SchemaProblem(display, null, null, "the file must hold a JSON object, not null"));
                }
            }
            catch (JsonException ex)
            {
                problems.Add(new SchemaProblem(display, null, null, DescribeMalformed(ex)));
            }
        }

        return files;
    }

    private static string DescribeMalformed(JsonException ex)
    {
        // The serializer appends "Path: … | LineNumber: … | BytePositionInLine: …" with a 0-based line; say it once, 1-based.
        var detail = ex.Message;
        var cut = detail.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0)
        {
            detail = detail[..cut];
        }

        var line = (ex.LineNumber ?? 0) + 1;
        var where = ex.Path is null or "$" ? "" : $" ({ex.Path})";
        return $"malformed JSON at line {line}{where}: {detail}";
    }

    private static Dictionary<string, (DataType DataType, string File)> ReadDataTypes(
        List<SchemaFile<DataTypeFile>> files, List<SchemaProblem> problems)
    {
        var dataTypes = new Dictionary<string, (DataType DataType, string File)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var dto = file.Content;
            var alias = CheckAlias(dto.Alias, file, problems);
            var at = new SchemaProblem(file.Path, alias, null, "");
            ReportUnknownKeys(dto.UnknownKeys, "", at, problems);
            RequireText(dto.Name, "name", at, problems);
            RequireText(dto.Editor, "editor", at, problems);
            if (!string.IsNullOrWhiteSpace(dto.Editor) && !PropertyEditorAliases.All.Contains(dto.Editor))
            {
                problems.Add(at with { Message = $"unknown editor '{dto.Editor}'" });
            }

            var config = ReadConfig(dto.Config, at, problems);
            if (dataTypes.TryGetValue(alias, out var existing))
            {
                problems.Add(at with { Message = $"data type alias '{alias}' is already used by {existing.File}" });
                continue;
            }

            dataTypes[alias] = (new DataType
            {
                Alias = alias,
                Name = dto.Name ?? alias,
                EditorAlias = dto.Editor ?? "",
                Configuration = config,
                SourceFile = file.Path,
            }, file.Path);
        }

        return dataTypes;
    }

    private static Dictionary<string, TypeEntry> IndexTypes(List<TypeEntry> entries, List<SchemaProblem> problems)
    {
        var types = new Dictionary<string, TypeEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            entry.Alias = CheckAlias(entry.Dto.Alias, entry.File, problems);
            if (types.TryGetValue(entry.Alias, out var first))
            {
                problems.Add(new SchemaProblem(entry.Path, entry.Alias, null, $"type alias '{entry.Alias}' is already used by {first.Path}"));
            }
            else
            {
                types.Add(entry.Alias, entry);
            }
        }

        return types;
    }

    private static Dictionary<string, string> FindCompositionUsers(List<TypeEntry> entries, Dictionary<string, TypeEntry> types)
    {
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var composition in entry.Dto.Compositions ?? [])
            {
                if (composition is not null && types.ContainsKey(composition))
                {
                    users.TryAdd(composition, entry.Alias);
                }
            }
        }

        return users;
    }

    /// <returns>The alias to file the entry under: the one written when there is one, else the file name.</returns>
    private static string CheckAlias<T>(string? alias, SchemaFile<T> file, List<SchemaProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(alias))
        {
            problems.Add(new SchemaProblem(file.Path, null, null, "missing required field 'alias'"));
            return file.Stem;
        }

        if (!IsCamelCaseAlias(alias))
        {
            problems.Add(new SchemaProblem(file.Path, alias, null, $"alias '{alias}' is not camelCase (a lower-case letter, then letters and digits)"));
        }

        if (alias != file.Stem)
        {
            problems.Add(new SchemaProblem(file.Path, alias, null, $"alias '{alias}' does not match the file name '{file.Stem}.json'"));
        }

        return alias;
    }

    private static void CheckTypeFields(
        TypeEntry entry, Dictionary<string, TypeEntry> types, Dictionary<string, string> compositionUsers, List<SchemaProblem> problems)
    {
        var dto = entry.Dto;
        var at = new SchemaProblem(entry.Path, entry.Alias, null, "");
        ReportUnknownKeys(dto.UnknownKeys, "", at, problems);
        RequireText(dto.Name, "name", at, problems);

        if (entry.IsElement && dto.AllowedAtRoot)
        {
            problems.Add(at with { Message = "an element type cannot be allowed at root" });
        }

        if (entry.IsElement && dto.AllowedChildTypes is { Count: > 0 })
        {
            problems.Add(at with { Message = "an element type cannot have allowed child types" });
        }

        if (dto.AllowedAtRoot && compositionUsers.TryGetValue(entry.Alias, out var user))
        {
            problems.Add(at with { Message = $"is a composition (of '{user}') and cannot be allowed at root" });
        }

        foreach (var child in CheckAliasList(dto.AllowedChildTypes, "allowedChildTypes", at, problems))
        {
            if (!types.TryGetValue(child, out var childEntry))
            {
                problems.Add(at with { Message = $"allowed child type '{child}' does not exist" });
            }
            else if (childEntry.IsElement)
            {
                problems.Add(at with { Message = $"allowed child type '{child}' is an element type" });
            }
            else if (compositionUsers.TryGetValue(child, out var childUser))
            {
                problems.Add(at with { Message = $"allowed child type '{child}' is a composition (of '{childUser}') and cannot be a child" });
            }
        }

        foreach (var composition in CheckAliasList(dto.Compositions, "compositions", at, problems))
        {
            if (!types.TryGetValue(composition, out var compositionEntry))
            {
                problems.Add(at with { Message = $"composition '{composition}' does not exist" });
            }
            else if (compositionEntry.IsElement != entry.IsElement)
            {
                problems.Add(at with { Message = $"composition '{composition}' is {KindOf(compositionEntry)} but this is {KindOf(entry)}" });
            }
        }
    }

    private static string KindOf(TypeEntry entry) => entry.IsElement ? "an element type" : "a document type";

    /// <returns>The non-empty aliases, each once.</returns>
    private static List<string> CheckAliasList(IReadOnlyList<string?>? aliases, string field, SchemaProblem at, List<SchemaProblem> problems)
    {
        var result = new List<string>();
        for (var i = 0; i < (aliases?.Count ?? 0); i++)
        {
            var alias = aliases![i];
            if (string.IsNullOrWhiteSpace(alias))
            {
                problems.Add(at with { Message = $"{field}[{i}] is empty" });
            }
            else if (result.Contains(alias))
            {
                problems.Add(at with { Message = $"{field} lists '{alias}' more than once" });
            }
            else
            {
                result.Add(alias);
            }
        }

        return result;
    }

    private static void ReadOwnProperties(
        TypeEntry entry,
        Dictionary<string, (DataType DataType, string File)> dataTypes,
        Dictionary<string, bool> isElementByType,
        List<SchemaProblem> problems)
    {
        var properties = entry.Dto.Properties ?? [];
        for (var i = 0; i < properties.Count; i++)
        {
            var at = new SchemaProblem(entry.Path, entry.Alias, null, "");
            if (properties[i] is not { } dto)
            {
                problems.Add(at with { Message = $"properties[{i}] is null" });
                continue;
            }

            if (string.IsNullOrWhiteSpace(dto.Alias))
            {
                problems.Add(at with { Message = $"properties[{i}]: missing required field 'alias'" });
            }
            else
            {
                at = at with { PropertyAlias = dto.Alias };
                if (!IsCamelCaseAlias(dto.Alias))
                {
                    problems.Add(at with { Message = $"alias '{dto.Alias}' is not camelCase (a lower-case letter, then letters and digits)" });
                }
            }

            ReportUnknownKeys(dto.UnknownKeys, "", at, problems);
            ReportUnknownKeys(dto.Validation?.UnknownKeys, "validation.", at, problems);
            RequireText(dto.Name, "name", at, problems);
            CheckRegex(dto.Validation?.Regex, at, problems);
            if (dto.VariesByCulture && !entry.Dto.VariesByCulture)
            {
                problems.Add(at with { Message = $"varies by culture, but type '{entry.Alias}' does not" });
            }

            var dataType = ResolveDataType(entry.Alias, dto, dataTypes, isElementByType, at, problems);
            if (dataType is null || at.PropertyAlias is not { } alias)
            {
                continue;
            }

            if (entry.OwnProperties.Exists(p => p.Alias == alias))
            {
                problems.Add(at with { Message = $"property alias '{alias}' is declared more than once" });
                continue;
            }

            entry.OwnProperties.Add(new PropertyType
            {
                Alias = alias,
                Name = dto.Name ?? alias,
                Description = dto.Description,
                Group = string.IsNullOrWhiteSpace(dto.Group) ? DefaultGroup : dto.Group,
                DataType = dataType,
                Mandatory = dto.Mandatory,
                MandatoryMessage = dto.MandatoryMessage,
                ValidationRegex = dto.Validation?.Regex,
                ValidationRegexMessage = dto.Validation?.Message,
                VariesByCulture = dto.VariesByCulture,
                Searchable = dto.Searchable,
                Facet = dto.Facet,
                Sensitive = dto.Sensitive,
                DeclaringType = entry.Alias,
            });
        }
    }

    private static DataType? ResolveDataType(
        string typeAlias,
        PropertyTypeFile dto,
        Dictionary<string, (DataType DataType, string File)> dataTypes,
        Dictionary<string, bool> isElementByType,
        SchemaProblem at,
        List<SchemaProblem> problems)
    {
        var hasDataType = !string.IsNullOrWhiteSpace(dto.DataType);
        var hasEditor = !string.IsNullOrWhiteSpace(dto.Editor);
        if (hasDataType == hasEditor)
        {
            problems.Add(at with
            {
                Message = hasDataType
                    ? "sets both 'dataType' and 'editor'; use one"
                    : "needs either 'dataType' (a data-types alias) or 'editor' (an editor alias)",
            });
            return null;
        }

        if (hasDataType)
        {
            if (dto.Config is not null)
            {
                problems.Add(at with { Message = $"'config' is only allowed with 'editor'; data type '{dto.DataType}' has its own config" });
            }

            if (dataTypes.TryGetValue(dto.DataType!, out var found))
            {
                return found.DataType;
            }

            problems.Add(at with { Message = $"unknown dataType '{dto.DataType}'" });
            return null;
        }

        if (!PropertyEditorAliases.All.Contains(dto.Editor!))
        {
            problems.Add(at with { Message = $"unknown editor '{dto.Editor}'" });
            return null;
        }

        var dataType = new DataType
        {
            Alias = $"{typeAlias}.{at.PropertyAlias}",
            Name = dto.Name ?? at.PropertyAlias ?? typeAlias,
            EditorAlias = dto.Editor!,
            Configuration = ReadConfig(dto.Config, at, problems),
        };
        ValidateConfig(dataType, isElementByType, at, problems);
        return dataType;
    }

    private static JsonObject ReadConfig(JsonElement? config, SchemaProblem at, List<SchemaProblem> problems)
    {
        if (config is not { } element || element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(at with { Message = $"'config' must be a JSON object, not {element.ValueKind.ToString().ToLowerInvariant()}" });
            return [];
        }

        // Built eagerly: JsonObject.Create(element) would materialise on first read, and the schema is
        // shared by every request thread.
        return element.Deserialize(SchemaFileJsonContext.Default.JsonObject) ?? [];
    }

    private static void ValidateConfig(
        DataType dataType, Dictionary<string, bool> isElementByType, SchemaProblem at, List<SchemaProblem> problems)
    {
        var messages = new List<string>();
        DataTypeConfigValidator.Validate(dataType.EditorAlias, dataType.Configuration, isElementByType, messages);
        problems.AddRange(messages.Select(m => at with { Message = m }));
    }

    private static void CheckRegex(string? pattern, SchemaProblem at, List<SchemaProblem> problems)
    {
        if (pattern is null)
        {
            return;
        }

        if (pattern.Length == 0)
        {
            problems.Add(at with { Message = "validation regex is empty" });
            return;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            problems.Add(at with { Message = $"invalid validation regex '{pattern}': {ex.Message}" });
        }
    }

    private static void CheckCompositionCycle(TypeEntry entry, Dictionary<string, TypeEntry> types, List<SchemaProblem> problems)
    {
        var path = new List<string> { entry.Alias };
        if (ReachesStart(entry.Alias, entry, types, [], path))
        {
            problems.Add(new SchemaProblem(entry.Path, entry.Alias, null, $"composition cycle: {string.Join(" -> ", path)}"));
        }
    }

    private static bool ReachesStart(string start, TypeEntry current, Dictionary<string, TypeEntry> types, HashSet<string> visited, List<string> path)
    {
        foreach (var composition in current.Dto.Compositions ?? [])
        {
            if (composition is null || !types.TryGetValue(composition, out var next))
            {
                continue;
            }

            path.Add(composition);
            if (composition == start || (visited.Add(composition) && ReachesStart(start, next, types, visited, path)))
            {
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }

    /// <summary>
    /// A type's properties: its compositions' (each already resolved, in the order listed), then its own.
    /// Collisions are reported on the first type where they become visible, so each is reported once.
    /// </summary>
    private static List<PropertyType> ResolveProperties(
        TypeEntry entry,
        Dictionary<string, TypeEntry> types,
        Dictionary<string, List<PropertyType>> resolved,
        HashSet<string> resolving,
        List<SchemaProblem> problems)
    {
        if (resolved.TryGetValue(entry.Alias, out var done))
        {
            return done;
        }

        resolving.Add(entry.Alias);
        var result = new List<PropertyType>();
        var byAlias = new Dictionary<string, PropertyType>(StringComparer.Ordinal);
        foreach (var compositionAlias in (entry.Dto.Compositions ?? []).Distinct())
        {
            // A composition still being resolved is part of a cycle, reported already.
            if (compositionAlias is null || !types.TryGetValue(compositionAlias, out var composition) || resolving.Contains(compositionAlias))
            {
                continue;
            }

            foreach (var property in ResolveProperties(composition, types, resolved, resolving, problems))
            {
                if (Add(property) && property.VariesByCulture && !entry.Dto.VariesByCulture && composition.Dto.VariesByCulture)
                {
                    problems.Add(new SchemaProblem(entry.Path, entry.Alias, property.Alias,
                        $"varies by culture (from composition '{compositionAlias}'), but type '{entry.Alias}' does not"));
                }
            }
        }

        foreach (var property in entry.OwnProperties)
        {
            Add(property);
        }

        resolving.Remove(entry.Alias);
        resolved[entry.Alias] = result;
        return result;

        bool Add(PropertyType property)
        {
            if (byAlias.TryGetValue(property.Alias, out var existing))
            {
                // The same composition reached along two paths contributes its properties once.
                if (existing.DeclaringType != property.DeclaringType)
                {
                    problems.Add(new SchemaProblem(entry.Path, entry.Alias, property.Alias,
                        $"property alias '{property.Alias}' is declared by both '{existing.DeclaringType}' and '{property.DeclaringType}'"));
                }

                return false;
            }

            byAlias.Add(property.Alias, property);
            result.Add(property);
            return true;
        }
    }

    private static ContentType BuildContentType(TypeEntry entry, List<PropertyType> properties)
    {
        var dto = entry.Dto;
        return new ContentType
        {
            Alias = entry.Alias,
            Name = dto.Name ?? entry.Alias,
            Description = dto.Description,
            Icon = string.IsNullOrWhiteSpace(dto.Icon) ? DefaultIcon : dto.Icon,
            IsElement = entry.IsElement,
            AllowedAtRoot = dto.AllowedAtRoot,
            AllowedChildTypes = dto.AllowedChildTypes?.OfType<string>().ToArray() ?? [],
            Compositions = dto.Compositions?.OfType<string>().ToArray() ?? [],
            VariesByCulture = dto.VariesByCulture,
            Properties = properties.Select((p, i) => p.SortOrder == i ? p : p with { SortOrder = i }).ToArray(),
            SourceFile = entry.Path,
        };
    }

    private static void RequireText(string? value, string field, SchemaProblem at, List<SchemaProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(at with { Message = $"missing required field '{field}'" });
        }
    }

    private static void ReportUnknownKeys(Dictionary<string, JsonElement>? unknown, string prefix, SchemaProblem at, List<SchemaProblem> problems)
    {
        foreach (var key in unknown?.Keys ?? Enumerable.Empty<string>())
        {
            problems.Add(at with { Message = $"unknown field '{prefix}{key}'" });
        }
    }

    private sealed record SchemaFile<T>(string Path, string Stem, T Content);

    private sealed class TypeEntry(SchemaFile<ContentTypeFile> file, bool isElement)
    {
        public SchemaFile<ContentTypeFile> File { get; } = file;
        public bool IsElement { get; } = isElement;
        public string Path => File.Path;
        public ContentTypeFile Dto => File.Content;
        public string Alias { get; set; } = file.Stem;
        public List<PropertyType> OwnProperties { get; } = [];
    }
}
