using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.PropertyEditors;
using ICDiplomacy.Web.Cms.Schema;
using ICDiplomacy.Web.DeliveryApi.Querying;
using Markdig;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi.Rendering;

/// <summary>
/// Renders documents in the Delivery API's shapes (reference §1.5, §1.6). Referenced documents are read in
/// one batch per expansion level through <see cref="DeliveryContentStore"/>, so picked and expanded items
/// obey the same visibility as the requested one; sensitive properties are never rendered.
/// </summary>
public sealed class ContentRenderer(
    DeliveryContentStore store,
    ContentSchema schema,
    CultureSettings cultures,
    IMediaPickerResolver mediaResolver,
    IOptions<DeliveryApiOptions> options)
{
    private const int MaxExpansionLevels = 6;
    private const int MaxReferences = 2000;
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Reads what the rows reference (pickers, expansions, media) so that rendering needs no further I/O.</summary>
    public async Task<RenderSession> PrepareAsync(IReadOnlyList<ContentRow> rows, DeliveryRequest request, PropertySelection? expand, PropertySelection? fields, CancellationToken ct)
    {
        var session = new RenderSession(request, expand, fields);
        if (request.Preview)
        {
            session.Roots = await store.RootsAsync(request, ct);
        }

        var wanted = new Dictionary<Guid, bool>();
        var expansions = new List<(Guid Key, PropertySelection? Expand, PropertySelection? Fields)>();
        void Want(Guid key, bool expanded, PropertySelection? nestedExpand, PropertySelection? nestedFields)
        {
            session.ContentKeys.Add(key);
            if (wanted.Count >= MaxReferences && !wanted.ContainsKey(key))
            {
                return;
            }

            wanted[key] = (wanted.TryGetValue(key, out var w) && w) || expanded;
            if (expanded)
            {
                expansions.Add((key, nestedExpand, nestedFields));
            }
        }

        foreach (var row in rows)
        {
            session.ContentKeys.Add(row.Key);
            if (schema.Find(row.ContentType) is { } type && session.DataOf(row) is { } data)
            {
                Collect(type, DocumentValues(type, data, request.Culture), expand, fields, session, Want);
            }
        }

        var attempted = new HashSet<Guid>();
        var attemptedWithData = new HashSet<Guid>();
        var processed = new HashSet<(Guid, PropertySelection?, PropertySelection?)>();
        for (var level = 0; level <= MaxExpansionLevels; level++)
        {
            var toLoad = wanted.Where(w => !attempted.Contains(w.Key) || (w.Value && !attemptedWithData.Contains(w.Key))).Select(w => w.Key).ToList();
            if (toLoad.Count > 0)
            {
                var needData = toLoad.Any(k => wanted[k]);
                foreach (var row in await store.ByKeysAsync(toLoad, request, needData, ct))
                {
                    // A protected item is left out as if unpublished: not even its name or route leaks through a picker.
                    if (await store.IsListableAsync(row.Path, request, ct))
                    {
                        session.References[row.Key] = row;
                    }
                }

                attempted.UnionWith(toLoad);
                if (needData)
                {
                    attemptedWithData.UnionWith(toLoad);
                }
            }

            var pending = expansions.Where(processed.Add).ToList();
            expansions.Clear();
            if (pending.Count == 0 || level == MaxExpansionLevels)
            {
                break;
            }

            foreach (var (key, nestedExpand, nestedFields) in pending)
            {
                if (session.References.TryGetValue(key, out var target) && schema.Find(target.ContentType) is { } type && session.DataOf(target) is { } data)
                {
                    Collect(type, DocumentValues(type, data, request.Culture), nestedExpand, nestedFields, session, Want);
                }
            }
        }

        if (session.MediaKeys.Count > 0)
        {
            session.Media = await mediaResolver.ResolveAsync(session.MediaKeys, request, ct);
        }

        return session;
    }

    /// <summary>A top-level item (<c>IApiContentResponse</c>): the content object plus its <c>cultures</c>.</summary>
    public JsonObject Render(ContentRow row, RenderSession session)
    {
        var item = RenderContent(row, session, session.Expand, session.Fields, expanded: true);
        item["cultures"] = Cultures(row, session);
        return item;
    }

    private JsonObject RenderContent(ContentRow row, RenderSession session, PropertySelection? expand, PropertySelection? fields, bool expanded)
    {
        var request = session.Request;
        var properties = new JsonObject();
        if (expanded && schema.Find(row.ContentType) is { } type && session.DataOf(row) is { } data)
        {
            WriteProperties(properties, type, DocumentValues(type, data, request.Culture), expand, fields, session);
        }

        // Umbraco writes contentType first (it is the polymorphism discriminator); clients rely on the order.
        return new JsonObject
        {
            ["contentType"] = row.ContentType,
            ["name"] = row.Name,
            ["createDate"] = Unspecified(row.CreateDate),
            ["updateDate"] = Unspecified(row.UpdateDate),
            ["route"] = Route(row, request.Culture, session),
            ["id"] = row.Key,
            ["properties"] = properties,
        };
    }

    private JsonObject Cultures(ContentRow row, RenderSession session)
    {
        var result = new JsonObject();
        if (schema.Find(row.ContentType) is not { VariesByCulture: true })
        {
            // Umbraco filters invariant cultures out: invariant content has an empty map.
            return result;
        }

        IEnumerable<string> names = session.Request.Preview && session.DataOf(row) is { } data ? data.Names.Keys : [];
        foreach (var culture in cultures.Cultures)
        {
            if (row.Urls.Any(u => u.Culture == culture) || names.Contains(culture, StringComparer.OrdinalIgnoreCase))
            {
                result[culture] = Route(row, culture, session);
            }
        }

        return result;
    }

    private static JsonObject Route(ContentRow row, string culture, RenderSession session)
    {
        var url = row.Urls.FirstOrDefault(u => u.Culture == culture);
        if (url is not null)
        {
            return RouteObject(url.Route, url.RootKey, url.RootSegment);
        }

        // Preview only: Umbraco gives items without a published route in the culture a synthetic path.
        var rootId = ContentService.RootIdOf(row.Path);
        var root = session.Roots.FirstOrDefault(r => r.Id == rootId);
        return RouteObject($"/preview-{row.Key:D}/", root?.Key ?? row.Key, root?.Segment(culture, preview: true));
    }

    internal static JsonObject RouteObject(string path, Guid rootKey, string? rootSegment) => new()
    {
        ["path"] = path,
        ["queryString"] = null,
        ["startItem"] = new JsonObject { ["id"] = rootKey, ["path"] = rootSegment ?? "" },
    };

    private void WriteProperties(JsonObject target, ContentType type, Func<PropertyType, JsonNode?> values, PropertySelection? expand, PropertySelection? fields, RenderSession session)
    {
        foreach (var property in type.Properties)
        {
            // Confidential values (a meeting's roster, internal notes) never leave the server.
            if (property.Sensitive || (fields is not null && !fields.Includes(property.Alias)))
            {
                continue;
            }

            target[property.Alias] = WriteValue(property, values(property), expand, fields, session);
        }
    }

    private JsonNode? WriteValue(PropertyType property, JsonNode? raw, PropertySelection? expand, PropertySelection? fields, RenderSession session)
    {
        var alias = property.Alias;
        var dataType = property.DataType;
        switch (property.EditorAlias)
        {
            case PropertyEditorAliases.TextBox:
            case PropertyEditorAliases.TextArea:
                return Text(raw) is { } text ? JsonValue.Create(text) : null;

            case PropertyEditorAliases.MarkdownEditor:
                return Text(raw) is { } markdown ? JsonValue.Create(Markdig.Markdown.ToHtml(markdown, Markdown)) : null;

            case PropertyEditorAliases.RichText:
                {
                    var html = Text(raw);
                    return options.Value.RichTextOutputAsJson
                        ? RichTextJson.Parse(html)
                        : new JsonObject { ["markup"] = html ?? "", ["blocks"] = new JsonArray() };
                }

            case PropertyEditorAliases.DateTime:
                return Text(raw) is { } date && DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                    ? JsonValue.Create(Unspecified(parsed))
                    : null;

            case PropertyEditorAliases.Integer:
                return JsonValue.Create(raw is JsonValue iv && iv.TryGetValue(out int i) ? i : 0);

            case PropertyEditorAliases.Decimal:
                return JsonValue.Create(raw is JsonValue dv && dv.TryGetValue(out decimal d) ? d : 0m);

            case PropertyEditorAliases.TrueFalse:
                return JsonValue.Create(raw is JsonValue bv && bv.TryGetValue(out bool b) ? b : dataType.GetBool("default"));

            case PropertyEditorAliases.DropDownFlexible:
                {
                    var items = Strings(raw);
                    return dataType.GetBool("multiple") ? StringArray(items) : items.Count > 0 ? JsonValue.Create(items[0]) : null;
                }

            case PropertyEditorAliases.Tags:
                return StringArray(Strings(raw));

            case PropertyEditorAliases.MediaPicker3:
                return MediaPicker(raw, session);

            case PropertyEditorAliases.ContentPicker:
                {
                    var key = Keys(raw).FirstOrDefault();
                    return key != Guid.Empty && session.References.TryGetValue(key, out var target)
                        ? Picked(target, expand, fields, alias, session)
                        : null;
                }

            case PropertyEditorAliases.MultiNodeTreePicker:
                {
                    var array = new JsonArray();
                    foreach (var key in Keys(raw))
                    {
                        if (session.References.TryGetValue(key, out var target))
                        {
                            array.Add(Picked(target, expand, fields, alias, session));
                        }
                    }

                    return array;
                }

            case PropertyEditorAliases.BlockList:
                return BlockList(raw, expand?.NestedFor(alias), fields?.NestedFor(alias), session);

            case PropertyEditorAliases.MultiUrlPicker:
                return Links(raw, session);

            default:
                return null;
        }
    }

    private JsonObject Picked(ContentRow target, PropertySelection? expand, PropertySelection? fields, string alias, RenderSession session)
    {
        var expandIt = expand?.Includes(alias) == true && target.Data is not null;
        return RenderContent(target, session, expandIt ? expand!.NestedFor(alias) : null, expandIt ? fields?.NestedFor(alias) : null, expandIt);
    }

    private JsonObject BlockList(JsonNode? raw, PropertySelection? expand, PropertySelection? fields, RenderSession session)
    {
        var items = new JsonArray();
        foreach (var block in (raw as JsonArray ?? []).OfType<JsonObject>())
        {
            if (block["contentType"]?.GetValue<string>() is not { } alias || schema.Find(alias) is not { IsElement: true } elementType)
            {
                continue;
            }

            var values = block["values"] as JsonObject ?? [];
            var properties = new JsonObject();
            WriteProperties(properties, elementType, p => values[p.Alias], expand, fields, session);
            items.Add(new JsonObject
            {
                ["content"] = new JsonObject
                {
                    ["contentType"] = alias,
                    ["id"] = block["key"] is JsonValue k && k.TryGetValue(out string? key) && Guid.TryParse(key, out var id) ? id : Guid.Empty,
                    ["properties"] = properties,
                },
                // Blocks are stored without settings elements, so settings is always null, as in Umbraco without a settings type.
                ["settings"] = null,
            });
        }

        return new JsonObject { ["items"] = items };
    }

    private static JsonArray Links(JsonNode? raw, RenderSession session)
    {
        var links = new JsonArray();
        foreach (var link in (raw as JsonArray ?? []).OfType<JsonObject>())
        {
            var title = Text(link["title"]);
            var target = Text(link["target"]) is { Length: > 0 } t ? t : null;
            if (Text(link["contentKey"]) is { } ck && Guid.TryParse(ck, out var contentKey))
            {
                if (!session.References.TryGetValue(contentKey, out var destination))
                {
                    continue;
                }

                links.Add(new JsonObject
                {
                    ["url"] = null,
                    ["queryString"] = null,
                    ["title"] = title,
                    ["target"] = target,
                    ["destinationId"] = destination.Key,
                    ["destinationType"] = destination.ContentType,
                    ["route"] = Route(destination, session.Request.Culture, session),
                    ["linkType"] = "Content",
                });
            }
            else if (Text(link["url"]) is { } external)
            {
                links.Add(new JsonObject
                {
                    ["url"] = external,
                    ["queryString"] = null,
                    ["title"] = title,
                    ["target"] = target,
                    ["destinationId"] = null,
                    ["destinationType"] = null,
                    ["route"] = null,
                    ["linkType"] = "External",
                });
            }
        }

        return links;
    }

    private static JsonArray MediaPicker(JsonNode? raw, RenderSession session)
    {
        var array = new JsonArray();
        foreach (var item in (raw as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Text(item["mediaKey"]) is not { } mk || !Guid.TryParse(mk, out var mediaKey) || !session.Media.TryGetValue(mediaKey, out var media))
            {
                continue;
            }

            var copy = (JsonObject)media.DeepClone();
            if (item["focalPoint"] is JsonObject focalPoint)
            {
                // A focal point set on the pick overrides the media item's own (Umbraco's MediaPicker3 rule).
                copy["focalPoint"] = focalPoint.DeepClone();
            }

            array.Add(copy);
        }

        return array;
    }

    /// <summary>Walks the included properties the way <see cref="WriteProperties"/> will, noting every reference.</summary>
    private void Collect(ContentType type, Func<PropertyType, JsonNode?> values, PropertySelection? expand, PropertySelection? fields, RenderSession session, Action<Guid, bool, PropertySelection?, PropertySelection?> want)
    {
        foreach (var property in type.Properties)
        {
            if (property.Sensitive || (fields is not null && !fields.Includes(property.Alias)) || values(property) is not { } raw)
            {
                continue;
            }

            var alias = property.Alias;
            switch (property.EditorAlias)
            {
                case PropertyEditorAliases.ContentPicker:
                case PropertyEditorAliases.MultiNodeTreePicker:
                    var expanded = expand?.Includes(alias) == true;
                    foreach (var key in Keys(raw))
                    {
                        want(key, expanded, expanded ? expand!.NestedFor(alias) : null, expanded ? fields?.NestedFor(alias) : null);
                    }

                    break;

                case PropertyEditorAliases.MultiUrlPicker:
                    foreach (var link in (raw as JsonArray ?? []).OfType<JsonObject>())
                    {
                        if (Text(link["contentKey"]) is { } ck && Guid.TryParse(ck, out var contentKey))
                        {
                            want(contentKey, false, null, null);
                        }
                    }

                    break;

                case PropertyEditorAliases.MediaPicker3:
                    foreach (var item in (raw as JsonArray ?? []).OfType<JsonObject>())
                    {
                        if (Text(item["mediaKey"]) is { } mk && Guid.TryParse(mk, out var mediaKey))
                        {
                            session.MediaKeys.Add(mediaKey);
                        }
                    }

                    break;

                case PropertyEditorAliases.BlockList:
                    foreach (var block in (raw as JsonArray ?? []).OfType<JsonObject>())
                    {
                        if (block["contentType"]?.GetValue<string>() is { } elementAlias && schema.Find(elementAlias) is { IsElement: true } elementType)
                        {
                            var blockValues = block["values"] as JsonObject ?? [];
                            Collect(elementType, p => blockValues[p.Alias], expand?.NestedFor(alias), fields?.NestedFor(alias), session, want);
                        }
                    }

                    break;
            }
        }
    }

    private static Func<PropertyType, JsonNode?> DocumentValues(ContentType type, VersionData data, string culture) =>
        p => data.GetValue(p.Alias, type.VariesByCulture && p.VariesByCulture ? culture : VersionData.Invariant);

    private static DateTime Unspecified(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Unspecified);

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static List<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(Text).OfType<string>().ToList(),
        JsonValue when Text(node) is { } single => [single],
        _ => [],
    };

    private static JsonArray StringArray(List<string> items) => new(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());

    private static IEnumerable<Guid> Keys(JsonNode? node) =>
        Strings(node).Select(s => Guid.TryParse(s, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).Distinct();
}
