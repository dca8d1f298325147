namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>A practitioner region: a named set of countries that is not a UN M49 region.</summary>
internal sealed record DemoConflictRegion(string Id, DemoText Name, string[] Countries, DemoText Description);
