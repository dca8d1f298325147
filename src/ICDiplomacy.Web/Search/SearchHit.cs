namespace ICDiplomacy.Web.Search;

/// <summary>
/// One item found. Title is plain text (encode it when writing HTML); Type is the report type (meetingSummary…) or the
/// document type alias; Date is yyyy-MM-dd, the publication date where the item has one; Culture is the language of the
/// matching version ("none" for items that do not vary by culture); Snippets are HTML: the item's text, encoded, with the
/// matched words in &lt;mark&gt; elements.
/// </summary>
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
