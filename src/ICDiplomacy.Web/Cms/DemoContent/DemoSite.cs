namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>The home page, listings and reference-data nodes of the demo site.</summary>
internal static class DemoSite
{
    public static readonly DemoText HomeName = new(
        "ICDiplomacy — Citizen diplomacy",
        "ICDiplomacy — Diplomatie citoyenne",
        "ICDiplomacy — الدبلوماسية المواطنة");

    public static readonly DemoText HeroTitle = new(
        "Dialogue across divides",
        "Le dialogue par-delà les lignes de fracture",
        "الحوار عبر خطوط الانقسام");

    public static readonly DemoText HomeIntro = new(
        "ICDiplomacy is a Track II, or citizen, diplomacy organisation. We propose dialogue frameworks to experts from "
        + "the parties to a conflict, bring them together, publish anonymised summaries of their meetings under the "
        + "Chatham House Rule and share their proposals with foreign ministries. Our World Diplomatic Forum hears "
        + "voices from every region of the world, the Global South especially.",
        "ICDiplomacy est une organisation de diplomatie citoyenne (« Track II »). Nous proposons des cadres de dialogue "
        + "à des experts issus des parties à un conflit, nous les réunissons, publions des comptes rendus anonymisés de "
        + "leurs réunions selon la règle de Chatham House et transmettons leurs propositions aux ministères des Affaires "
        + "étrangères. Notre Forum diplomatique mondial donne la parole à toutes les régions du monde, en particulier "
        + "aux pays du Sud global.",
        "ICDiplomacy منظمة للدبلوماسية المواطنة (المسار الثاني). نقترح أطرًا للحوار على خبراء من أطراف النزاع، "
        + "ونجمعهم، وننشر ملخصات مجهولة الهوية لاجتماعاتهم وفق قاعدة تشاتام هاوس، ونتقاسم مقترحاتهم مع وزارات "
        + "الخارجية. ويستمع منتدانا الدبلوماسي العالمي إلى أصوات من جميع مناطق العالم، ولا سيما بلدان الجنوب العالمي.");

    public static readonly DemoText HomeMetaDescription = new(
        "Track II diplomacy: dialogue frameworks, anonymised meeting summaries, proposals to governments and the World Diplomatic Forum.",
        "Diplomatie citoyenne : cadres de dialogue, comptes rendus anonymisés, propositions aux gouvernements et Forum diplomatique mondial.",
        "الدبلوماسية المواطنة: أطر للحوار وملخصات اجتماعات مجهولة الهوية ومقترحات للحكومات والمنتدى الدبلوماسي العالمي.");

    public static readonly DemoText PreparedByIcd = new("Prepared by ICDiplomacy", "Préparé par ICDiplomacy", "أعدّته ICDiplomacy");

    public static readonly (string Type, string Id, DemoText Name, DemoText Intro)[] Listings =
    [
        ("reportsListing", "reports",
            new("Reports", "Rapports", "التقارير"),
            new("Meeting summaries, policy briefs, research papers and proposals to governments from our dialogues since 2019.",
                "Comptes rendus de réunions, notes d'orientation, études et propositions aux gouvernements issus de nos dialogues depuis 2019.",
                "ملخصات الاجتماعات وموجزات السياسات والأوراق البحثية والمقترحات المقدمة إلى الحكومات منذ عام 2019.")),
        ("initiativesListing", "initiatives",
            new("Initiatives", "Initiatives", "المبادرات"),
            new("Each initiative starts with a dialogue framework proposed to experts from the parties, then meetings and proposals.",
                "Chaque initiative commence par un cadre de dialogue proposé à des experts des parties, puis des réunions et des propositions.",
                "تبدأ كل مبادرة بإطار للحوار يُقترح على خبراء من الأطراف، ثم اجتماعات ومقترحات.")),
        ("conflictsListing", "conflicts",
            new("Conflicts", "Conflits", "النزاعات"),
            new("The conflicts we work on, their parties, and the regions they affect.",
                "Les conflits sur lesquels nous travaillons, leurs parties et les régions concernées.",
                "النزاعات التي نعمل عليها وأطرافها والمناطق المتأثرة بها.")),
        ("peopleListing", "people",
            new("People", "Personnes", "الأشخاص"),
            new("Experts, authors and speakers who agreed to be listed.",
                "Experts, auteurs et intervenants ayant accepté d'être mentionnés.",
                "الخبراء والمؤلفون والمتحدثون الذين وافقوا على إدراج أسمائهم.")),
        ("forumsListing", "forums",
            new("World Diplomatic Forum", "Forum diplomatique mondial", "المنتدى الدبلوماسي العالمي"),
            new("An annual forum whose sessions hear voices from every world region, the Global South especially.",
                "Un forum annuel dont les sessions donnent la parole à toutes les régions du monde, en particulier au Sud global.",
                "منتدى سنوي تستمع جلساته إلى أصوات من جميع مناطق العالم، ولا سيما الجنوب العالمي.")),
    ];

