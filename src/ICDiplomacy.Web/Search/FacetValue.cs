namespace ICDiplomacy.Web.Search;

/// <summary>A facet value with the number of items it would give, and whether it is an active filter.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected);
