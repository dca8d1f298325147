namespace ICDiplomacy.Web.Cms.ReferenceData;

/// <summary>One ISO 3166-1 country or area (plus the XK supplement) with its M49 placement and Global South flags.</summary>
public sealed record Country(
    string Alpha2,
    string Alpha3,
    string? Numeric,
    string Name,
    M49Region Region,
    string? SubRegionCode,
    string? SubRegionName,
    string? IntermediateRegionCode,
    string? IntermediateRegionName,
    bool IsUnctadDeveloping,
    bool IsG77Member,
    WorldBankIncomeGroup IncomeGroup)
{
    public bool IsGlobalSouth(GlobalSouthDefinition definition) => definition switch
    {
        GlobalSouthDefinition.Unctad => IsUnctadDeveloping,
        GlobalSouthDefinition.G77 => IsG77Member,
        GlobalSouthDefinition.WorldBankIncome => IncomeGroup is WorldBankIncomeGroup.Low
            or WorldBankIncomeGroup.LowerMiddle
            or WorldBankIncomeGroup.UpperMiddle,
        _ => throw new ArgumentOutOfRangeException(nameof(definition), definition, "Unknown Global South definition."),
    };
}
