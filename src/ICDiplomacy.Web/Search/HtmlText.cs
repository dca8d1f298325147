using System.Net;
using System.Text;

namespace ICDiplomacy.Web.Search;

/// <summary>Turns stored rich text into plain text for indexing and snippets.</summary>
internal static class HtmlText
{
    public static string ToPlainText(string html)
    {
        if (html.IndexOf('<', StringComparison.Ordinal) < 0 && html.IndexOf('&', StringComparison.Ordinal) < 0)
        {
            return html;
        }

        var sb = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (inTag)
            {
                if (c == '>')
                {
                    inTag = false;
                    // Block boundaries must not glue words together ("<p>a</p><p>b</p>").
                    sb.Append(' ');
                }
            }
            else if (c == '<')
            {
                inTag = true;
            }
            else
            {
                sb.Append(c);
            }
        }

        return Collapse(WebUtility.HtmlDecode(sb.ToString()));
    }

    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
