namespace ICDiplomacy.Web.DeliveryApi.Querying;

public enum ContentSelectorKind
{
    /// <summary>No <c>fetch</c>: all content, or the descendants of the Start-Item.</summary>
    All,
    Ancestors,
    Children,
    Descendants,
}
