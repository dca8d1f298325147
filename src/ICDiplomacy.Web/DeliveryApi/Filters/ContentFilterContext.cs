using ICDiplomacy.Web.Data;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>What a filter handler may use to build its condition.</summary>
public sealed record ContentFilterContext(CmsDbContext Db, string Culture, bool Preview);
