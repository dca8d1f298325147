namespace ICDiplomacy.Web.Cms.DemoContent;

internal static partial class DemoReports
{
    private static readonly DemoRosterEntry Markova = new("Yelena Markova", "Елена Маркова", "Moscow Centre for Strategic Assessment", "MCSA",
        "RU", "formerOfficial", "Russia", Aliases: ["Elena Markova", "Jelena Markowa"]);

    private static readonly DemoRosterEntry Lebedev = new("Dmitry Lebedev", "Дмитрий Лебедев", "Institute for Eurasian Security Studies", "IESS",
        "RU", "academic", "Russia", Aliases: ["Dmitri Lebedev", "Dmitrij Lebedew"]);

    private static readonly DemoRosterEntry Gromov = new("Konstantin Gromov", "Константин Громов", "Volga Institute of International Affairs", "VIIA",
        "RU", "thinkTank", "Russia", Aliases: ["Konstantin Gromoff"]);

    private static readonly DemoRosterEntry Brandt = new("Andreas Brandt", null, "Hamburg Peace Research Group", "HPRG",
        "DE", "academic", "NATO/West", ConsentToBeListed: true);

    private static readonly DemoRosterEntry Lowell = new("Catherine Lowell", null, "Potomac Security Initiative", "PSI",
        "US", "formerOfficial", "NATO/West");

    private static readonly DemoRosterEntry Zielinski = new("Piotr Zieliński", null, "Kraków Institute for Regional Security", "KIRS",
        "PL", "thinkTank", "NATO/West", Aliases: ["Piotr Zielinski"]);

    private static readonly DemoRosterEntry Ashworth = new("Helen Ashworth", null, "Bristol Centre for Arms Control", "BCAC",
        "GB", "academic", "NATO/West");

    private static readonly DemoRosterEntry Duval = new("Jean-Marc Duval", null, "Observatoire de Bordeaux sur la sécurité européenne", "OBSE",
        "FR", "formerOfficial", "NATO/West");

    private static readonly DemoRosterEntry Seitkali = new("Arman Seitkali", "Арман Сейтқали", "Astana Council on Foreign Relations", "ACFR",
        "KZ", "thinkTank", Aliases: ["Arman Seitkaly"]);

    private static readonly DemoRosterEntry Facilitator = new("Lukas Meier", null, "Geneva Centre for Dialogue Practice", null,
        "CH", "thinkTank", ConsentToBeListed: true);

