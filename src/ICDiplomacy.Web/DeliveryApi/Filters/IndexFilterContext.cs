using ICDiplomacy.Web.Search.Delivery;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>What a filter handler may use to build its index condition: the request's culture and the index (to look documents up).</summary>
public sealed record IndexFilterContext(string Culture, DeliveryContentIndex Index);
