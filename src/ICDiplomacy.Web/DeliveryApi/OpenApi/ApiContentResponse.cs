namespace ICDiplomacy.Web.DeliveryApi.OpenApi;

/// <summary>A content item (Umbraco's <c>IApiContentResponse</c>); documents the wire shape, the body is rendered by <c>ContentRenderer</c>.</summary>
/// <param name="ContentType">Document type alias; always the first property.</param>
/// <param name="Name">Name in the requested culture.</param>
/// <param name="CreateDate">Creation date (UTC, written without an offset as Umbraco does).</param>
/// <param name="UpdateDate">Last publish of the culture (UTC, without an offset); the last save in preview.</param>
/// <param name="Route">Route relative to the start item.</param>
/// <param name="Id">The item's key.</param>
/// <param name="Properties">Property values by alias, shaped per editor; confidential properties are never included.</param>
/// <param name="Cultures">Routes in every culture the item is published in; empty for invariant content.</param>
public sealed record ApiContentResponse(
    string ContentType,
    string Name,
    DateTime CreateDate,
    DateTime UpdateDate,
    ApiContentRoute Route,
    Guid Id,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyDictionary<string, ApiContentRoute> Cultures);
