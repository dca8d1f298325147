using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// Reads the media library in the Delivery API's shapes: by key, by name path, several by key, the
/// children query, and MediaPicker3 values for the content Delivery API. Trashed media is never returned.
/// </summary>
public sealed class MediaDeliveryService(CmsDbContext db)
{
    /// <summary>Our cap on <c>take</c> (Umbraco has none); larger values are a 400.</summary>
    public const int MaxTake = 100;

    /// <summary>Our cap on ids per <c>/media/items</c> request.</summary>
    public const int MaxItems = 100;

    public const string SelectorNotFound = "Selector option not found";
    public const string FilterNotFound = "Filter option not found";
    public const string SortNotFound = "Sort option not found";

    private IQueryable<MediaItem> Live => db.Media.AsNoTracking().Where(m => !m.Trashed);

    public async Task<MediaItemResponse?> GetByKeyAsync(Guid key, CancellationToken ct = default)
    {
        var item = await Live.Include(m => m.Crops).FirstOrDefaultAsync(m => m.Key == key, ct);
        return item is null ? null : ToResponse(item);
    }

    /// <summary>By name path from the media root, case-insensitive, trailing slash optional; <c>%2F</c> is decoded as Umbraco does.</summary>
    public async Task<MediaItemResponse?> GetByPathAsync(string? path, CancellationToken ct = default)
    {
        var namePath = NormalizePath(path);
        if (namePath == "/")
        {
            return null;
        }

        var item = await Live.Include(m => m.Crops).Where(m => m.NamePath == namePath).OrderBy(m => m.Id).FirstOrDefaultAsync(ct);
        return item is null ? null : ToResponse(item);
    }

