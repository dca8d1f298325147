using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.PropertyEditors;
using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.Cms.Schema;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Turns an item into Lucene documents, one per culture. Which properties are indexed comes from the schema:
/// <c>searchable</c> properties feed the culture's one text field (<c>__Text_fr</c>; one analysed field rather
/// than one per property halves indexing time, and no query needs a single property's text), <c>facet</c> properties become keyword fields
/// under their alias, and <c>sensitive</c> properties are never read. Region, sub-region, country, conflict,
/// conflict region, initiative, type, year and language are derived the same way for every document type.
/// </summary>
public sealed class IndexDocumentFactory(ContentSchema schema, CountryCatalog countries, CultureSettings cultures)
{
    public const string ReportTypeAlias = "reportType";
    public const string PublicationDateAlias = "publicationDate";
    // Snippets come from the summary and the start of the body: the text is re-analysed for every hit shown.
    internal const int MaxSnippetBodyChars = 3_000;

    /// <param name="source">The item and the version to index.</param>
    /// <param name="forSnippets">Store the plain text the public search highlights (external index only).</param>
    public IReadOnlyList<LuceneDocument> Create(IndexSource source, bool forSnippets = true)
    {
        var document = source.Document;
        var type = schema.Find(document.ContentType);
        var result = new List<LuceneDocument>(source.Cultures.Count);
        if (type is null)
        {
            return result;
        }

        var facets = DeriveFacets(type, source.Data);
        var first = true;
        foreach (var culture in source.Cultures)
        {
            var invariant = culture == SearchFields.InvariantCulture;
            var storageCulture = invariant ? VersionData.Invariant : culture;
            var textCulture = invariant ? cultures.Default : culture;
            var name = source.Data.Names.GetValueOrDefault(storageCulture) ?? source.Data.Names.GetValueOrDefault(VersionData.Invariant) ?? "";
            var doc = new LuceneDocument();
            var key = document.Key.ToString("D");
            doc.Add(new StringField(SearchFields.Key, key, Field.Store.YES));
            doc.Add(new Int64Field(SearchFields.NodeId, document.Id, Field.Store.YES));
            doc.Add(new NumericDocValuesField(SearchFields.NodeId, document.Id));
            doc.Add(new StringField(SearchFields.IndexType, "content", Field.Store.NO));
            doc.Add(new StringField(SearchFields.NodeTypeAlias, document.ContentType, Field.Store.YES));
            doc.Add(new StringField(SearchFields.Culture, culture, Field.Store.YES));
            var published = invariant ? source.PublishedCultures.Count > 0 : source.PublishedCultures.Contains(culture);
            doc.Add(new StringField(SearchFields.Published, published ? "y" : "n", Field.Store.YES));
            doc.Add(new StringField(SearchFields.Trashed, document.Trashed ? "y" : "n", Field.Store.NO));
            if (first)
            {
                doc.Add(new StringField(SearchFields.Item, "y", Field.Store.NO));
                first = false;
            }

            doc.Add(new StoredField(SearchFields.NodeName, name));
            doc.Add(new TextField(SearchFields.NodeNameIn(textCulture), name, Field.Store.NO));
            doc.Add(new StringField(SearchFields.Path, document.Path, Field.Store.YES));
            foreach (var id in document.Path.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                doc.Add(new StringField(SearchFields.Ancestors, id, Field.Store.NO));
            }

            doc.Add(new Int64Field(SearchFields.ParentId, document.ParentId ?? -1, Field.Store.YES));
            doc.Add(new Int32Field(SearchFields.Level, document.Level, Field.Store.YES));
            doc.Add(new Int32Field(SearchFields.SortOrder, document.SortOrder, Field.Store.YES));
            doc.Add(new Int64Field(SearchFields.CreateDate, document.CreateDate.Ticks, Field.Store.YES));
            doc.Add(new Int64Field(SearchFields.UpdateDate, document.UpdateDate.Ticks, Field.Store.YES));

            var date = facets.Date ?? document.CreateDate;
            doc.Add(new NumericDocValuesField(SearchFields.SortDate, date.Ticks));
            doc.Add(new StoredField(SearchFields.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            doc.Add(new NumericDocValuesField(SearchFields.CultureRank, invariant || culture == cultures.Default ? 0 : 1));

            if (source.Routes.TryGetValue(invariant ? cultures.Default : culture, out var route))
            {
                doc.Add(new StoredField(SearchFields.Url, culture == cultures.Default || invariant ? route : "/" + culture + route));
            }

            AddText(doc, type, source.Data, storageCulture, textCulture, forSnippets);
            AddPropertyFacets(doc, type, source.Data, storageCulture);

            AddKeywords(doc, SearchFields.Region, facets.Regions);
            AddKeywords(doc, SearchFields.SubRegion, facets.SubRegions);
            AddKeywords(doc, SearchFields.Country, facets.Countries);
            AddKeywords(doc, SearchFields.Conflict, facets.Conflicts);
            AddKeywords(doc, SearchFields.ConflictRegion, facets.ConflictRegions);
            AddKeywords(doc, SearchFields.Initiative, facets.Initiatives);
            AddKeywords(doc, SearchFields.Type, [facets.Type]);
            var year = date.Year;
            AddKeywords(doc, SearchFields.Year, [year.ToString(CultureInfo.InvariantCulture)]);
            doc.Add(new Int32Field(SearchFields.YearNumber, year, Field.Store.NO));
            if (!invariant)
            {
                AddKeywords(doc, SearchFields.Language, [culture]);
            }

            result.Add(doc);
        }

        return result;
    }

    private static void AddKeywords(LuceneDocument doc, string field, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            doc.Add(new StringField(field, value, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private void AddText(LuceneDocument doc, ContentType type, VersionData data, string storageCulture, string textCulture, bool forSnippets)
    {
        var all = new StringBuilder();
        string? summary = null;
        var body = new StringBuilder();
        foreach (var property in type.Properties)
        {
            if (!property.Searchable || property.Sensitive)
            {
                continue;
            }

            var value = data.GetValue(property.Alias, ValueCulture(type, property, storageCulture));
            var text = ExtractText(property.DataType, value);
            if (text.Length == 0)
            {
                continue;
            }

            all.Append(text).Append(' ');
            if (summary is null && property.Alias == "summary")
            {
                summary = text;
            }
            else if (body.Length < MaxSnippetBodyChars)
            {
                body.Append(text).Append(' ');
            }
        }

        if (all.Length > 0)
        {
            doc.Add(new TextField(SearchFields.Text(textCulture), all.ToString(), Field.Store.NO));
        }

        if (!forSnippets)
        {
            return;
        }

        if (summary is not null)
        {
            doc.Add(new StoredField(SearchFields.SnippetSummary, summary));
        }

        if (body.Length > 0)
        {
            var b = body.ToString().TrimEnd();
            doc.Add(new StoredField(SearchFields.SnippetBody, b.Length > MaxSnippetBodyChars ? b[..MaxSnippetBodyChars] : b));
        }
    }

    private static void AddPropertyFacets(LuceneDocument doc, ContentType type, VersionData data, string storageCulture)
    {
        foreach (var property in type.Properties)
        {
            if (!property.Facet || property.Sensitive)
            {
                continue;
            }

            foreach (var value in KeywordValues(property.DataType, data.GetValue(property.Alias, ValueCulture(type, property, storageCulture))))
            {
                doc.Add(new StringField(property.Alias, value, Field.Store.YES));
            }
        }
    }

    private static string ValueCulture(ContentType type, PropertyType property, string storageCulture) =>
        type.VariesByCulture && property.VariesByCulture ? storageCulture : VersionData.Invariant;

    internal sealed record DerivedFacets(
        IReadOnlyCollection<string> Regions,
        IReadOnlyCollection<string> SubRegions,
        IReadOnlyCollection<string> Countries,
        IReadOnlyCollection<string> Conflicts,
        IReadOnlyCollection<string> ConflictRegions,
        IReadOnlyCollection<string> Initiatives,
        string Type,
        DateTime? Date);

    internal DerivedFacets DeriveFacets(ContentType type, VersionData data)
    {
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        var subRegions = new SortedSet<string>(StringComparer.Ordinal);
        var countryCodes = new SortedSet<string>(StringComparer.Ordinal);
        var conflicts = new SortedSet<string>(StringComparer.Ordinal);
        var conflictRegions = new SortedSet<string>(StringComparer.Ordinal);
        var initiatives = new SortedSet<string>(StringComparer.Ordinal);
        var kind = type.Alias;
        DateTime? date = null;
        DateTime? facetDate = null;

        foreach (var property in type.Properties)
        {
            if (property.Sensitive)
            {
                continue;
            }

            // Derived fields are invariant: take the invariant value, or the default culture's for a variant property.
            var value = data.GetValue(property.Alias, VersionData.Invariant) ?? data.GetValue(property.Alias, cultures.Default);
            if (value is null)
            {
                continue;
            }

            var dataType = property.DataType;
            switch (dataType.EditorAlias)
            {
                case PropertyEditorAliases.DropDownFlexible:
                    var source = dataType.GetString("itemsSource");
                    if (source == DropDownItemsSources.Countries)
                    {
                        foreach (var code in Strings(value))
                        {
                            if (countries.Find(code) is { } country)
                            {
                                countryCodes.Add(country.Alpha2);
                                if (country.Region != M49Region.Unknown)
                                {
                                    regions.Add(country.Region.ToString());
                                }

                                if (!string.IsNullOrEmpty(country.SubRegionName))
                                {
                                    subRegions.Add(country.SubRegionName);
                                }
                            }
                        }
                    }
                    else if (source == DropDownItemsSources.M49Regions)
                    {
                        foreach (var r in Strings(value))
                        {
                            if (CountryCatalog.TryParseRegion(r, out var region))
                            {
                                regions.Add(region.ToString());
                            }
                        }
                    }
                    else if (property.Alias == ReportTypeAlias && Strings(value).FirstOrDefault() is { } reportType)
                    {
                        kind = reportType;
                    }

                    break;

                case PropertyEditorAliases.ContentPicker:
                case PropertyEditorAliases.MultiNodeTreePicker:
                    var allowed = dataType.GetStrings("allowedTypes");
                    var target = allowed.Contains("conflict") ? conflicts
                        : allowed.Contains("conflictRegion") ? conflictRegions
                        : allowed.Contains("initiative") ? initiatives
                        : null;
                    if (target is not null)
                    {
                        foreach (var k in Strings(value))
                        {
                            if (Guid.TryParse(k, out var g))
                            {
                                target.Add(g.ToString("D"));
                            }
                        }
                    }

                    break;

                case PropertyEditorAliases.DateTime:
                    if (Strings(value).FirstOrDefault() is { } s
                        && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d))
                    {
                        if (property.Alias == PublicationDateAlias)
                        {
                            date = d;
                        }
                        else if (property.Facet)
                        {
                            facetDate ??= d;
                        }
                    }

                    break;
            }
        }

        return new DerivedFacets(regions, subRegions, countryCodes, conflicts, conflictRegions, initiatives, kind, date ?? facetDate);
    }

    private static IEnumerable<string> Strings(JsonNode? value)
    {
        switch (value)
        {
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is JsonValue v && v.TryGetValue(out string? s) && !string.IsNullOrWhiteSpace(s))
                    {
                        yield return s.Trim();
                    }
                }

                break;
            case JsonValue v when v.TryGetValue(out string? s) && !string.IsNullOrWhiteSpace(s):
                yield return s.Trim();
                break;
        }
    }

    private static IEnumerable<string> KeywordValues(DataType dataType, JsonNode? value)
    {
        switch (value)
        {
            case null:
                yield break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is JsonValue v)
                    {
                        yield return Scalar(v);
                    }
                    else if (item is JsonObject o && (o["mediaKey"] ?? o["contentKey"]) is JsonValue k)
                    {
                        yield return Scalar(k);
                    }
                }

                break;
            case JsonValue v:
                yield return dataType.EditorAlias == PropertyEditorAliases.DateTime && v.TryGetValue(out string? s) && s.Length >= 10 ? s[..10] : Scalar(v);
                break;
        }
    }

