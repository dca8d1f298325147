using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ICDiplomacy.Web.DeliveryApi.Rendering;

/// <summary>Umbraco's rich text element tree (<c>RichTextOutputAsJson</c>): <c>{ tag, attributes, elements }</c> nodes under <c>#root</c>.</summary>
internal static class RichTextJson
{
    private const int MaxDepth = 64;

    public static void Write(Utf8JsonWriter writer, string? html)
    {
        writer.WriteStartObject();
        writer.WriteString("tag", "#root");
        writer.WriteStartObject("attributes");
        writer.WriteEndObject();
        writer.WriteStartArray("elements");
        if (!string.IsNullOrEmpty(html))
        {
            var parser = new HtmlParser();
            var document = parser.ParseDocument(string.Empty);
            foreach (var node in parser.ParseFragment(html, document.Body!))
            {
                WriteNode(writer, node, 0);
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("blocks");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Text and elements (down to <see cref="MaxDepth"/>); comments and anything deeper are left out.</summary>
    private static void WriteNode(Utf8JsonWriter writer, INode node, int depth)
    {
        switch (node)
        {
            case IText text:
                writer.WriteStartObject();
                writer.WriteString("tag", "#text");
                writer.WriteString("text", text.Data);
                writer.WriteEndObject();
                break;

            case IElement element when depth < MaxDepth:
                writer.WriteStartObject();
                writer.WriteString("tag", element.LocalName);
                writer.WriteStartObject("attributes");

                // The HTML parser keeps the first of repeated attributes, so each name is written once.
                foreach (var attribute in element.Attributes)
                {
                    writer.WriteString(attribute.Name, attribute.Value);
                }

                writer.WriteEndObject();
                writer.WriteStartArray("elements");
                foreach (var child in element.ChildNodes)
                {
                    WriteNode(writer, child, depth + 1);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
        }
    }
}