    public static readonly DemoText AboutName = new("About us", "À propos", "من نحن");

    public static readonly DemoText AboutTeaser = new(
        "How a Track II initiative works, and why we publish what we can.",
        "Comment fonctionne une initiative de « Track II » et pourquoi nous publions ce que nous pouvons.",
        "كيف تعمل مبادرة المسار الثاني، ولماذا ننشر ما يمكننا نشره.");

    public static readonly DemoText AboutBody = new(
        "<p>ICDiplomacy works where official channels are strained. We do not represent any government and do not "
        + "mediate on anyone's behalf. We propose a <strong>dialogue framework</strong> to experts from the parties to "
        + "a conflict — former officials, academics, journalists, civil-society leaders — and convene those who accept it.</p>"
        + "<p>Meetings are held under the <strong>Chatham House Rule</strong>. We publish anonymised summaries that name "
        + "no participant and no affiliation, and every summary is checked against the confidential participant list "
        + "before it goes online. Proposals that the group supports are shared with the foreign ministries concerned.</p>"
        + "<p>Our annual <strong>World Diplomatic Forum</strong> measures what it promises: every session is checked for "
        + "regional balance, and we publish the figures.</p>",
        "<p>ICDiplomacy intervient là où les canaux officiels sont sous tension. Nous ne représentons aucun gouvernement. "
        + "Nous proposons un <strong>cadre de dialogue</strong> à des experts issus des parties à un conflit et réunissons "
        + "ceux qui l'acceptent.</p>"
        + "<p>Les réunions se tiennent selon la <strong>règle de Chatham House</strong>. Nous publions des comptes rendus "
        + "anonymisés, vérifiés avant publication au regard de la liste confidentielle des participants.</p>",
        "<p>تعمل ICDiplomacy حيث تتعثر القنوات الرسمية. لا نمثل أي حكومة. نقترح <strong>إطارًا للحوار</strong> على خبراء "
        + "من أطراف النزاع ونجمع من يقبلونه.</p>"
        + "<p>تُعقد الاجتماعات وفق <strong>قاعدة تشاتام هاوس</strong>، وننشر ملخصات لا تذكر أسماء المشاركين ولا انتماءاتهم.</p>");

    public static readonly (string Region, DemoText Name, DemoText Intro)[] Regions =
    [
        ("Africa", new("Africa", "Afrique", "أفريقيا"), "Our work in Africa: the war in Sudan, the central Sahel and the Horn of Africa."),
        ("Americas", new("Americas", "Amériques", "الأمريكتان"), "Latin American peace-process experience and North American voices in our dialogues."),
        ("Asia", new("Asia", "Asie", "آسيا"), "India–Pakistan dialogue, the South Caucasus and perspectives from East, South-East and Central Asia."),
        ("Europe", new("Europe", "Europe", "أوروبا"), "The war in Ukraine, Russia–West relations and the Western Balkans."),
        ("Oceania", new("Oceania", "Océanie", "أوقيانوسيا"), "Pacific perspectives on security, climate and great-power competition."),
    ];

    /// <summary>Country landing pages for the countries the demo's conflicts and forum are about.</summary>
    public static readonly string[] CountryNodes =
        ["RU", "UA", "BY", "US", "DE", "PL", "CH", "IN", "PK", "SD", "ET", "AM", "AZ", "ML", "BF", "NE", "RS", "XK"];

    public static readonly string[] FeaturedReports =
    [
        "sudan-civilian-track-proposals",
        "kartarpur-cbm-2019-2024",
        "rwcg-twelfth-meeting",
        "who-is-heard",
        "after-new-start",
        "aes-ecowas-split",
    ];
}
