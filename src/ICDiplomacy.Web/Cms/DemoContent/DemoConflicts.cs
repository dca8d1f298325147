namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>Practitioner regions, and the conflicts the demo's initiatives and reports are about.</summary>
internal static class DemoConflicts
{
    public static readonly DemoConflictRegion[] Regions =
    [
        new("sahel", new("Sahel", "Sahel", "الساحل"), ["BF", "ML", "MR", "NE", "TD"],
            "The five states of the former G5 Sahel. Practitioners often mean the central Sahel alone: Burkina Faso, Mali and Niger."),
        new("south-caucasus", new("South Caucasus", "Caucase du Sud", "جنوب القوقاز"), ["AM", "AZ", "GE"],
            "Armenia, Azerbaijan and Georgia; all three sit in Western Asia in the UN M49 scheme."),
        new("horn-of-africa", new("Horn of Africa", "Corne de l'Afrique", "القرن الأفريقي"), ["DJ", "ER", "ET", "SD", "SO", "SS"],
            "Djibouti, Eritrea, Ethiopia and Somalia, with Sudan and South Sudan as in the wider usage of many practitioners."),
        new("western-balkans", new("Western Balkans", "Balkans occidentaux", "غرب البلقان"), ["AL", "BA", "ME", "MK", "RS", "XK"],
            "Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia and Serbia."),
    ];

