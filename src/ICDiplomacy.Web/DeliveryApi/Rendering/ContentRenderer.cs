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
/// Renders documents in the Delivery API's shapes (reference §1.5, §1.6), written straight to a <see cref="Utf8JsonWriter"/>
/// (no JSON tree per item; the order in which members are written is the wire order). Referenced documents are read in
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

    /// <summary>The body of one item (<c>IApiContentResponse</c>).</summary>
    public byte[] RenderItem(ContentRow row, RenderSession session) => DeliveryJson.Write(writer => WriteItem(writer, row, session));

    /// <summary>The body of an array of items (the items-by-id endpoint).</summary>
    public byte[] RenderItems(IEnumerable<ContentRow> rows, RenderSession session) => DeliveryJson.Write(writer => WriteItems(writer, rows, session));

    /// <summary>The body of a query page: <c>{ "total": …, "items": [ … ] }</c> (<c>PagedIApiContentResponse</c>).</summary>
    public byte[] RenderPage(long total, IEnumerable<ContentRow> rows, RenderSession session) => DeliveryJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("total", total);
        writer.WritePropertyName("items");
        WriteItems(writer, rows, session);
        writer.WriteEndObject();
    });

    private void WriteItems(Utf8JsonWriter writer, IEnumerable<ContentRow> rows, RenderSession session)
    {
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            WriteItem(writer, row, session);
        }

        writer.WriteEndArray();
    }

    /// <summary>A top-level item (<c>IApiContentResponse</c>): the content object plus its <c>cultures</c>.</summary>
    private void WriteItem(Utf8JsonWriter writer, ContentRow row, RenderSession session)
    {
        writer.WriteStartObject();
        WriteContentMembers(writer, row, session, session.Expand, session.Fields, expanded: true);
        writer.WritePropertyName("cultures");
        WriteCultures(writer, row, session);
        writer.WriteEndObject();
    }

    private void WriteContent(Utf8JsonWriter writer, ContentRow row, RenderSession session, PropertySelection? expand, PropertySelection? fields, bool expanded)
    {
        writer.WriteStartObject();
        WriteContentMembers(writer, row, session, expand, fields, expanded);
        writer.WriteEndObject();
    }

    private void WriteContentMembers(Utf8JsonWriter writer, ContentRow row, RenderSession session, PropertySelection? expand, PropertySelection? fields, bool expanded)
    {
        var request = session.Request;

        // Umbraco writes contentType first (it is the polymorphism discriminator); clients rely on the order.
        writer.WriteString("contentType", row.ContentType);
        writer.WriteString("name", row.Name);
        writer.WriteString("createDate", Unspecified(row.CreateDate));
        writer.WriteString("updateDate", Unspecified(row.UpdateDate));
        writer.WritePropertyName("route");
        WriteRoute(writer, row, request.Culture, session);
        writer.WriteString("id", row.Key);
        writer.WriteStartObject("properties");
        if (expanded && schema.Find(row.ContentType) is { } type && session.DataOf(row) is { } data)
        {
            WriteProperties(writer, type, DocumentValues(type, data, request.Culture), expand, fields, session);
        }

        writer.WriteEndObject();
    }

    private void WriteCultures(Utf8JsonWriter writer, ContentRow row, RenderSession session)
    {
        writer.WriteStartObject();

        // Umbraco filters invariant cultures out: invariant content has an empty map.
        if (schema.Find(row.ContentType) is { VariesByCulture: true })
        {
            IEnumerable<string> names = session.Request.Preview && session.DataOf(row) is { } data ? data.Names.Keys : [];
            var all = cultures.Cultures;
            for (var i = 0; i < all.Count; i++)
            {
                var culture = all[i];
                if (IndexOf(all, culture) < i)
                {
                    // A culture configured twice is one key of the map.
                    continue;
                }

                if (row.Urls.Any(u => u.Culture == culture) || names.Contains(culture, StringComparer.OrdinalIgnoreCase))
                {
                    writer.WritePropertyName(culture);
                    WriteRoute(writer, row, culture, session);
                }
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteRoute(Utf8JsonWriter writer, ContentRow row, string culture, RenderSession session)
    {
        var url = row.Urls.FirstOrDefault(u => u.Culture == culture);
        if (url is not null)
        {
            WriteRoute(writer, url.Route, url.RootKey, url.RootSegment);
            return;
        }

        // Preview only: Umbraco gives items without a published route in the culture a synthetic path.
        var rootId = ContentService.RootIdOf(row.Path);
        var root = session.Roots.FirstOrDefault(r => r.Id == rootId);
        WriteRoute(writer, $"/preview-{row.Key:D}/", root?.Key ?? row.Key, root?.Segment(culture, preview: true));
    }

    private static void WriteRoute(Utf8JsonWriter writer, string path, Guid rootKey, string? rootSegment)
    {
        writer.WriteStartObject();
        writer.WriteString("path", path);
        writer.WriteNull("queryString");
        writer.WriteStartObject("startItem");
        writer.WriteString("id", rootKey);
        writer.WriteString("path", rootSegment ?? "");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteProperties(Utf8JsonWriter writer, ContentType type, Func<PropertyType, JsonNode?> values, PropertySelection? expand, PropertySelection? fields, RenderSession session)
    {
        foreach (var property in type.Properties)
        {
            // Confidential values (a meeting's roster, internal notes) never leave the server.
            if (property.Sensitive || (fields is not null && !fields.Includes(property.Alias)))
            {
                continue;
            }

            writer.WritePropertyName(property.Alias);
            WriteValue(writer, property, values(property), expand, fields, session);
        }
    }

    private void WriteValue(Utf8JsonWriter writer, PropertyType property, JsonNode? raw, PropertySelection? expand, PropertySelection? fields, RenderSession session)
    {
        var alias = property.Alias;
        var dataType = property.DataType;
        switch (property.EditorAlias)
        {
            case PropertyEditorAliases.TextBox:
            case PropertyEditorAliases.TextArea:
                WriteStringOrNull(writer, Text(raw));
                break;

            case PropertyEditorAliases.MarkdownEditor:
                WriteStringOrNull(writer, Text(raw) is { } markdown ? Markdig.Markdown.ToHtml(markdown, Markdown) : null);
                break;

            case PropertyEditorAliases.RichText:
                if (options.Value.RichTextOutputAsJson)
                {
                    RichTextJson.Write(writer, Text(raw));
                }
                else
                {
                    writer.WriteStartObject();
                    writer.WriteString("markup", Text(raw) ?? "");
                    writer.WriteStartArray("blocks");
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                break;

            case PropertyEditorAliases.DateTime:
                if (Text(raw) is { } date && DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    writer.WriteStringValue(Unspecified(parsed));
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;

            case PropertyEditorAliases.Integer:
                writer.WriteNumberValue(raw is JsonValue iv && iv.TryGetValue(out int i) ? i : 0);
                break;

            case PropertyEditorAliases.Decimal:
                writer.WriteNumberValue(raw is JsonValue dv && dv.TryGetValue(out decimal d) ? d : 0m);
                break;

            case PropertyEditorAliases.TrueFalse:
                writer.WriteBooleanValue(raw is JsonValue bv && bv.TryGetValue(out bool b) ? b : dataType.GetBool("default"));
                break;

            case PropertyEditorAliases.DropDownFlexible:
                {
                    var items = Strings(raw);
                    if (dataType.GetBool("multiple"))
                    {
                        WriteStringArray(writer, items);
                    }
                    else
                    {
                        WriteStringOrNull(writer, items.Count > 0 ? items[0] : null);
                    }

                    break;
                }

            case PropertyEditorAliases.Tags:
                WriteStringArray(writer, Strings(raw));
                break;

            case PropertyEditorAliases.MediaPicker3:
                WriteMediaPicker(writer, raw, session);
                break;

            case PropertyEditorAliases.ContentPicker:
                {
                    var key = Keys(raw).FirstOrDefault();
                    if (key != Guid.Empty && session.References.TryGetValue(key, out var target))
                    {
                        WritePicked(writer, target, expand, fields, alias, session);
                    }
                    else
                    {
                        writer.WriteNullValue();
                    }

                    break;
                }

            case PropertyEditorAliases.MultiNodeTreePicker:
                writer.WriteStartArray();
                foreach (var key in Keys(raw))
                {
                    if (session.References.TryGetValue(key, out var target))
                    {
                        WritePicked(writer, target, expand, fields, alias, session);
                    }
                }

                writer.WriteEndArray();
                break;

            case PropertyEditorAliases.BlockList:
                WriteBlockList(writer, raw, expand?.NestedFor(alias), fields?.NestedFor(alias), session);
                break;

            case PropertyEditorAliases.MultiUrlPicker:
                WriteLinks(writer, raw, session);
                break;

            default:
                writer.WriteNullValue();
                break;
        }
    }

    private void WritePicked(Utf8JsonWriter writer, ContentRow target, PropertySelection? expand, PropertySelection? fields, string alias, RenderSession session)
    {
        var expandIt = expand?.Includes(alias) == true && target.Data is not null;
        WriteContent(writer, target, session, expandIt ? expand!.NestedFor(alias) : null, expandIt ? fields?.NestedFor(alias) : null, expandIt);
    }

    private void WriteBlockList(Utf8JsonWriter writer, JsonNode? raw, PropertySelection? expand, PropertySelection? fields, RenderSession session)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("items");
        foreach (var block in (raw as JsonArray ?? []).OfType<JsonObject>())
        {
            if (block["contentType"]?.GetValue<string>() is not { } alias || schema.Find(alias) is not { IsElement: true } elementType)
            {
                continue;
            }

            var values = block["values"] as JsonObject ?? [];
            writer.WriteStartObject();
            writer.WriteStartObject("content");
            writer.WriteString("contentType", alias);
            writer.WriteString("id", block["key"] is JsonValue k && k.TryGetValue(out string? key) && Guid.TryParse(key, out var id) ? id : Guid.Empty);
            writer.WriteStartObject("properties");
            WriteProperties(writer, elementType, p => values[p.Alias], expand, fields, session);
            writer.WriteEndObject();
            writer.WriteEndObject();

            // Blocks are stored without settings elements, so settings is always null, as in Umbraco without a settings type.
            writer.WriteNull("settings");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteLinks(Utf8JsonWriter writer, JsonNode? raw, RenderSession session)
    {
        writer.WriteStartArray();
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

                writer.WriteStartObject();
                writer.WriteNull("url");
                writer.WriteNull("queryString");
                writer.WriteString("title", title);
                writer.WriteString("target", target);
                writer.WriteString("destinationId", destination.Key);
                writer.WriteString("destinationType", destination.ContentType);
                writer.WritePropertyName("route");
                WriteRoute(writer, destination, session.Request.Culture, session);
                writer.WriteString("linkType", "Content");
                writer.WriteEndObject();
            }
            else if (Text(link["url"]) is { } external)
            {
                writer.WriteStartObject();
                writer.WriteString("url", external);
                writer.WriteNull("queryString");
                writer.WriteString("title", title);
                writer.WriteString("target", target);
                writer.WriteNull("destinationId");
                writer.WriteNull("destinationType");
                writer.WriteNull("route");
                writer.WriteString("linkType", "External");
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteMediaPicker(Utf8JsonWriter writer, JsonNode? raw, RenderSession session)
    {
        writer.WriteStartArray();
        foreach (var item in (raw as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Text(item["mediaKey"]) is not { } mk || !Guid.TryParse(mk, out var mediaKey) || !session.Media.TryGetValue(mediaKey, out var media))
            {
                continue;
            }

            if (item["focalPoint"] is not JsonObject focalPoint)
            {
                media.WriteTo(writer);
                continue;
            }

            // A focal point set on the pick overrides the media item's own (Umbraco's MediaPicker3 rule), in its place.
            writer.WriteStartObject();
            var replaced = false;
            foreach (var (name, value) in media)
            {
                writer.WritePropertyName(name);
                if (name == "focalPoint")
                {
                    focalPoint.WriteTo(writer);
                    replaced = true;
                }
                else
                {
                    WriteNode(writer, value);
                }
            }

            if (!replaced)
            {
                writer.WritePropertyName("focalPoint");
                focalPoint.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
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

    private static void WriteStringOrNull(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static void WriteStringArray(Utf8JsonWriter writer, List<string> items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<Guid> Keys(JsonNode? node) =>
        Strings(node).Select(s => Guid.TryParse(s, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).Distinct();
}
