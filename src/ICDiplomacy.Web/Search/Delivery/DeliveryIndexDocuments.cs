using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Data;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace ICDiplomacy.Web.Search.Delivery;

/// <summary>
/// Builds delivery index documents from the same rows the Delivery API's SQL path reads: a document's
/// published routes (<c>cmsDocumentUrl</c>, one Lucene document each) and its facet projection
/// (<c>cmsDocumentFacet</c>), so both paths answer a query alike.
/// </summary>
public sealed class DeliveryIndexDocuments
{
    /// <summary>
    /// Reads what the index needs for <paramref name="documents"/> in at most three statements and builds the Lucene
    /// documents; <paramref name="ancestorKeys"/> (ancestor id → key) is filled as ancestors are met, since a
    /// rebuild meets the same few again and again.
    /// </summary>
    public async Task<List<(Guid Key, List<LuceneDocument> Documents)>> LoadAsync(
        CmsDbContext db, IReadOnlyList<Cms.Documents.Document> documents, Dictionary<long, Guid> ancestorKeys, CancellationToken ct)
    {
        var live = documents.Where(d => !d.Trashed && d.PublishedVersion != null).ToList();
        var ids = live.Select(d => d.Id).ToList();
        var urls = ids.Count == 0 ? [] : await db.DocumentUrls.AsNoTracking().Where(u => ids.Contains(u.DocumentId))
            .Select(u => new { u.DocumentId, u.Culture, u.Name, u.PublishDate })
            .ToListAsync(ct);
        var facets = ids.Count == 0 ? [] : await db.DocumentFacets.AsNoTracking().Where(f => ids.Contains(f.DocumentId))
            .Select(f => new { f.DocumentId, f.Culture, f.Alias, f.Value })
            .ToListAsync(ct);

        var missing = live.SelectMany(d => AncestorIds(d.Path)).Where(id => !ancestorKeys.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var a in await db.Documents.AsNoTracking().Where(d => missing.Contains(d.Id)).Select(d => new { d.Id, d.Key }).ToListAsync(ct))
            {
                ancestorKeys[a.Id] = a.Key;
            }
        }

        var urlsByDocument = urls.ToLookup(u => u.DocumentId);
        var facetsByDocument = facets.ToLookup(f => f.DocumentId);
        var result = new List<(Guid, List<LuceneDocument>)>(documents.Count);
        foreach (var document in documents)
        {
            var docs = new List<LuceneDocument>();
            result.Add((document.Key, docs));
            var routes = urlsByDocument[document.Id].OrderBy(u => u.Culture, StringComparer.Ordinal).ToList();
            if (routes.Count == 0 || !live.Contains(document))
            {
                continue;
            }

            var ancestors = AncestorIds(document.Path).Select(id => ancestorKeys.TryGetValue(id, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty).ToList();
            var parentKey = document.ParentId is { } parentId && ancestorKeys.TryGetValue(parentId, out var pk) ? pk : (Guid?)null;
            var itemFacets = facetsByDocument[document.Id].ToList();
            foreach (var route in routes)
            {
                var doc = new LuceneDocument();
                doc.Add(new StringField(DeliveryIndexFields.Key, DeliveryIndexFields.KeyText(document.Key), Field.Store.YES));
                doc.Add(new NumericDocValuesField(DeliveryIndexFields.NodeId, document.Id));
                doc.Add(new StringField(DeliveryIndexFields.NodeIdTerm, document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO));
                if (docs.Count == 0)
                {
                    doc.Add(new StringField(DeliveryIndexFields.Item, "y", Field.Store.NO));
                }

                doc.Add(new StringField(DeliveryIndexFields.Culture, route.Culture, Field.Store.NO));
                doc.Add(new StringField(DeliveryIndexFields.ContentType, document.ContentType, Field.Store.NO));
                if (parentKey is { } p)
                {
                    doc.Add(new StringField(DeliveryIndexFields.ParentKey, DeliveryIndexFields.KeyText(p), Field.Store.NO));
                }

                foreach (var ancestor in ancestors)
                {
                    doc.Add(new StringField(DeliveryIndexFields.AncestorKeys, DeliveryIndexFields.KeyText(ancestor), Field.Store.NO));
                }

                doc.Add(new StoredField(DeliveryIndexFields.Path, document.Path));
                foreach (var id in document.Path.Split(',', StringSplitOptions.RemoveEmptyEntries).Skip(1))
                {
                    doc.Add(new StringField(DeliveryIndexFields.PathIds, id, Field.Store.NO));
                }

                var lower = DeliveryIndexFields.AsciiLower(route.Name);
                doc.Add(new StringField(DeliveryIndexFields.NameLower, lower, Field.Store.NO));
                doc.Add(new SortedDocValuesField(DeliveryIndexFields.SortName, new BytesRef(lower)));
                AddNumber(doc, DeliveryIndexFields.CreateDate, document.CreateDate.Ticks);
                AddNumber(doc, DeliveryIndexFields.UpdateDate, route.PublishDate.Ticks);
                doc.Add(new NumericDocValuesField(DeliveryIndexFields.Level, document.Level));
                doc.Add(new NumericDocValuesField(DeliveryIndexFields.SortOrder, document.SortOrder));
                foreach (var other in routes)
                {
                    doc.Add(new StringField(DeliveryIndexFields.RouteCultures, other.Culture, Field.Store.NO));
                }

                foreach (var facet in itemFacets)
                {
                    if (facet.Culture == route.Culture || facet.Culture == VersionData.Invariant)
                    {
                        doc.Add(new StringField(DeliveryIndexFields.Facet(facet.Alias), facet.Value, Field.Store.NO));
                    }

                    doc.Add(new StringField(DeliveryIndexFields.FacetAnyCulture(facet.Alias), facet.Value, Field.Store.YES));
                }

                docs.Add(doc);
            }
        }

        return result;
    }

    private static void AddNumber(LuceneDocument doc, string field, long value)
    {
        doc.Add(new Int64Field(field, value, Field.Store.NO));
        doc.Add(new NumericDocValuesField(field, value));
    }

    private static IEnumerable<long> AncestorIds(string path) =>
        path.Split(',', StringSplitOptions.RemoveEmptyEntries).Skip(1).SkipLast(1).Select(long.Parse);
}
