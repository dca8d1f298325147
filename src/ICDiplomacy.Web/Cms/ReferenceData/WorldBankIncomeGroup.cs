namespace ICDiplomacy.Web.Cms.ReferenceData;

/// <summary>World Bank income group (GNI per capita, Atlas method); <see cref="Unclassified"/> when the Bank gives none.</summary>
public enum WorldBankIncomeGroup
{
    Unclassified = 0,
    Low,
    LowerMiddle,
    UpperMiddle,
    High,
}
