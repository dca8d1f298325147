namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Wire names of the profiles; Global South definitions use <c>CountryCatalog.TryParseGlobalSouthDefinition</c>.</summary>
public static class BalanceWireNames
{
    public const string Forum = "forum";
    public const string Dialogue = "dialogue";

    public static bool TryParseProfile(string? value, out BalanceProfile profile)
    {
        var trimmed = value?.Trim();
        if (string.Equals(trimmed, Forum, StringComparison.OrdinalIgnoreCase))
        {
            profile = BalanceProfile.Forum;
            return true;
        }

        profile = BalanceProfile.Dialogue;
        return string.Equals(trimmed, Dialogue, StringComparison.OrdinalIgnoreCase);
    }
}
