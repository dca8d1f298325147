using System.Text.RegularExpressions;

namespace ICDiplomacy.Web.Media;

/// <summary>Storage names are "ab/ab12…ef.ext": a fresh GUID, fanned out by its first two hex digits.</summary>
public static partial class MediaStorageNames
{
    public static string New(string extension)
    {
        var id = Guid.NewGuid().ToString("N");
        return $"{id[..2]}/{id}.{extension}";
    }

    public static bool IsValid(string storageName) => Pattern().IsMatch(storageName);

    [GeneratedRegex("^[0-9a-f]{2}/[0-9a-f]{32}\\.(png|jpg|gif|webp|pdf)$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Pattern();
}