    /// <summary>The items that exist, in the order asked for; unknown and trashed ids are left out.</summary>
    public async Task<IReadOnlyList<MediaItemResponse>> GetItemsAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct = default)
    {
        var distinct = keys.Distinct().ToList();
        var items = await Live.Include(m => m.Crops).Where(m => distinct.Contains(m.Key)).ToDictionaryAsync(m => m.Key, ct);
        return distinct.Where(items.ContainsKey).Select(k => ToResponse(items[k])).ToList();
    }

    /// <summary>
    /// Umbraco's default media query: <c>fetch=children:</c> (<c>/</c>, a key or a name path) is required;
    /// <c>filter=mediaType:Alias</c> (exact) and <c>filter=name:term</c> (contains, case-insensitive);
    /// <c>sort=createDate|updateDate|name|sortOrder:asc|desc</c>.
    /// </summary>
    public async Task<MediaQueryResult> QueryAsync(string? fetch, IReadOnlyList<string> filters, IReadOnlyList<string> sorts, int skip, int take, CancellationToken ct = default)
    {
        if (skip < 0 || take < 0 || take > MaxTake)
        {
            return MediaQueryResult.Error("Invalid paging", $"'skip' must be 0 or more and 'take' between 0 and {MaxTake}.");
        }

        const string Children = "children:";
        if (fetch is null || !fetch.StartsWith(Children, StringComparison.OrdinalIgnoreCase) || fetch.Length == Children.Length)
        {
            return MediaQueryResult.Error(SelectorNotFound, "The 'fetch' parameter is required and must be 'children:' followed by '/', a media id or a media path.");
        }

        var query = Live;
        foreach (var filter in filters)
        {
            var parts = filter.Split(':');
            if (parts.Length != 2)
            {
                return MediaQueryResult.Error(FilterNotFound, $"The 'filter' value '{filter}' must have the form key:value.");
            }

            var value = parts[1];
            switch (parts[0])
            {
                case "mediaType":
                    query = query.Where(m => m.MediaType == value);
                    break;
                case "name":
                    var term = value.ToLower();
#pragma warning disable CA1862 // The StringComparison overloads do not translate to SQL; lower() on both sides does.
                    query = query.Where(m => m.Name.ToLower().Contains(term));
#pragma warning restore CA1862
                    break;
                default:
                    return MediaQueryResult.Error(FilterNotFound, $"The 'filter' option '{parts[0]}' does not exist; use mediaType or name.");
            }
        }

        var order = new List<(string Field, bool Descending)>();
        foreach (var sort in sorts)
        {
            var parts = sort.Split(':');
            bool? descending = parts.Length == 2 ? parts[1].ToLowerInvariant() switch { "asc" => false, "desc" => true, _ => null } : null;
            if (descending is null || parts[0] is not ("createDate" or "updateDate" or "name" or "sortOrder"))
            {
                return MediaQueryResult.Error(SortNotFound, $"The 'sort' value '{sort}' must be createDate, updateDate, name or sortOrder, then :asc or :desc.");
            }

            order.Add((parts[0], descending.Value));
        }

        var selector = fetch[Children.Length..];
        long? parentId = null;
        if (selector != "/")
        {
            var namePath = NormalizePath(selector);
            var parent = Guid.TryParse(selector, out var key)
                ? await Live.Where(m => m.Key == key).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct)
                : await Live.Where(m => m.NamePath == namePath).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
            if (parent is null)
            {
                return new MediaQueryResult(new MediaPagedResponse(0, []));
            }

            parentId = parent;
        }

        query = query.Where(m => m.ParentId == parentId);
        var total = await query.LongCountAsync(ct);
        IOrderedQueryable<MediaItem>? ordered = null;
        foreach (var (field, descending) in order)
        {
            ordered = field switch
            {
                "createDate" => Order(query, ordered, m => m.CreateDate, descending),
                "updateDate" => Order(query, ordered, m => m.UpdateDate, descending),
                "name" => Order(query, ordered, m => m.Name.ToLower(), descending),
                _ => Order(query, ordered, m => m.SortOrder, descending),
            };
        }

        var page = await (ordered ?? query.OrderBy(m => m.SortOrder)).ThenBy(m => m.Id)
            .Skip(skip).Take(take).Include(m => m.Crops).ToListAsync(ct);
        return new MediaQueryResult(new MediaPagedResponse(total, page.Select(ToResponse).ToList()));
    }

    /// <summary>
    /// Renders MediaPicker3 values for the content Delivery API in one round trip: picks of missing, trashed
    /// or folder media are left out (so an empty or invalid value renders as []), the rest keep their order.
    /// </summary>
    public async Task<IReadOnlyList<MediaPickerItem>> ResolvePickedAsync(IReadOnlyList<PickedMedia> picks, CancellationToken ct = default)
    {
        if (picks.Count == 0)
        {
            return [];
        }

        var keys = picks.Select(p => p.MediaKey).Distinct().ToList();
        var media = await Live.Include(m => m.Crops).Where(m => keys.Contains(m.Key) && m.MediaType != MediaTypes.Folder).ToDictionaryAsync(m => m.Key, ct);
        var result = new List<MediaPickerItem>(picks.Count);
        foreach (var pick in picks)
        {
            if (!media.TryGetValue(pick.MediaKey, out var m))
            {
                continue;
            }

            var local = pick.Crops ?? [];
            var crops = local.Concat(CropsOf(m).Where(c => !local.Any(l => l.Alias == c.Alias))).ToList();
            result.Add(new MediaPickerItem(pick.FocalPoint ?? FocalPointOf(m), crops, m.Key, m.Name, m.MediaType, UrlOf(m), m.Extension, m.Width, m.Height, m.Bytes, PropertiesOf(m)));
        }

        return result;
    }

    public static MediaItemResponse ToResponse(MediaItem m)
    {
        var isImage = m.MediaType == MediaTypes.Image;
        return new MediaItemResponse(
            m.NamePath,
            Unspecified(m.CreateDate),
            Unspecified(m.UpdateDate),
            m.Key,
            m.Name,
            m.MediaType,
            UrlOf(m),
            m.Extension,
            m.Width,
            m.Height,
            m.Bytes,
            isImage ? FocalPointOf(m) : null,
            isImage ? CropsOf(m).ToList() : null,
            PropertiesOf(m));
    }

    /// <summary>The public URL of a media file ("/media/{key}/{file name}"), or "" for a folder.</summary>
    public static string UrlOf(MediaItem m) => m.FileName is null ? "" : $"{MediaFileServer.PathPrefix}/{m.Key:N}/{m.FileName}";

    private static IOrderedQueryable<MediaItem> Order<T>(IQueryable<MediaItem> query, IOrderedQueryable<MediaItem>? ordered, System.Linq.Expressions.Expression<Func<MediaItem, T>> key, bool descending) =>
        ordered is null
            ? descending ? query.OrderByDescending(key) : query.OrderBy(key)
            : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);

    private static string NormalizePath(string? path)
    {
        var decoded = Uri.UnescapeDataString(path ?? "").Trim().Trim('/');
        return decoded.Length == 0 ? "/" : "/" + decoded.ToLowerInvariant() + "/";
    }

    private static ImageFocalPoint? FocalPointOf(MediaItem m) =>
        m.FocalLeft is { } left && m.FocalTop is { } top ? new ImageFocalPoint(left, top) : null;

    private static IEnumerable<ImageCrop> CropsOf(MediaItem m) =>
        m.Crops.OrderBy(c => c.Id).Select(c => new ImageCrop(c.Alias, c.Width, c.Height,
            c is { X1: { } x1, Y1: { } y1, X2: { } x2, Y2: { } y2 } ? new ImageCropCoordinates(x1, y1, x2, y2) : null));

    private static Dictionary<string, object?> PropertiesOf(MediaItem m) =>
        m.MediaType == MediaTypes.Image ? new() { ["altText"] = m.AltText } : [];

    // Umbraco writes createDate/updateDate without an offset.
    private static DateTime Unspecified(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
}
