using System.Globalization;
using System.Text;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// Cleans names that editors and browsers send: no path parts, control or bidi-override characters,
/// line breaks (header injection) or characters file systems reject; bounded length (SECURITY-GUIDE §6 D 34).
/// </summary>
public static class MediaNames
{
    public const int MaxLength = 200;

    /// <summary>A client file name reduced to a safe base name (no extension); null when nothing is left.</summary>
    public static string? SanitizeFileBaseName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }

        var lastSeparator = fileName.LastIndexOfAny(['/', '\\']);
        var name = Clean(fileName[(lastSeparator + 1)..], '\0');
        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            name = name[..dot];
        }

        name = name.Trim(' ', '.');
        return name.Length == 0 ? null : name;
    }

    /// <summary>An editor-supplied media name, cleaned; slashes become hyphens so names never split a path.</summary>
    public static string? SanitizeName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var cleaned = Clean(name, '-').Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static string Clean(string text, char slashReplacement)
    {
        var sb = new StringBuilder(Math.Min(text.Length, MaxLength));
        var lastWasSpace = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            // Tabs and line breaks become spaces: a CR LF must never reach a header (Content-Disposition).
            if (Rune.IsWhiteSpace(rune))
            {
                if (!lastWasSpace && sb.Length is > 0 and < MaxLength)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (rune.Value is '"' or '<' or '>' or ':' or '*' or '?' or '|')
            {
                continue;
            }

            if (rune.Value is '/' or '\\')
            {
                if (slashReplacement == '\0')
                {
                    continue;
                }

                sb.Append(slashReplacement);
                lastWasSpace = false;
                continue;
            }

            if (sb.Length + rune.Utf16SequenceLength > MaxLength)
            {
                break;
            }

            sb.Append(rune.ToString());
            lastWasSpace = false;
        }

        return sb.ToString();
    }
}
