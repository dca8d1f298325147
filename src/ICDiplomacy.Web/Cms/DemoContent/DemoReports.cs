namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>
/// About thirty reports of every type, 2019–2026. Chatham House notes carry a fictional participant roster and
/// name none of its people or affiliations in their text; one report stays a draft and one is scheduled.
/// </summary>
internal static partial class DemoReports
{
    private const string NotAttributed =
        "<p><em>This note was prepared by ICDiplomacy. The meeting was held under the Chatham House Rule; the note does not "
        + "represent the views of any individual participant or of the institutions they belong to.</em></p>";

    // Methods, not fields: static initialisers in different files of a partial class run in no defined order.
    public static IReadOnlyList<DemoReport> All() => [.. Europe(), .. Asia(), .. Africa(), .. Global()];
}