    private static DemoReport[] Europe() =>
    [
        new()
        {
            Id = "rwcg-first-meeting",
            Name = "Russia–West Contact Group: note of the first meeting",
            Type = "meetingSummary",
            PublicationDate = new(2019, 12, 5),
            Summary = "The first meeting of the Contact Group discussed the state of relations after the end of the INF Treaty, "
                + "the risk of military incidents in the Baltic and Black Sea regions, and whether expert contacts can support "
                + "official channels. Participants agreed a work plan for 2020.",
            KeyFindings =
            [
                "Participants agreed that the lack of regular military-to-military contact raises the risk that an incident escalates.",
                "Views differed, sometimes strongly, on the causes of the deterioration in relations since 2014.",
                "Several participants saw more promise in reviving existing incident-prevention agreements than in negotiating new ones.",
            ],
            Body = "<p>The meeting opened with a round of assessments. Participants from Russia and from NATO member states "
                + "described threat perceptions that mirrored each other: each side saw the other's exercises and deployments "
                + "near its borders as the main source of risk.</p>"
                + "<p>Discussion then turned to incidents. One participant recalled that the 1972 agreement on incidents at sea "
                + "and the 1989 agreement on dangerous military activities had worked even at moments of high tension. Others "
                + "doubted that such agreements could be extended to aircraft flying without transponders or to cyber operations.</p>"
                + "<p>On the group itself, participants agreed to meet two or three times a year, to focus on risk reduction and "
                + "to share any proposal that commands consensus with the foreign ministries concerned.</p>"
                + NotAttributed,
            Meeting = new()
            {
                Date = new(2019, 11, 20),
                Format = "inPerson",
                Location = "Geneva",
                ChathamHouse = true,
                Roster = [Markova, Lebedev, Brandt, Lowell, Zielinski, Facilitator],
                FollowUpPoints = "<ul><li>Next meeting in spring 2020.</li><li>A background paper on existing incident-prevention "
                    + "agreements will be circulated before it.</li></ul>",
            },
            Regions = ["Europe", "Americas"],
            Countries = ["RU", "US", "DE", "PL"],
            Conflicts = ["russia-west"],
            Initiative = "russia-west-contact-group",
            Topics = ["risk reduction", "military incidents", "arms control"],
        },
        new()
        {
            Id = "rwcg-sixth-meeting",
            Name = "Russia–West Contact Group: note of the sixth meeting",
            Type = "meetingSummary",
            PublicationDate = new(2021, 4, 2),
            Summary = "Meeting online, the Contact Group welcomed the five-year extension of New START and regretted the end of "
                + "the Open Skies Treaty. Participants discussed what could follow New START and how to keep channels open during "
                + "the pandemic.",
            KeyFindings =
            [
                "Participants welcomed the extension of New START to February 2026 as time to prepare a successor, not a solution.",
                "Most participants thought a successor would need to address missile defence and long-range conventional strike.",
                "There was no agreement on whether other nuclear-armed states should be invited into future talks, or how.",
            ],
            Body = "<p>The sixth meeting took place by videoconference. Participants welcomed the extension of New START in "
                + "February 2021 but warned that five years is a short time for a negotiation that has not started.</p>"
                + "<p>A European participant argued that the end of the Open Skies Treaty removed one of the few cooperative "
                + "transparency measures left in Europe. Others noted that observation flights had been contentious for years.</p>"
                + "<p>Participants agreed that the pandemic had shown the value of routine, low-key contact and asked ICDiplomacy "
                + "to prepare options for keeping expert exchanges going online.</p>"
                + NotAttributed,
            Meeting = new()
            {
                Date = new(2021, 3, 18),
                Format = "virtual",
                Location = "Videoconference",
                ChathamHouse = true,
                Roster = [Markova, Gromov, Brandt, Ashworth, Duval, Facilitator],
                FollowUpPoints = "<ul><li>Options paper on online expert exchanges.</li><li>Next meeting in autumn 2021, in person if possible.</li></ul>",
            },
            Regions = ["Europe", "Americas"],
            Countries = ["RU", "US", "GB", "FR", "DE"],
            Conflicts = ["russia-west"],
            Initiative = "russia-west-contact-group",
            Topics = ["arms control", "New START", "Open Skies"],
        },
        new()
        {
            Id = "rwcg-twelfth-meeting",
            Name = "Russia–West Contact Group: note of the twelfth meeting",
            Type = "meetingSummary",
            PublicationDate = new(2024, 11, 4),
            Summary = "The Contact Group discussed what monitoring and verification any ceasefire in Ukraine would require, the "
                + "approaching expiry of New START, and nuclear safety at the Zaporizhzhia plant. Views on the conditions for "
                + "negotiations remained far apart.",
            KeyFindings =
            [
                "Participants agreed that any ceasefire would need a monitoring mechanism acceptable to both sides, and that its design could be discussed before the terms of a ceasefire are known.",
                "Participants discussed public statements by President Putin and President Zelensky on the conditions for talks and found them far apart.",
                "There was broad support for keeping nuclear safety at Zaporizhzhia separate from other negotiating questions.",
            ],
            Body = "<p>The twelfth meeting was held in Vienna, with some participants joining online.</p>"
                + "<p>Much of the discussion concerned ceasefire monitoring. Participants compared the experience of the OSCE "
                + "Special Monitoring Mission in 2014–2022 with other models, including monitoring by states not party to the "
                + "conflict and technical means such as satellite imagery. Some argued that monitoring is only as strong as the "
                + "political commitment behind it.</p>"
                + "<p>On strategic stability, participants expected New START to lapse in February 2026 without a successor and "
                + "discussed voluntary, reciprocal limits as a stopgap.</p>"
                + NotAttributed,
            Meeting = new()
            {
                Date = new(2024, 10, 10),
                Format = "hybrid",
                Location = "Vienna",
                ChathamHouse = true,
                Roster = [Markova, Lebedev, Gromov, Brandt, Lowell, Zielinski, Seitkali, Facilitator],
                FollowUpPoints = "<ul><li>A short paper on ceasefire monitoring options.</li><li>Next meeting in spring 2025.</li></ul>",
                InternalNotes = "Two participants asked that the note not mention the observers' countries.",
            },
            Regions = ["Europe", "Americas", "Asia"],
            Countries = ["RU", "UA", "US", "DE", "PL", "KZ"],
            Conflicts = ["russia-west", "russia-ukraine"],
            Initiative = "russia-west-contact-group",
            Topics = ["ceasefire monitoring", "arms control", "nuclear safety"],
        },
        new()
        {
            Id = "rwcg-fourteenth-meeting",
            Name = "Russia–West Contact Group: note of the fourteenth meeting",
            Type = "meetingSummary",
            PublicationDate = new(2026, 11, 30),
            Summary = "Draft note. The Contact Group discussed strategic stability after the expiry of New START and proposals "
                + "for voluntary reciprocal limits.",
            Body = "<p>Draft for review by the secretariat before the anonymity check.</p>" + NotAttributed,
            Meeting = new()
            {
                Date = new(2026, 11, 12),
                Format = "virtual",
                Location = "Videoconference",
                ChathamHouse = true,
                Roster = [Markova, Gromov, Brandt, Lowell, Ashworth, Facilitator],
            },
            Regions = ["Europe", "Americas"],
            Countries = ["RU", "US", "DE", "GB"],
            Conflicts = ["russia-west"],
            Initiative = "russia-west-contact-group",
            Topics = ["arms control", "strategic stability"],
            Release = DemoRelease.Draft,
        },
        new()
        {
            Id = "incidents-at-sea-and-in-the-air",
            Name = "Incidents at sea and in the air: reviving military risk reduction between Russia and NATO",
            Type = "policyBrief",
            PublicationDate = new(2020, 6, 15),
            Summary = "Close encounters between Russian and NATO ships and aircraft have become routine. Existing bilateral "
                + "incident-prevention agreements still offer a basis for rules of the road; this brief proposes how to update them.",
            KeyFindings =
            [
                "Most dangerous encounters involve aircraft flying without transponders or ships manoeuvring at close range.",
                "Bilateral incident-prevention agreements exist between Russia and a dozen NATO states but are rarely reviewed.",
                "A joint annual review of incidents, at expert level, would cost little and build habits of communication.",
            ],
            Body = "<p>Since 2014, Russian and NATO forces have operated in closer proximity than at any time since the end of "
                + "the Cold War, in the Baltic Sea, the Black Sea and the High North.</p>"
                + "<p>Existing agreements — the 1972 US–Soviet agreement on incidents at sea and similar agreements between "
                + "Russia and other NATO states — set rules for safe manoeuvring and communication. They still apply but are "
                + "rarely reviewed.</p>"
                + "<p>We propose an annual expert-level review of incidents, a common vocabulary for reporting them, and a pilot "
                + "for aircraft transponder use over the Baltic Sea.</p>",
            Authors = ["katrin-vogel", "pavel-sorokin"],
            Regions = ["Europe", "Americas"],
            Countries = ["RU", "US", "DE", "PL", "NO"],
            Conflicts = ["russia-west"],
            Initiative = "russia-west-contact-group",
            Topics = ["risk reduction", "military incidents"],
        },
        new()
        {
            Id = "after-new-start",
            Name = "After New START: strategic stability without a treaty",
            Type = "researchPaper",
            PublicationDate = new(2026, 2, 20),
            Summary = "New START expired on 5 February 2026. This paper compares options for limiting strategic arsenals "
                + "without a treaty — reciprocal political commitments, data exchanges, and unilateral restraint — and what each "
                + "would take to verify.",
            KeyFindings =
            [
                "Reciprocal political commitments to stay within New START's central limits are the quickest option, but fragile without data exchanges.",
                "National technical means can verify aggregate limits on launchers, but not warheads.",
                "Early involvement of other nuclear-armed states, even as observers, would make a later multilateral framework easier.",
            ],
            Body = "<p>For the first time in decades, no treaty limits the strategic nuclear forces of Russia and "
                + "the United States. Both have said they would act with restraint; neither has said how this would be shown.</p>"
                + "<p>We examine three options. Reciprocal political commitments could be announced quickly. Data exchanges, on "
                + "the model of New START's biannual exchanges, would make them credible. Unilateral restraint, announced and "
                + "reviewed annually, is the weakest but the least demanding.</p>"
                + "<p>Each option is assessed for its verification needs and for its effect on crisis stability.</p>",
            Authors = ["margaret-holloway", "irina-volkova"],
            Regions = ["Europe", "Americas"],
            Countries = ["RU", "US"],
            Conflicts = ["russia-west"],
            Initiative = "russia-west-contact-group",
            Topics = ["arms control", "nuclear risk", "strategic stability"],
        },
        new()
        {
            Id = "humanitarian-proposals-ukraine",
            Name = "Humanitarian proposals on prisoners of war, missing persons and separated children",
            Type = "proposalToGovernments",
            PublicationDate = new(2023, 5, 10),
            Summary = "Proposals shared with the foreign ministries of Russia and Ukraine and with third states facilitating "
                + "exchanges: regular all-for-all prisoner exchanges of the sick and wounded, a joint mechanism for missing "
                + "persons, and verified family reunification of children.",
            KeyFindings =
            [
                "Prisoner exchanges should give priority to the seriously sick and wounded, in line with the Third Geneva Convention.",
                "A joint working group on missing persons, supported by the ICRC's Central Tracing Agency, would allow cases to be compared.",
                "Family reunification of children separated by the war should follow verified, case-by-case procedures with a neutral intermediary.",
            ],
            Body = "<p>These proposals draw on discussions in the Russia–West Contact Group and on consultations with "
                + "humanitarian practitioners. They concern only humanitarian questions and take no position on other issues.</p>"
                + "<p>Exchanges of prisoners of war have continued throughout the war with the help of third states. We propose "
                + "that they become regular, with priority for the sick and wounded, and that both sides give the ICRC access to "
                + "all prisoners of war.</p>"
                + "<p>Families on both sides are searching for tens of thousands of missing people. A joint working group could "
                + "compare records without prejudice to either side's legal positions.</p>",
            Regions = ["Europe"],
            Countries = ["RU", "UA"],
            Conflicts = ["russia-ukraine"],
            Initiative = "russia-west-contact-group",
            Topics = ["prisoners of war", "missing persons", "family reunification", "humanitarian law"],
        },
        new()
        {
            Id = "black-sea-grain-lessons",
            Name = "Grain, ports and the Black Sea: lessons of the Black Sea Grain Initiative",
            Type = "policyBrief",
            PublicationDate = new(2023, 9, 12),
            Summary = "Between July 2022 and July 2023 the Black Sea Grain Initiative let more than 32 million tonnes of food "
                + "leave Ukrainian ports. This brief asks what made it possible, why it ended, and what importers in Africa "
                + "and the Middle East can learn.",
            KeyFindings =
            [
                "Third-party facilitation and a joint inspection centre made the arrangement possible between parties at war.",
                "The initiative ended because its companion memorandum on Russian exports was seen by one side as unfulfilled.",
                "Importing countries in Africa and the Middle East had no seat at the table despite being most exposed to prices.",
            ],
            Body = "<p>The Black Sea Grain Initiative, agreed in Istanbul in July 2022 with the UN and Türkiye, is one of the "
                + "few agreements reached during the war. A Joint Coordination Centre inspected ships; a parallel memorandum "
                + "addressed Russian food and fertiliser exports.</p>"
                + "<p>For countries such as Egypt, Kenya and Lebanon, the initiative mattered more for prices than for volumes. "
                + "We suggest that future arrangements give importers a consultative role.</p>",
            Authors = ["oksana-hrytsenko", "nadia-benslimane"],
            Regions = ["Europe", "Africa", "Asia"],
            Countries = ["UA", "RU", "TR", "EG", "KE", "LB"],
            Conflicts = ["russia-ukraine"],
            Topics = ["food security", "Black Sea", "trade"],
        },
        new()
        {
            Id = "zaporizhzhia-nuclear-safety",
            Name = "Nuclear safety at Zaporizhzhia: a technical agenda for diplomats",
            Type = "researchPaper",
            PublicationDate = new(2024, 3, 4),
            Summary = "Europe's largest nuclear power plant has been on the front line since 2022. This paper sets out the "
                + "technical conditions for safe operation — off-site power, cooling water, staffing — and how they could be "
                + "separated from the wider conflict.",
            KeyFindings =
            [
                "Loss of off-site power is the most frequent and most serious risk; the plant has lost it completely several times.",
                "Cooling water supply became a concern after the destruction of the Kakhovka dam in June 2023.",
                "The IAEA's principles for nuclear safety and security during armed conflict offer a basis both sides have referred to.",
            ],
            Body = "<p>The Zaporizhzhia plant's six reactors are shut down, but the plant still needs power and water to "
                + "cool its reactors and spent fuel.</p>"
                + "<p>We review the incidents since 2022 and the IAEA's presence at the site, and propose a short list of "
                + "technical commitments that could be agreed separately from any other question.</p>",
            Authors = ["elodie-marchand"],
            Regions = ["Europe"],
            Countries = ["UA", "RU"],
            Conflicts = ["russia-ukraine"],
            Topics = ["nuclear safety", "humanitarian law"],
        },
        new()
        {
            Id = "belgrade-pristina-everyday-issues",
            Name = "Belgrade–Pristina: sustaining dialogue on everyday issues",
            Type = "policyBrief",
            PublicationDate = new(2019, 5, 20),
            Summary = "The EU-facilitated dialogue between Serbia and Kosovo has stalled on status questions. Agreements on "
                + "freedom of movement, civil registries and energy show that practical issues can progress separately.",
            KeyFindings =
            [
                "Technical agreements reached since 2011 have been implemented unevenly, but several have changed daily life.",
                "Linking every practical step to status questions has slowed both.",
                "Local business and civil-society networks across the Western Balkans could monitor implementation.",
            ],
            Body = "<p>Since 2011 the EU has facilitated talks between Belgrade and Pristina. Agreements on freedom of movement, "
                + "customs stamps, civil registries and energy have been reached, though implementation is incomplete.</p>"
                + "<p>We argue for separating practical issues from status questions and for involving regional civil society "
                + "in monitoring.</p>",
            Authors = ["tomasz-wojcik"],
            Regions = ["Europe"],
            Countries = ["RS", "XK"],
            ConflictRegions = ["western-balkans"],
            Topics = ["normalisation", "freedom of movement"],
        },
    ];
}
