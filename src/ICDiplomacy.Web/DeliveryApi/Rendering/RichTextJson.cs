using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ICDiplomacy.Web.DeliveryApi.Rendering;

/// <summary>Umbraco's rich text element tree (<c>RichTextOutputAsJson</c>): <c>{ tag, attributes, elements }</c> nodes under <c>#root</c>.</summary>
internal static class RichTextJson
{
    private const int MaxDepth = 64;

    public static JsonObject Parse(string? html)
    {
        var elements = new JsonArray();
        if (!string.IsNullOrEmpty(html))
        {
            var parser = new HtmlParser();
            var document = parser.ParseDocument(string.Empty);
            foreach (var node in parser.ParseFragment(html, document.Body!))
            {
                if (Convert(node, 0) is { } element)
                {
                    elements.Add(element);
                }
            }
        }

        return new JsonObject
        {
            ["tag"] = "#root",
            ["attributes"] = new JsonObject(),
            ["elements"] = elements,
            ["blocks"] = new JsonArray(),
        };
    }

    private static JsonObject? Convert(INode node, int depth)
    {
        switch (node)
        {
            case IText text:
                return new JsonObject { ["tag"] = "#text", ["text"] = text.Data };
            case IElement element when depth < MaxDepth:
                {
                    var attributes = new JsonObject();
                    foreach (var attribute in element.Attributes)
                    {
                        attributes[attribute.Name] = attribute.Value;
                    }

                    var children = new JsonArray();
                    foreach (var child in element.ChildNodes)
                    {
                        if (Convert(child, depth + 1) is { } c)
                        {
                            children.Add(c);
                        }
                    }

                    return new JsonObject { ["tag"] = element.LocalName, ["attributes"] = attributes, ["elements"] = children };
                }

            default:
                return null;
        }
    }
}
