namespace ICDiplomacy.Web.Cms.DemoContent;

internal static partial class DemoReports
{
    private static DemoReport[] Global() =>
    [
        new()
        {
            Id = "who-is-heard",
            Name = "Who is heard? Regional balance at international security conferences, 2019–2024",
            Type = "researchPaper",
            PublicationDate = new(2025, 1, 27),
            Summary = "We coded the speakers of 120 sessions at eight international security conferences held between 2019 and "
                + "2024 by region and by Global South status. Europe and North America supplied most speakers; Africa and "
                + "Oceania were absent from a third of sessions.",
            KeyFindings =
            [
                "Speakers from Europe and Northern America made up a majority of speakers in most sessions we coded.",
                "A third of sessions had no speaker from Africa; more than half had none from Oceania.",
                "Sessions on conflicts in the Global South were not more likely to include speakers from the countries concerned.",
                "Measuring and publishing balance per session, not per conference, is what changes programming.",
            ],
            Body = "<p>Conferences increasingly promise to hear the Global South. We tested the promise by coding the country of "
                + "every speaker in 120 sessions, using the UN M49 regions and the UNCTAD classification of developing economies.</p>"
                + "<p>Aggregate figures hide the problem: a conference can be balanced overall while most of its sessions are not. "
                + "We therefore recommend that organisers publish balance per session, and we describe the method ICDiplomacy "
                + "uses at its own World Diplomatic Forum.</p>",
            Authors = ["thandiwe-nkosi", "ana-lucia-ferreira", "litia-ravuvu"],
            Regions = ["Africa", "Americas", "Asia", "Europe", "Oceania"],
            Topics = ["inclusion", "Global South", "regional balance"],
        },
        new()
        {
            Id = "pacific-great-power-competition",
            Name = "Pacific perspectives on great-power competition",
            Type = "policyBrief",
            PublicationDate = new(2021, 9, 13),
            Summary = "Pacific Island states are courted by competing powers. Their own priority, set out in the 2018 Boe "
                + "Declaration, is climate change. This brief argues that partners will be judged on that priority.",
            KeyFindings =
            [
                "Pacific governments define security broadly; the Boe Declaration names climate change as the single greatest threat.",
                "Competition brings investment but also pressure to choose sides, which most Pacific states resist.",
                "Regional institutions, above all the Pacific Islands Forum, are the preferred channel for engagement.",
            ],
            Body = "<p>In the Boe Declaration of 2018, Pacific Islands Forum leaders adopted an expanded concept of security that "
                + "puts climate change first, alongside human security and transnational crime.</p>"
                + "<p>We interviewed officials and civil-society leaders in Fiji, Papua New Guinea and Solomon Islands about their "
                + "partners. Most welcomed investment from several sources and rejected the idea of choosing sides.</p>",
            Authors = ["grace-kuman", "aroha-te-rangi"],
            Regions = ["Oceania", "Asia", "Americas"],
            Countries = ["FJ", "PG", "SB", "AU", "NZ", "CN", "US"],
            Topics = ["climate and security", "great-power competition", "regional institutions"],
        },
        new()
        {
            Id = "colombia-lessons-for-eurasia",
            Name = "What Eurasian dialogues can learn from Colombia's peace process",
            Type = "researchPaper",
            PublicationDate = new(2020, 3, 9),
            Summary = "The talks between the Colombian government and the FARC-EP in La Habana (2012–2016) pioneered the direct "
                + "participation of victims. This paper asks which of their methods could travel to dialogues in Eurasia.",
            KeyFindings =
            [
                "Five delegations of victims, sixty people in all, spoke directly to the negotiators in La Habana.",
                "A gender sub-commission reviewed every draft agreement; its method is transferable.",
                "Confidential exploratory talks preceded the public phase by two years, a sequence Track II can support.",
            ],
            Body = "<p>The peace talks held in La Habana, with Cuba and Norway as guarantors, ended in an agreement signed in "
                + "Cartagena and, after a referendum rejected it, a revised agreement signed in Bogotá in November 2016.</p>"
                + "<p>We focus on three methods: the hearings of victims' delegations, the gender sub-commission, and the "
                + "exploratory phase. Interviews in Bogotá, Medellín and São Paulo inform our assessment of which methods could "
                + "help dialogues in the South Caucasus and Eastern Europe.</p>",
            Authors = ["valentina-restrepo", "jose-luis-echeverria"],
            Regions = ["Americas", "Europe", "Asia"],
            Countries = ["CO", "CU", "NO"],
            Topics = ["peace processes", "victims' participation", "Track II"],
        },
        new()
        {
            Id = "global-south-views-ukraine",
            Name = "Consultation: Global South perspectives on ending the war in Ukraine",
            Type = "meetingSummary",
            PublicationDate = new(2023, 10, 2),
            Summary = "Experts from Latin America, Africa and Asia, joined by participants from Russia and Ukraine, met in São "
                + "Paulo and online to discuss how countries of the Global South see proposals for ending the war, its effect on "
                + "food and fertiliser prices, and whether third countries could facilitate humanitarian arrangements.",
            KeyFindings =
            [
                "Participants from the Global South described the war's main effect on their countries as economic: food, fuel and fertiliser prices.",
                "Several participants saw a role for third countries in humanitarian arrangements, building on past exchanges of prisoners.",
                "Participants from Russia and from Ukraine set out very different conditions for talks; no common ground emerged on them.",
            ],
            Body = "<p>The consultation was hosted in São Paulo, with some participants joining online. It was the first "
                + "ICDiplomacy meeting on the war in which most participants came from countries that are not parties to it.</p>"
                + "<p>Participants discussed the peace proposals made public in 2023, including the African peace initiative of "
                + "June 2023, China's position paper of February 2023 and Ukraine's peace formula. Several argued that proposals "
                + "from the Global South were dismissed too quickly; others replied that any proposal must be acceptable to the "
                + "country that was invaded.</p>"
                + "<p>On humanitarian questions, participants saw value in third countries facilitating exchanges and the return "
                + "of civilians, as some have done since 2022.</p>"
                + NotAttributed,
            Meeting = new()
            {
                Date = new(2023, 9, 14),
                Format = "hybrid",
                Location = "São Paulo",
                ChathamHouse = true,
                Roster =
                [
                    new("João Batista Moreira", null, "Campinas Centre for Strategic Studies", "CCSS", "BR", "academic",
                        Aliases: ["Joao Batista Moreira"]),
                    new("José Martínez Rivas", null, "Instituto Veracruzano de Estudios Internacionales", "IVEI", "MX", "academic",
                        Aliases: ["Jose Martinez Rivas", "J. Martínez Rivas"]),
                    new("Lindiwe Mahlangu", null, "Johannesburg Institute for Foreign Affairs", "JIFA", "ZA", "formerOfficial"),
                    new("Rohan Deshpande", "रोहन देशपांडे", "Pune Centre for International Studies", "PCIS", "IN", "thinkTank"),
                    new("Siti Rahmawati", null, "Bandung Global Affairs Forum", "BGAF", "ID", "academic"),
                    new("Olha Tkachenko", "Ольга Ткаченко", "Odesa Centre for Black Sea Studies", "OCBSS", "UA", "academic", "Ukraine",
                        Aliases: ["Olga Tkachenko"]),
                    new("Mikhail Orlov", "Михаил Орлов", "Kazan Centre for International Studies", "KCIS", "RU", "academic", "Russia",
                        Aliases: ["Michail Orlow", "Mikhail Orloff"]),
                ],
                FollowUpPoints = "<ul><li>A note on third-country facilitation of humanitarian arrangements.</li></ul>",
            },
            Regions = ["Americas", "Africa", "Asia", "Europe"],
            Countries = ["BR", "MX", "ZA", "IN", "ID", "UA", "RU"],
            Conflicts = ["russia-ukraine"],
            Topics = ["Global South", "food security", "humanitarian arrangements"],
        },
        new()
        {
            Id = "women-in-track-two",
            Name = "Women in Track II: participation in ICDiplomacy dialogues, 2019–2025",
            Type = "policyBrief",
            PublicationDate = new(2026, 3, 8),
            Summary = "Women made up fewer than a third of participants in ICDiplomacy's dialogues between 2019 and 2025, and "
                + "fewer still in groups on military questions. This brief reports the figures and the changes we are making.",
            KeyFindings =
            [
                "Women's participation was highest in humanitarian and civil-society dialogues and lowest in groups on military risk reduction.",
                "Inviting institutions rather than individuals reproduced the institutions' imbalances.",
                "From 2026 every expert group will have at least one woman co-chair or rapporteur.",
            ],
            Body = "<p>UN Security Council resolution 1325 (2000) called for women's equal participation in peace processes. "
                + "Track II organisations, ICDiplomacy included, have been slow to measure their own record.</p>"
                + "<p>We report participation by dialogue and by role, and set targets for 2026–2028.</p>",
            Authors = ["nadia-benslimane", "dewi-santoso"],
            Regions = ["Africa", "Americas", "Asia", "Europe", "Oceania"],
            Topics = ["women, peace and security", "inclusion"],
        },
        new()
        {
            Id = "wdf-2025-proceedings",
            Name = "World Diplomatic Forum 2025: summary of proceedings",
            Type = "meetingSummary",
            PublicationDate = new(2025, 12, 19),
            Summary = "The 2025 World Diplomatic Forum brought together participants from 97 countries in Geneva. This on-the-record "
                + "summary covers the public sessions; two closed-door sessions are not reported.",
            KeyFindings =
            [
                "Every public session included speakers from at least four regions; seven of nine met all of the Forum's balance targets.",
                "Sessions on Sudan and the Sahel drew the largest audiences.",
                "Participants asked for more sessions led by practitioners from the countries concerned.",
            ],
            Body = "<p>The Forum opened with a plenary on the future of multilateral mediation. José Luis Echeverría chaired a "
                + "session comparing peace processes in Latin America and Eurasia; Thandiwe Nkosi presented research on whose voices "
                + "are heard at international conferences.</p>"
                + "<p>A panel on the Sahel heard speakers from Mali, Niger, Senegal and Côte d'Ivoire. The closing plenary "
                + "discussed how proposals from the Forum reach governments.</p>",
            Meeting = new()
            {
                Date = new(2025, 12, 3),
                Format = "inPerson",
                Location = "Geneva",
                HostPartner = "Geneva Centre for Dialogue Practice",
            },
            Regions = ["Africa", "Americas", "Asia", "Europe", "Oceania"],
            Countries = ["CH"],
            Topics = ["World Diplomatic Forum", "regional balance"],
        },
        new()
        {
            Id = "wdf-2026-balance-figures",
            Name = "Regional balance at the World Diplomatic Forum 2026: the figures",
            Type = "researchPaper",
            PublicationDate = new(2026, 12, 9),
            Summary = "As the 2026 Forum opens we publish the regional balance of its speakers, session by session: the share of "
                + "each region, the Global South share under the UNCTAD definition, and the sessions that fall short.",
            KeyFindings =
            [
                "Nine of ten sessions hear speakers from all five regions, with no region above 40 %.",
                "One panel, on transatlantic perspectives, has speakers from two regions only.",
            ],
            Body = "<p>We apply the same method as in our 2025 study of international conferences, using the UN M49 regions and "
                + "the UNCTAD classification of developing economies.</p>",
            Authors = ["thandiwe-nkosi"],
            Regions = ["Africa", "Americas", "Asia", "Europe", "Oceania"],
            Countries = ["CH"],
            Topics = ["World Diplomatic Forum", "regional balance", "Global South"],
            Release = DemoRelease.Scheduled,
        },
    ];
}
