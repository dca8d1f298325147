namespace ICDiplomacy.Web.Cms.PropertyEditors;

/// <summary>Umbraco's property editor aliases, the only ones a schema file may name.</summary>
public static class PropertyEditorAliases
{
    public const string TextBox = "Umbraco.TextBox";
    public const string TextArea = "Umbraco.TextArea";
    public const string RichText = "Umbraco.RichText";
    public const string MarkdownEditor = "Umbraco.MarkdownEditor";
    public const string DateTime = "Umbraco.DateTime";
    public const string Integer = "Umbraco.Integer";
    public const string Decimal = "Umbraco.Decimal";
    public const string TrueFalse = "Umbraco.TrueFalse";
    public const string DropDownFlexible = "Umbraco.DropDown.Flexible";
    public const string Tags = "Umbraco.Tags";
    public const string MediaPicker3 = "Umbraco.MediaPicker3";
    public const string ContentPicker = "Umbraco.ContentPicker";
    public const string MultiNodeTreePicker = "Umbraco.MultiNodeTreePicker";
    public const string BlockList = "Umbraco.BlockList";
    public const string MultiUrlPicker = "Umbraco.MultiUrlPicker";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        TextBox, TextArea, RichText, MarkdownEditor, DateTime, Integer, Decimal, TrueFalse,
        DropDownFlexible, Tags, MediaPicker3, ContentPicker, MultiNodeTreePicker, BlockList, MultiUrlPicker,
    };
}