    public static readonly DemoConflict[] All =
    [
        new()
        {
            Id = "russia-ukraine",
            Name = "Russia–Ukraine war",
            Type = "interstate",
            Incompatibility = "territory",
            Status = "active",
            Summary = "Full-scale war since Russia's invasion of Ukraine in February 2022, after the annexation of Crimea and "
                + "the war in Donbas that began in 2014. Beyond the fighting, humanitarian questions — prisoners of war, missing "
                + "persons, separated children, nuclear safety — and the terms of any ceasefire dominate the agenda.",
            Background = "<p>Negotiations between the two governments were held in the spring of 2022 and again, intermittently, "
                + "from 2025. Several humanitarian arrangements — prisoner exchanges, the return of bodies, the 2022 Black Sea "
                + "Grain Initiative — were reached with third-party facilitation even while fighting continued.</p>"
                + "<p>ICDiplomacy's work on this war is humanitarian and technical. It does not take a position on the terms of "
                + "a settlement.</p>",
            LocationCountries = ["UA", "RU"],
            Regions = ["Europe"],
            Parties =
            [
                new("Russia", "state", ["RU"]),
                new("Ukraine", "state", ["UA"]),
            ],
        },
        new()
        {
            Id = "russia-west",
            Name = "Russia–West relations",
            Type = "interstate",
            Status = "active",
            Summary = "The confrontation between Russia and NATO member states, sharpened by the war in Ukraine: the risk of "
                + "military incidents, the collapse of most arms-control agreements, sanctions, and few remaining channels for "
                + "dialogue.",
            Background = "<p>Since 2019 the INF Treaty has ended, Russia and the United States have left the Open Skies Treaty and, in "
                + "February 2026, New START expired. "
                + "Military-to-military contacts are limited, and incidents at sea, in the air and in cyberspace carry a "
                + "risk of escalation that neither side wants.</p>"
                + "<p>Expert contact groups are among the few places where people from both sides still compare threat "
                + "perceptions and test risk-reduction ideas.</p>",
            LocationCountries = ["RU", "BY", "UA", "PL", "FI", "EE", "LV", "LT"],
            Regions = ["Europe"],
            Parties =
            [
                new("Russia", "bloc", ["RU", "BY"]),
                new("NATO/West", "bloc", ["US", "CA", "GB", "FR", "DE", "PL", "IT", "NL", "NO"]),
            ],
        },
        new()
        {
            Id = "india-pakistan",
            Name = "India–Pakistan",
            Type = "interstate",
            Incompatibility = "territory",
            Status = "active",
            Summary = "A dispute over Kashmir since 1947, with wars in 1947–48, 1965, 1971 and 1999 and repeated crises, most "
                + "recently in May 2025, when cross-border strikes followed an attack on tourists at Pahalgam and a ceasefire "
                + "was reached after four days.",
            Background = "<p>After the 2025 crisis India held the Indus Waters Treaty in abeyance and the Kartarpur corridor, "
                + "which had let Indian pilgrims visit the Sikh shrine at Kartarpur in Pakistan without a visa since 2019, "
                + "was closed.</p>"
                + "<p>Both governments state that they prefer bilateral channels. Track II work therefore concentrates on "
                + "crisis communication, water and people-to-people measures that officials may take up later.</p>",
            LocationCountries = ["IN", "PK"],
            Regions = ["Asia"],
            Parties =
            [
                new("India", "state", ["IN"]),
                new("Pakistan", "state", ["PK"]),
            ],
        },
        new()
        {
            Id = "sudan",
            Name = new("Sudan civil war", "Guerre civile au Soudan", "الحرب الأهلية في السودان"),
            Type = "intrastate",
            Incompatibility = "government",
            Status = "active",
            Summary = new(
                "War between the Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF) since "
                + "April 2023, causing the world's largest displacement crisis and famine in several regions. Civilian groups, "
                + "including neighbourhood emergency response rooms, seek a role in any settlement.",
                "Guerre entre les Forces armées soudanaises (SAF) et les Forces de soutien rapide (RSF) depuis avril 2023, à "
                + "l'origine de la plus grave crise de déplacement au monde et de famines dans plusieurs régions. Des groupes "
                + "civils, dont les salles d'intervention d'urgence de quartier, cherchent à peser sur tout règlement.",
                "حرب بين القوات المسلحة السودانية وقوات الدعم السريع منذ أبريل/نيسان 2023، تسببت في أكبر أزمة نزوح في العالم "
                + "وفي مجاعة في عدة مناطق. وتسعى مجموعات مدنية، من بينها غرف الطوارئ في الأحياء، إلى أداء دور في أي تسوية."),
            Background = "<p>Successive mediation efforts, in Jeddah, by the African Union and IGAD, and by other states, have "
                + "produced commitments on the protection of civilians and humanitarian access but no lasting ceasefire.</p>"
                + "<p>Because all three parties are Sudanese, ICDiplomacy's expert groups record which party each member is "
                + "associated with instead of inferring it from nationality.</p>",
            LocationCountries = ["SD"],
            Regions = ["Africa"],
            ConflictRegions = ["horn-of-africa"],
            Parties =
            [
                new("SAF", "state", ["SD"]),
                new("RSF", "nonStateArmedGroup", ["SD"]),
                new("Civilian coalition", "civilSociety", ["SD"]),
            ],
        },
        new()
        {
            Id = "armenia-azerbaijan",
            Name = "Armenia–Azerbaijan",
            Type = "interstate",
            Incompatibility = "territory",
            Status = "deEscalating",
            Summary = "A conflict over Nagorno-Karabakh since the late 1980s, with wars in 1988–94 and 2020 and a military "
                + "operation by Azerbaijan in September 2023, after which almost the entire Armenian population of the region "
                + "left for Armenia. The two governments initialled a peace agreement in August 2025.",
            Background = "<p>Border delimitation, transport links across the region, the fate of missing persons and the return "
                + "of detainees remain on the agenda of both governments.</p>",
            LocationCountries = ["AM", "AZ"],
            Regions = ["Asia"],
            ConflictRegions = ["south-caucasus"],
            Parties =
            [
                new("Armenia", "state", ["AM"]),
                new("Azerbaijan", "state", ["AZ"]),
            ],
        },
        new()
        {
            Id = "central-sahel",
            Name = "Central Sahel crisis",
            Type = "internationalisedIntrastate",
            Incompatibility = "government",
            Status = "active",
            Summary = "Armed conflict in Mali, Burkina Faso and Niger between national armed forces, jihadist groups linked to "
                + "al-Qaeda (JNIM) and the Islamic State (IS Sahel), and community militias. The three military governments formed "
                + "the Alliance of Sahel States (AES) and left ECOWAS in January 2025.",
            Background = "<p>French forces and the UN mission in Mali have withdrawn. Local agreements negotiated by customary and "
                + "religious leaders — on access to markets, fields and pasture — are often the only arrangements that hold.</p>",
            LocationCountries = ["ML", "BF", "NE"],
            Regions = ["Africa"],
            ConflictRegions = ["sahel"],
            Parties =
            [
                new("AES governments", "state", ["ML", "BF", "NE"], "AES"),
                new("JNIM", "nonStateArmedGroup", ["ML", "BF", "NE"]),
                new("IS Sahel", "nonStateArmedGroup", ["ML", "NE", "BF"]),
            ],
        },
    ];
}
