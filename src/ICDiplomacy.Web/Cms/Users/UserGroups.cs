namespace ICDiplomacy.Web.Cms.Users;

/// <summary>Umbraco's default user groups.</summary>
public static class UserGroups
{
    public const string Administrators = "admin";
    public const string Editors = "editor";
    public const string Writers = "writer";
    public const string Translators = "translator";
}
