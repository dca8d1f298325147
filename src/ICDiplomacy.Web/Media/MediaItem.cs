namespace ICDiplomacy.Web.Media;

/// <summary>A node in the media library: a folder, or a stored file with its image facts and crops.</summary>
public sealed class MediaItem
{
    public long Id { get; set; }
    public Guid Key { get; set; }
    /// <summary>Null at the root. Trashed items keep their parent so they can be restored there.</summary>
    public long? ParentId { get; set; }
    /// <summary>Comma-joined ids from the root to this node, as Umbraco writes it: "-1,12,45".</summary>
    public string Path { get; set; } = "";
    /// <summary>"/" + lower-cased names from the root down + "/", the Delivery API's <c>path</c> and by-path key.</summary>
    public string NamePath { get; set; } = "/";
    /// <summary>Root = 1.</summary>
    public int Level { get; set; }
    public int SortOrder { get; set; }
    /// <summary>One of <see cref="MediaTypes"/>.</summary>
    public required string MediaType { get; set; }
    public required string Name { get; set; }
    public bool Trashed { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
    /// <summary>Bumped on every change; a concurrency token and the <c>v</c> cache buster in image URLs.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Server-generated name inside the media store ("ab/ab12…ef.jpg"); null for folders.</summary>
    public string? StorageName { get; set; }
    /// <summary>The last URL segment ("annual-report.pdf"), a slug of the upload's name with our extension.</summary>
    public string? FileName { get; set; }
    /// <summary>The client's file name, sanitised; only ever used for Content-Disposition.</summary>
    public string? OriginalFileName { get; set; }
    /// <summary>Lower-case extension of the stored (re-encoded) file, without the dot.</summary>
    public string? Extension { get; set; }
    public long? Bytes { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    /// <summary>SHA-256 of the stored bytes, lower-case hex: the ETag and the disk cache's notion of file version.</summary>
    public string? ContentHash { get; set; }

    public double? FocalLeft { get; set; }
    public double? FocalTop { get; set; }
    public string? AltText { get; set; }

    public List<MediaCrop> Crops { get; set; } = [];
}
