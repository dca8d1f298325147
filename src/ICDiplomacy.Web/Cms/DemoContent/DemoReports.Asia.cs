namespace ICDiplomacy.Web.Cms.DemoContent;

internal static partial class DemoReports
{
    private static DemoReport[] Asia() =>
    [
        new()
        {
            Id = "kartarpur-cbm-2019-2024",
            Name = "The Kartarpur corridor as a confidence-building measure, 2019–2024",
            Type = "researchPaper",
            PublicationDate = new(2024, 11, 9),
            Summary = "Five years after it opened, the visa-free corridor to Gurdwara Darbar Sahib Kartārpur has carried "
                + "many thousands of pilgrims across one of the world's most militarised borders. This paper asks what "
                + "made it resilient and where its limits lie.",
            KeyFindings =
            [
                "The corridor stayed open through several diplomatic crises before 2025, partly because both governments presented it as a religious, not political, measure.",
                "Pilgrim numbers stayed below capacity; registration procedures and the service fee were the most cited obstacles.",
                "The corridor's design — a fixed route, day visits, no visa — could be a model for other shrines on both sides of the border.",
            ],
            Body = "<p>Guru Nanak spent the last years of his life at Kartarpur, on the west bank of the Ravi. After 1947 the "
                + "shrine, Gurdwara Darbar Sahib Kartārpur, lay a few kilometres inside Pakistan, visible from Indian territory "
                + "but out of reach for most Indian Sikhs.</p>"
                + "<p>The corridor opened in November 2019, for the 550th anniversary of Guru Nanak's birth. Based on interviews "
                + "with pilgrims, officials and shrine managers on both sides, we find that the corridor was resilient because "
                + "both governments framed it as a religious measure, and vulnerable because it depended on a single decision by "
                + "either of them.</p>"
                + "<p>We recommend simplifying registration, reviewing the service fee and publishing monthly pilgrim figures.</p>",
            Authors = ["harpreet-kaur-sandhu", "sana-rizvi"],
            Regions = ["Asia"],
            Countries = ["IN", "PK"],
            Conflicts = ["india-pakistan"],
            Topics = ["Kartarpur corridor", "religious diplomacy", "confidence-building", "people-to-people contact"],
        },
        new()
        {
            Id = "kartarpur-consultation-2025",
            Name = "India–Pakistan dialogue: consultation on the Kartarpur framework",
            Type = "meetingSummary",
            PublicationDate = new(2025, 12, 8),
            Summary = "Experts from India and Pakistan met in Kathmandu to discuss ICDiplomacy's draft framework for reopening "
                + "the Kartarpur corridor. Participants agreed that pilgrims should not bear the cost of political crises, and "
                + "differed on whether a reopening should be linked to other steps.",
            KeyFindings =
            [
                "All participants supported reopening the corridor on the terms of the 2019 agreement as a first step.",
                "Participants differed on whether a reopening should be announced on its own or as part of a wider package.",
                "Several participants suggested that religious leaders from both countries jointly request the reopening.",
            ],
            Body = "<p>The consultation was the first meeting held under the draft framework. Participants included former "
                + "officials, academics and community representatives from both countries.</p>"
                + "<p>Participants from both sides described the corridor's closure in May 2025 as a loss for families and "
                + "pilgrims rather than for either state. One participant argued that a corridor protected by an agreement "
                + "should be the last measure suspended in a crisis, not the first. Others replied that no government can "
                + "guarantee security arrangements during hostilities.</p>"
                + "<p>On the framework itself, participants asked for a clearer distinction between measures that need a new "
                + "agreement and measures that only need the 2019 agreement to be applied again.</p>"
                + NotAttributed,
            Meeting = new()
            {
                Date = new(2025, 11, 15),
                Format = "inPerson",
                Location = "Kathmandu",
                ChathamHouse = true,
                Roster =
                [
                    new("Rajesh Malhotra", "राजेश मल्होत्रा", "Delhi Institute of Border Studies", "DIBS", "IN", "formerOfficial", "India"),
                    new("Gurpreet Singh Gill", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ", "Amritsar Pilgrims' Welfare Society", null, "IN", "civilSociety", "India"),
                    new("Meera Iyer", "मीरा अय्यर", "Chennai Centre for Asian Affairs", "CCAA", "IN", "academic", "India"),
                    new("Tariq Mahmood Chaudhry", "طارق محمود چوہدری", "Narowal District Bar Association", null, "PK", "civilSociety", "Pakistan",
                        Aliases: ["Tariq Mehmood Chaudhary"]),
                    new("Farah Naz Hussain", "فرح ناز حسین", "Karachi Institute of Strategic Affairs", "KISA", "PK", "thinkTank", "Pakistan"),
                    new("Imran Aslam Butt", "عمران اسلم بٹ", "Lahore Council on Foreign Relations", "LCFR", "PK", "formerOfficial", "Pakistan"),
                    new("Dewi Santoso", null, "Jakarta Centre for Dialogue", null, "ID", "thinkTank", ConsentToBeListed: true),
                ],
                FollowUpPoints = "<ul><li>A revised framework will be circulated by February 2026.</li><li>Participants will "
                    + "consult religious and community leaders informally.</li></ul>",
            },
            Regions = ["Asia"],
            Countries = ["IN", "PK"],
            Conflicts = ["india-pakistan"],
            Initiative = "india-pakistan-kartarpur",
            Topics = ["Kartarpur corridor", "religious diplomacy", "people-to-people contact"],
        },
        new()
        {
            Id = "india-pakistan-crisis-communication",
            Name = "After the May 2025 crisis: crisis communication between India and Pakistan",
            Type = "policyBrief",
            PublicationDate = new(2025, 7, 21),
            Summary = "In May 2025 India and Pakistan exchanged strikes for four days before agreeing a ceasefire. This brief "
                + "reviews which channels of communication worked, which did not, and what could be added without a political "
                + "breakthrough.",
            KeyFindings =
            [
                "The hotline between the Directors General of Military Operations remained the key channel and was used to agree the ceasefire.",
                "Third-country contacts played a role, but both sides differ on how much.",
                "Pre-agreed notification of missile tests and a standing channel for civilian air traffic would reduce risks at little cost.",
            ],
            Body = "<p>The crisis began with the attack on tourists at Pahalgam on 22 April 2025 and escalated into cross-border "
                + "strikes from 7 May. A ceasefire was announced on 10 May.</p>"
                + "<p>We find that military-to-military communication worked when it was used, and that the main risks came from "
                + "the speed of events and from information operations on social media.</p>"
                + "<p>The brief proposes modest measures that do not depend on resuming the composite dialogue.</p>",
            Authors = ["priya-raghavan", "bilal-qureshi"],
            Regions = ["Asia"],
            Countries = ["IN", "PK"],
            Conflicts = ["india-pakistan"],
            Topics = ["crisis communication", "nuclear risk", "confidence-building"],
        },
        new()
        {
            Id = "kartarpur-reopening-proposal",
            Name = new("Proposal for reopening the Kartarpur corridor to pilgrims",
                "Proposition de réouverture du corridor de Kartarpur aux pèlerins"),
            Type = "proposalToGovernments",
            PublicationDate = new(2026, 3, 16),
            Summary = new(
                "A proposal shared with the foreign ministries of India and Pakistan: reopen the Kartarpur corridor under the "
                + "2019 agreement, waive the service fee for the first year and publish monthly pilgrim figures.",
                "Une proposition transmise aux ministères des Affaires étrangères de l'Inde et du Pakistan : rouvrir le corridor "
                + "de Kartarpur dans le cadre de l'accord de 2019, supprimer les frais de service la première année et publier "
                + "chaque mois le nombre de pèlerins."),
            KeyFindings =
            [
                "Reopen the corridor under the terms of the 2019 agreement, which remains in force.",
                "Waive the service fee for the first year after reopening.",
                "Publish monthly figures on pilgrims to build public confidence on both sides.",
            ],
            Body = "<p>This proposal follows consultations with experts from both countries under the India–Pakistan dialogue "
                + "framework. It asks nothing of either government beyond applying an agreement both signed.</p>",
            Regions = ["Asia"],
            Countries = ["IN", "PK"],
            Conflicts = ["india-pakistan"],
            Initiative = "india-pakistan-kartarpur",
            Topics = ["Kartarpur corridor", "religious diplomacy"],
        },
        new()
        {
            Id = "indus-waters-in-abeyance",
            Name = "The Indus Waters Treaty in abeyance: options for technical dialogue",
            Type = "policyBrief",
            PublicationDate = new(2025, 10, 6),
            Summary = "India placed the 1960 Indus Waters Treaty in abeyance in April 2025. This brief sets out what has "
                + "stopped — data sharing, commission meetings — and which technical exchanges could continue in the meantime.",
            KeyFindings =
            [
                "The Permanent Indus Commission had met regularly through earlier crises; its meetings have stopped.",
                "Flood data is the most urgent gap, for both countries, during the monsoon.",
                "Scientists from both countries could share hydrological data through a neutral platform without prejudice to legal positions.",
            ],
            Body = "<p>The Indus Waters Treaty, brokered by the World Bank in 1960, survived three wars. Pakistan considers any "
                + "suspension unlawful; India argues that circumstances have changed fundamentally.</p>"
                + "<p>We do not take a position on these legal questions. We look instead at technical exchanges — flood warnings, "
                + "glacier monitoring, sediment data — that serve both countries.</p>",
            Authors = ["sana-rizvi", "priya-raghavan"],
            Regions = ["Asia"],
            Countries = ["IN", "PK"],
            Conflicts = ["india-pakistan"],
            Topics = ["water", "Indus Waters Treaty", "climate and security"],
        },
        new()
        {
            Id = "south-caucasus-border-connectivity",
            Name = "South Caucasus track: meeting on border delimitation and connectivity",
            Type = "meetingSummary",
            PublicationDate = new(2023, 6, 19),
            Summary = "Armenian and Azerbaijani experts met in Tbilisi to discuss principles for border delimitation and the "
                + "reopening of regional transport links. Participants agreed on the value of a common map base and differed "
                + "on the sequencing of transport and border questions.",
            KeyFindings =
            [
                "Participants agreed that delimitation commissions should use a common, agreed map base.",
                "Participants differed on whether transport links should be opened before or after delimitation.",
                "Border communities on both sides need earlier and clearer information about delimitation decisions.",
            ],
            Body = "<p>The meeting brought together experts from Armenia and Azerbaijan, with a chair from the region.</p>"
                + "<p>Participants discussed the Almaty Declaration of 1991 as a reference for the border, how disputed sections "
                + "could be handled, and how communities living near the border could be kept informed.</p>"
                + "<p>On transport, participants compared proposals for road and rail links across the region and agreed that "
                + "any arrangement should respect the sovereignty and jurisdiction of the state through which a route passes.</p>"
                + NotAttributed,
            Meeting = new()
            {
                Date = new(2023, 5, 25),
                Format = "inPerson",
                Location = "Tbilisi",
                ChathamHouse = true,
                Roster =
                [
                    new("Armen Petrosyan", "Արմեն Պետրոսյան", "Yerevan Institute for Public Policy", "YIPP", "AM", "academic", "Armenia"),
                    new("Lusine Avetisyan", "Լուսինե Ավետիսյան", "Gyumri Civic Initiative", null, "AM", "civilSociety", "Armenia"),
                    new("Elchin Guliyev", "Elçin Quliyev", "Baku Economic Research Centre", "BERC", "AZ", "thinkTank", "Azerbaijan",
                        Aliases: ["Elchin Kuliev"]),
                    new("Gunel Rzayeva", "Günel Rzayeva", "Sumgait Women's Initiative", null, "AZ", "civilSociety", "Azerbaijan"),
                    new("Nino Beridze", "ნინო ბერიძე", "Tbilisi School of Public Affairs", null, "GE", "academic", ConsentToBeListed: true),
                ],
                FollowUpPoints = "<ul><li>A joint note on communication with border communities.</li><li>Next meeting in autumn 2023.</li></ul>",
            },
            Regions = ["Asia"],
            Countries = ["AM", "AZ"],
            Conflicts = ["armenia-azerbaijan"],
            ConflictRegions = ["south-caucasus"],
            Initiative = "south-caucasus-track",
            Topics = ["border delimitation", "connectivity"],
        },
        new()
        {
            Id = "connectivity-without-losers",
            Name = "Connectivity without winners and losers: transport links in the South Caucasus",
            Type = "policyBrief",
            PublicationDate = new(2022, 6, 14),
            Summary = "Jointly written by an Armenian and an Azerbaijani economist, this brief estimates the gains from reopening "
                + "road and rail links across the South Caucasus and proposes principles so that no country sees a new route as "
                + "a loss.",
            KeyFindings =
            [
                "Reopened rail links would shorten freight routes between the Caspian and the Black Sea for all three countries.",
                "Customs and border procedures matter as much as infrastructure.",
                "Routes should be governed by the law of the country they cross, with facilitation agreed by all.",
            ],
            Body = "<p>Transport links across the South Caucasus have been closed for three decades. We estimate the trade "
                + "gains from reopening them for Armenia, Azerbaijan, Georgia and their neighbours, including Türkiye and Iran.</p>"
                + "<p>We propose principles for governing new routes: sovereignty and jurisdiction of the host state, reciprocity, "
                + "and transparent tariffs.</p>",
            Authors = ["anahit-grigoryan", "rauf-huseynov"],
            Regions = ["Asia"],
            Countries = ["AM", "AZ", "GE", "TR", "IR"],
            Conflicts = ["armenia-azerbaijan"],
            ConflictRegions = ["south-caucasus"],
            Initiative = "south-caucasus-track",
            Topics = ["connectivity", "trade"],
        },
        new()
        {
            Id = "missing-persons-caucasus",
            Name = "Missing persons: humanitarian cooperation between Armenia and Azerbaijan",
            Type = "researchPaper",
            PublicationDate = new(2021, 4, 27),
            Summary = "Thousands of people are still missing from the wars of the 1990s and 2020. This paper reviews how "
                + "records are kept on each side and proposes a common case format that would let families' enquiries be matched.",
            KeyFindings =
            [
                "Records on each side use different formats and identifiers, which prevents cases from being matched.",
                "Families on both sides identify the same obstacles: lack of information and lack of a single point of contact.",
                "A common case format, held by a neutral intermediary, would not require either side to share its full records.",
            ],
            Body = "<p>We compared the records of missing persons kept by state commissions, the ICRC and families' associations "
                + "on each side.</p>"
                + "<p>Our proposal is narrow: a common case format, so that an enquiry from a family on one side can be matched "
                + "against records on the other, through a neutral intermediary.</p>",
            Authors = ["tigran-hakobyan", "leyla-mammadova"],
            Regions = ["Asia"],
            Countries = ["AM", "AZ"],
            Conflicts = ["armenia-azerbaijan"],
            ConflictRegions = ["south-caucasus"],
            Initiative = "south-caucasus-track",
            Topics = ["missing persons", "humanitarian law"],
        },
        new()
        {
            Id = "south-caucasus-final-proposals",
            Name = "South Caucasus track: final proposals to the foreign ministries of Armenia and Azerbaijan",
            Type = "proposalToGovernments",
            PublicationDate = new(2025, 6, 30),
            Summary = "The concluding proposals of the South Caucasus track: a common format for missing-persons case files, "
                + "principles for communicating delimitation decisions to border communities, and a short list of trade and "
                + "transport measures.",
            KeyFindings =
            [
                "Adopt a common format for missing-persons case files, held by a neutral intermediary.",
                "Inform border communities of delimitation decisions before they take effect on the ground.",
                "Begin with trade and transport measures that benefit both economies and need no new infrastructure.",
            ],
            Body = "<p>These proposals were agreed by all members of the track after four years of meetings. They are shared with "
                + "both foreign ministries and published with the members' consent.</p>",
            Regions = ["Asia"],
            Countries = ["AM", "AZ"],
            Conflicts = ["armenia-azerbaijan"],
            ConflictRegions = ["south-caucasus"],
            Initiative = "south-caucasus-track",
            Topics = ["missing persons", "border delimitation", "connectivity"],
        },
    ];
}
