namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>The Start-Item header resolved: absent, a root, or not found (404).</summary>
public sealed record StartItemLookup(bool Requested, RootItem? Root)
{
    public bool NotFound => Requested && Root is null;
}
