namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>One initiative per status. Expert party tags use the exact party names of the initiative's conflict.</summary>
internal static class DemoInitiatives
{
    public static readonly DemoInitiative[] All =
    [
        new()
        {
            Id = "russia-west-contact-group",
            Name = "Russia–West Contact Group",
            Status = "active",
            Summary = "A standing group of experts from Russia and from NATO member states, with observers from Asia, that meets "
                + "two or three times a year to compare threat perceptions and to develop practical proposals on military risk "
                + "reduction and on humanitarian issues arising from the war in Ukraine.",
            FrameworkText = "<h2>Purpose</h2><p>To keep a channel open between experts from Russia and from NATO member states, "
                + "and to test ideas for reducing the risk of military incidents and unintended escalation.</p>"
                + "<h2>Principles</h2><ul><li>Members take part in a personal capacity; no member represents a government.</li>"
                + "<li>Meetings are held under the Chatham House Rule, and summaries are published without attribution.</li>"
                + "<li>Proposals are adopted by consensus of the members present and shared with the foreign ministries concerned.</li></ul>"
                + "<h2>Agenda</h2><ol><li>Preventing incidents at sea and in the air.</li>"
                + "<li>Strategic stability after the expiry of New START.</li>"
                + "<li>Humanitarian issues: prisoners of war, missing persons, nuclear safety.</li></ol>",
            Conflict = "russia-west",
            Regions = ["Europe", "Americas"],
            Countries = ["RU", "BY", "US", "GB", "FR", "DE", "PL"],
            Experts =
            [
                new("lukas-meier", null, "chair", true),
                new("pavel-sorokin", "Russia", "member", true),
                new("irina-volkova", "Russia", "member", false),
                new("katrin-vogel", "NATO/West", "member", true),
                new("margaret-holloway", "NATO/West", "member", true),
                new("tomasz-wojcik", "NATO/West", "member", false),
                new("aigerim-bekova", null, "rapporteur", true),
                new("chen-jing", null, "observer", true),
            ],
            StartDate = new DateOnly(2019, 9, 1),
        },
        new()
        {
            Id = "india-pakistan-kartarpur",
            Name = "India–Pakistan Dialogue on the Kartarpur Corridor",
            Status = "consulting",
            Summary = "A framework proposed in 2025 to experts from India and Pakistan for reopening the Kartarpur corridor to "
                + "pilgrims and for using it as a model for other people-to-people measures. Experts on both sides are being "
                + "consulted on the draft before a first meeting.",
            FrameworkText = "<h2>Purpose</h2><p>The corridor between Dera Baba Nanak in India and Gurdwara Darbar Sahib "
                + "Kartārpur in Pakistan's Narowal district let pilgrims cross without a visa from November 2019 until May 2025. "
                + "The framework asks what it would take to reopen it, and what the corridor teaches about confidence-building "
                + "between the two states.</p>"
                + "<h2>Participants</h2><p>Historians, former officials, water and trade specialists and community "
                + "representatives from India and Pakistan in equal numbers, with a chair from a third country.</p>"
                + "<h2>Questions for consultation</h2><ol><li>Which practical arrangements (registration, fees, security) "
                + "should a reopening restore or change?</li><li>Can a corridor be insulated from political crises, and how?</li>"
                + "<li>Which other people-to-people measures could follow the same model?</li></ol>",
            Conflict = "india-pakistan",
            Regions = ["Asia"],
            Countries = ["IN", "PK"],
            Experts =
            [
                new("dewi-santoso", null, "chair", true),
                new("harpreet-kaur-sandhu", "India", "member", true),
                new("priya-raghavan", "India", "member", true),
                new("bilal-qureshi", "Pakistan", "member", true),
                new("sana-rizvi", "Pakistan", "member", true),
            ],
            StartDate = new DateOnly(2025, 9, 1),
        },
        new()
        {
            Id = "sudanese-civilian-dialogue",
            Name = new("Sudanese Civilian Dialogue", "Dialogue civil soudanais", "الحوار المدني السوداني"),
            Status = "proposed",
            Summary = new(
                "A proposed dialogue that would bring members of the civilian coalition together with experts close to the SAF "
                + "and to the RSF, to agree on humanitarian access, the protection of civilians and the place of civilians in "
                + "future talks. The framework was sent to prospective members in 2026.",
                "Un dialogue proposé qui réunirait des membres de la coalition civile et des experts proches des SAF et des RSF "
                + "pour s'accorder sur l'accès humanitaire, la protection des civils et la place des civils dans de futures "
                + "négociations. Le cadre a été adressé aux membres pressentis en 2026.",
                "حوار مقترح يجمع أعضاء من التحالف المدني وخبراء قريبين من القوات المسلحة السودانية وقوات الدعم السريع، للاتفاق "
                + "على وصول المساعدات الإنسانية وحماية المدنيين ومكانة المدنيين في أي مفاوضات مقبلة. وقد أُرسل الإطار إلى "
                + "الأعضاء المحتملين في عام 2026."),
            FrameworkText = "<h2>Purpose</h2><p>To give Sudanese civilians a structured place in peace efforts, and to test "
                + "humanitarian arrangements with people who have the ear of the two armed parties.</p>"
                + "<h2>Participants</h2><p>Members of the civilian coalition, including emergency response room volunteers, and "
                + "an equal number of experts associated with the SAF and with the RSF, taking part in a personal capacity. "
                + "Two co-chairs, one Sudanese civilian and one from the region.</p>"
                + "<h2>Agenda</h2><ol><li>Local humanitarian pauses and safe passage.</li><li>Protection of health workers "
                + "and emergency response rooms.</li><li>How civilians take part in any ceasefire talks.</li></ol>",
            Conflict = "sudan",
            Regions = ["Africa"],
            Countries = ["SD"],
            Experts =
            [
                new("wanjiru-kamau", null, "coChair", true),
                new("samia-elfadil", "Civilian coalition", "coChair", true),
                new("nafisa-abdalla", "Civilian coalition", "member", true),
                new("hassan-abdelrahim", "SAF", "member", false),
                new("khalid-elnour", "RSF", "member", false),
                new("tesfaye-alemu", null, "adviser", true),
            ],
            StartDate = new DateOnly(2027, 2, 1),
        },
        new()
        {
            Id = "south-caucasus-track",
            Name = "South Caucasus Track",
            Status = "concluded",
            Summary = "Armenian and Azerbaijani experts met eleven times between 2021 and 2025 to work on humanitarian issues, "
                + "principles for border delimitation and regional transport links. The track concluded with joint proposals "
                + "shared with both foreign ministries.",
            FrameworkText = "<h2>Purpose</h2><p>To find questions on which experts from Armenia and Azerbaijan could agree "
                + "practical proposals despite the conflict, starting with humanitarian issues.</p>"
                + "<h2>Principles</h2><ul><li>Equal numbers of members from each country; a chair from the region who is "
                + "from neither.</li><li>Chatham House Rule; joint texts only.</li></ul>",
            Conflict = "armenia-azerbaijan",
            Regions = ["Asia"],
            Countries = ["AM", "AZ", "GE"],
            Experts =
            [
                new("nino-beridze", null, "chair", true),
                new("anahit-grigoryan", "Armenia", "member", true),
                new("tigran-hakobyan", "Armenia", "member", true),
                new("leyla-mammadova", "Azerbaijan", "member", true),
                new("rauf-huseynov", "Azerbaijan", "member", true),
                new("lukas-meier", null, "rapporteur", true),
            ],
            StartDate = new DateOnly(2021, 3, 1),
            EndDate = new DateOnly(2025, 6, 30),
            Outcome = "<p>The track closed in June 2025 with three joint proposals, shared with the foreign ministries of "
                + "Armenia and Azerbaijan:</p><ol><li>a common format for missing-persons case files, so that records held "
                + "on each side can be compared;</li><li>principles for how delimitation commissions communicate with border "
                + "communities;</li><li>a short list of trade and transport measures that benefit both economies.</li></ol>"
                + "<p>Both ministries acknowledged receipt. The track makes no claim about their influence on the agreement the "
                + "two governments initialled in August 2025.</p>",
        },
    ];
}
