namespace ICDiplomacy.Web.Cms.ReferenceData;

/// <summary>The five UN M49 regions; <see cref="Unknown"/> for Antarctica, missing and unknown codes.</summary>
public enum M49Region
{
    Unknown = 0,
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
}