    private static string Scalar(JsonValue v) =>
        v.TryGetValue(out string? s) ? s
        : v.TryGetValue(out bool b) ? (b ? "1" : "0")
        : v.TryGetValue(out decimal d) ? d.ToString(CultureInfo.InvariantCulture)
        : v.ToJsonString();

    /// <summary>The words a reader sees in a value: text, rich text without markup, tags, and the text inside blocks.</summary>
    private string ExtractText(DataType dataType, JsonNode? value)
    {
        if (value is null)
        {
            return "";
        }

        switch (dataType.EditorAlias)
        {
            case PropertyEditorAliases.TextBox:
            case PropertyEditorAliases.TextArea:
            case PropertyEditorAliases.MarkdownEditor:
                return value is JsonValue tv && tv.TryGetValue(out string? t) ? HtmlText.Collapse(t) : "";
            case PropertyEditorAliases.RichText:
                return value is JsonValue rv && rv.TryGetValue(out string? r) ? HtmlText.ToPlainText(r) : "";
            case PropertyEditorAliases.Tags:
            case PropertyEditorAliases.DropDownFlexible:
                return string.Join(' ', Strings(value));
            case PropertyEditorAliases.BlockList:
                var sb = new StringBuilder();
                foreach (var block in (value as JsonArray ?? []).OfType<JsonObject>())
                {
                    if (block["contentType"] is JsonValue ct && ct.TryGetValue(out string? alias) && schema.Find(alias) is { } element
                        && block["values"] is JsonObject values)
                    {
                        foreach (var p in element.Properties.Where(p => !p.Sensitive))
                        {
                            var text = ExtractText(p.DataType, values[p.Alias]);
                            if (text.Length > 0)
                            {
                                sb.Append(text).Append(' ');
                            }
                        }
                    }
                }

                return sb.ToString().TrimEnd();
            default:
                return "";
        }
    }
}
