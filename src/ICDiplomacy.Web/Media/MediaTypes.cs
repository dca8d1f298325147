namespace ICDiplomacy.Web.Media;

/// <summary>
/// Media type aliases, as the Delivery API writes them in <c>mediaType</c>. Folder, Image and File are
/// Umbraco's built-in names; <c>PDF</c> is our own type for PDF documents (Umbraco would use File or its
/// "umbracoMediaArticle" type), chosen so report attachments can be filtered with <c>filter=mediaType:PDF</c>.
/// </summary>
public static class MediaTypes
{
    public const string Folder = "Folder";
    public const string Image = "Image";
    public const string File = "File";
    public const string Pdf = "PDF";

    public static bool IsKnown(string alias) => alias is Folder or Image or File or Pdf;
}
