namespace ICDiplomacy.Web.Search;

/// <summary>One item found.</summary>
/// <param name="Title">Plain text: encode it when writing HTML.</param>
/// <param name="Type">Report type (meetingSummary…) or document type alias.</param>
/// <param name="Date">yyyy-MM-dd: the publication date where the item has one.</param>
/// <param name="Culture">Language of the matching version ("none" for items that do not vary by culture).</param>
/// <param name="Snippets">HTML: the item's text, encoded, with the matched words in &lt;mark&gt; elements.</param>
public sealed record SearchHit(
    Guid Key,
    string Title,
    string Type,
    string TypeLabel,
    string ContentType,
    string? Date,
    string Culture,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Countries,
    string? Url,
    IReadOnlyList<string> Snippets);
