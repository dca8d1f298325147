using System.Text;
using AnyAscii;

namespace ICDiplomacy.Web.Common;

/// <summary>URL segments from names in any script: transliterate (AnyAscii), lower-case, hyphenate.</summary>
public static class Slug
{
    public const int MaxLength = 200;

    public static string From(string text)
    {
        var ascii = text.Transliterate();
        var sb = new StringBuilder(ascii.Length);
        var hyphen = false;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (!hyphen && sb.Length > 0 && c is not '\'')
            {
                sb.Append('-');
                hyphen = true;
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
    }

    /// <summary>True when <paramref name="segment"/> is already a clean segment (what <see cref="From"/> would keep).</summary>
    public static bool IsValid(string segment) =>
        segment.Length is > 0 and <= MaxLength && segment == From(segment);
}
