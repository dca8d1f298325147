namespace ICDiplomacy.Web.Cms.DemoContent;

internal static partial class DemoReports
{
    private static DemoReport[] Africa() =>
    [
        new()
        {
            Id = "sudan-preparatory-consultation",
            Name = new(
                "Sudanese civilian dialogue: preparatory consultation",
                "Dialogue civil soudanais : consultation préparatoire",
                "الحوار المدني السوداني: مشاورة تحضيرية"),
            Type = "meetingSummary",
            PublicationDate = new(2024, 3, 11),
            Summary = new(
                "Sudanese civilians and experts close to both armed parties met to discuss whether a structured civilian "
                + "dialogue could help humanitarian access. Participants agreed on the urgency of local arrangements for aid and "
                + "differed on who should speak for civilians in any talks.",
                "Des civils soudanais et des experts proches des deux parties armées se sont réunis pour examiner si un dialogue "
                + "civil structuré pourrait faciliter l'accès humanitaire. Les participants se sont accordés sur l'urgence "
                + "d'arrangements locaux pour l'aide et ont divergé sur la question de savoir qui devrait représenter les civils.",
                "اجتمع مدنيون سودانيون وخبراء قريبون من الطرفين المسلحين لبحث ما إذا كان حوار مدني منظم يمكن أن يساعد في وصول "
                + "المساعدات الإنسانية. واتفق المشاركون على الحاجة الملحّة إلى ترتيبات محلية لإيصال المساعدات، واختلفوا حول من "
                + "يمثل المدنيين في أي محادثات."),
            KeyFindings =
            [
                "Participants agreed that local humanitarian arrangements cannot wait for a national ceasefire.",
                "Participants close to each armed party said that their side would consider local pauses if aid were seen as neutral.",
                "Views differed on whether civilian representatives should be chosen by coalitions, by region, or by sector.",
            ],
            Body = "<p>The consultation brought together Sudanese civilians — including volunteers from neighbourhood emergency "
                + "response rooms — and experts associated with the SAF and with the RSF, all taking part in a personal "
                + "capacity.</p>"
                + "<p>Participants described the humanitarian situation in Khartoum, Darfur and Kordofan. Several stressed that "
                + "volunteers delivering food and medicine face arrest or attack from both sides. Participants close to the armed "
                + "parties said that local pauses would be considered where aid is delivered by actors seen as neutral.</p>"
                + "<p>The consultation endorsed the idea of a civilian dialogue and asked ICDiplomacy to draft a framework.</p>"
                + NotAttributed,
            Meeting = new()
            {
                Date = new(2024, 2, 20),
                Format = "inPerson",
                Location = new("Addis Ababa", "Addis-Abeba", "أديس أبابا"),
                ChathamHouse = true,
                Roster =
                [
                    new("Amna Osman Babiker", "آمنة عثمان بابكر", "Omdurman Emergency Response Room", "ERR", "SD", "civilSociety", "Civilian coalition"),
                    new("Mohamed Ahmed Elhassan", "محمد أحمد الحسن", "Khartoum Lawyers' Forum", "KLF", "SD", "civilSociety", "Civilian coalition",
                        Aliases: ["Mohammed Ahmed El-Hassan", "Muhammad Ahmad al-Hasan"]),
                    new("Omer Yousif Mustafa", "عمر يوسف مصطفى", "Port Sudan Centre for Strategic Studies", "PSCSS", "SD", "military", "SAF"),
                    new("Adam Ishag Haroun", "آدم إسحاق هارون", "Nyala Community Council", null, "SD", "other", "RSF"),
                    new("Halima Wekesa", null, "Nairobi Mediation Hub", "NMH", "KE", "thinkTank"),
                ],
                FollowUpPoints = "<ul><li>ICDiplomacy to draft a framework for a Sudanese civilian dialogue.</li>"
                    + "<li>Participants to consult their networks on how civilian representatives could be chosen.</li></ul>",
                InternalNotes = "Two participants asked to see the Arabic version before publication.",
            },
            Regions = ["Africa"],
            Countries = ["SD"],
            Conflicts = ["sudan"],
            ConflictRegions = ["horn-of-africa"],
            Initiative = "sudanese-civilian-dialogue",
            Topics = ["humanitarian access", "civilian participation", "local ceasefires"],
        },
        new()
        {
            Id = "sudan-local-ceasefires",
            Name = new("Humanitarian access in Sudan: a framework for local ceasefires", Ar: "وصول المساعدات الإنسانية في السودان: إطار لوقف إطلاق النار المحلي"),
            Type = "policyBrief",
            PublicationDate = new(2024, 8, 19),
            Summary = new(
                "National ceasefire talks for Sudan have repeatedly stalled. This brief proposes a framework for local, "
                + "time-bound humanitarian pauses negotiated with community leaders, and the guarantees they would need.",
                Ar: "تعثرت محادثات وقف إطلاق النار على المستوى الوطني في السودان مرارًا. يقترح هذا الموجز إطارًا لهدن إنسانية "
                + "محلية ومحددة زمنيًا يجري التفاوض عليها مع القيادات المجتمعية، والضمانات التي تحتاجها."),
            KeyFindings =
            [
                "Local pauses have worked where community leaders had standing with both armed parties.",
                "Pauses need a named local monitor and a channel to report violations within hours.",
                "Donors can support pauses by funding local organisations directly, including emergency response rooms.",
            ],
            Body = "<p>Since April 2023, the Jeddah talks and other initiatives have produced commitments on civilian protection "
                + "but no lasting ceasefire. Meanwhile, local agreements — for a market day, a harvest, a convoy — have been "
                + "negotiated by community leaders in several states.</p>"
                + "<p>We draw lessons from these agreements and propose a framework for local pauses: limited in time and place, "
                + "monitored locally, and linked to specific deliveries.</p>",
            Authors = ["wanjiru-kamau", "samia-elfadil"],
            Regions = ["Africa"],
            Countries = ["SD"],
            Conflicts = ["sudan"],
            ConflictRegions = ["horn-of-africa"],
            Topics = ["humanitarian access", "local ceasefires", "protection of civilians"],
        },
        new()
        {
            Id = "sudan-emergency-response-rooms",
            Name = "Emergency response rooms: civilian mutual aid in Sudan's war",
            Type = "researchPaper",
            PublicationDate = new(2025, 4, 15),
            Summary = "Neighbourhood emergency response rooms have fed and treated millions of people since 2023. Based on "
                + "interviews with volunteers, this paper describes how they are organised, how they are funded, and the risks "
                + "volunteers face.",
            KeyFindings =
            [
                "Emergency response rooms grew out of the neighbourhood resistance committees of 2019 and kept their local, horizontal organisation.",
                "Direct, flexible funding reaches people faster than funding passed through several intermediaries.",
                "Volunteers face arrest and attack from armed actors on both sides and need recognition as humanitarian workers.",
            ],
            Body = "<p>When fighting reached Khartoum in April 2023, neighbourhood volunteers organised communal kitchens, "
                + "clinics and evacuations. These emergency response rooms now operate in most of Sudan's states.</p>"
                + "<p>We describe their organisation and funding, and the dilemmas they face in dealing with armed actors.</p>",
            Authors = ["nafisa-abdalla", "tesfaye-alemu"],
            Regions = ["Africa"],
            Countries = ["SD"],
            Conflicts = ["sudan"],
            Topics = ["mutual aid", "civil society", "humanitarian access"],
        },
        new()
        {
            Id = "sudan-civilian-track-proposals",
            Name = new("Proposals for an inclusive civilian track in Sudan peace efforts",
                "Propositions pour un volet civil inclusif dans les efforts de paix au Soudan"),
            Type = "proposalToGovernments",
            PublicationDate = new(2025, 11, 17),
            Summary = new(
                "Proposals shared with governments and regional organisations supporting peace efforts in Sudan: give civilians "
                + "a defined place in ceasefire talks, fund local humanitarian responders directly, and protect emergency "
                + "response room volunteers.",
                "Des propositions adressées aux gouvernements et organisations régionales qui soutiennent les efforts de paix au "
                + "Soudan : donner aux civils une place définie dans les négociations de cessez-le-feu, financer directement les "
                + "intervenants humanitaires locaux et protéger les bénévoles des salles d'intervention d'urgence."),
            KeyFindings =
            [
                "Reserve a defined role for civilian representatives in any ceasefire negotiation, with their own agenda items.",
                "Fund local humanitarian responders directly, with reporting requirements suited to their size.",
                "Recognise emergency response room volunteers as humanitarian workers in any agreement on the protection of civilians.",
            ],
            Body = "<p>These proposals build on ICDiplomacy's consultations with Sudanese civilians and with experts close to both "
                + "armed parties since 2024. They are addressed to the governments and regional organisations that support "
                + "mediation, not to the parties themselves.</p>",
            Regions = ["Africa"],
            Countries = ["SD"],
            Conflicts = ["sudan"],
            ConflictRegions = ["horn-of-africa"],
            Initiative = "sudanese-civilian-dialogue",
            Topics = ["civilian participation", "mediation", "humanitarian access"],
        },
        new()
        {
            Id = "sudan-red-sea-stakes",
            Name = "Sudan's war and the Red Sea: regional stakes",
            Type = "policyBrief",
            PublicationDate = new(2023, 10, 30),
            Summary = "Sudan's war is drawing in states around the Red Sea with interests in ports, gold and agriculture. "
                + "This brief maps those interests and argues that a regional forum could reduce the risk of a proxy war.",
            KeyFindings =
            [
                "Red Sea ports are a shared interest of Sudan's neighbours and of Gulf states; none gains from a prolonged war.",
                "External support to either side prolongs the war and complicates mediation.",
                "A regional forum on Red Sea security that includes African and Gulf states could host talks on Sudan's coast.",
            ],
            Body = "<p>Port Sudan has become the seat of the government aligned with the SAF, and the Red Sea coast a focus of "
                + "regional interest. We map the stakes for Egypt, Eritrea, Saudi Arabia, the United Arab Emirates and others.</p>",
            Authors = ["rania-haddad", "amara-okonkwo"],
            Regions = ["Africa", "Asia"],
            Countries = ["SD", "EG", "ER", "SA", "AE"],
            Conflicts = ["sudan"],
            ConflictRegions = ["horn-of-africa"],
            Topics = ["Red Sea", "regional powers"],
        },
        new()
        {
            Id = "local-mediation-central-sahel",
            Name = new("Local mediation in the central Sahel: what communities negotiate",
                "Médiations locales au Sahel central : ce que négocient les communautés"),
            Type = "researchPaper",
            PublicationDate = new(2022, 11, 21),
            Summary = new(
                "Across central Mali, northern Burkina Faso and western Niger, village chiefs, imams and herders' associations "
                + "negotiate access to fields, markets and pasture with armed groups. This paper, written in French, documents "
                + "twenty such agreements.",
                "Dans le centre du Mali, le nord du Burkina Faso et l'ouest du Niger, chefs de village, imams et associations "
                + "d'éleveurs négocient avec les groupes armés l'accès aux champs, aux marchés et aux pâturages. Cette étude "
                + "documente vingt accords de ce type."),
            KeyFindings =
            [
                "Most local agreements concern seasonal access to land and markets, not the wider conflict.",
                "Agreements last longer when they are witnessed by religious leaders respected on all sides.",
                "National authorities' attitudes to local agreements vary from tolerance to prohibition.",
            ],
            Body = "<p>This research paper, originally written in French, draws on interviews in the regions of Mopti, "
                + "the Sahel region of Burkina Faso and Tillabéri.</p>"
                + "<p>We find that communities negotiate narrowly: a harvest, a market day, a transhumance corridor. These "
                + "agreements save lives but can also entrench armed groups' authority, a dilemma for national governments.</p>",
            Authors = ["aissatou-diop", "oumar-traore"],
            Regions = ["Africa"],
            Countries = ["ML", "BF", "NE"],
            Conflicts = ["central-sahel"],
            ConflictRegions = ["sahel"],
            Topics = ["local mediation", "farmer–herder relations", "customary authority"],
            OriginalLanguage = "fr",
        },
        new()
        {
            Id = "aes-ecowas-split",
            Name = "The Alliance of Sahel States and ECOWAS: managing the split",
            Type = "policyBrief",
            PublicationDate = new(2025, 2, 24),
            Summary = "Mali, Burkina Faso and Niger left ECOWAS in January 2025. This brief looks at what the split means for "
                + "free movement, trade and security cooperation in West Africa, and at arrangements that could limit the costs.",
            KeyFindings =
            [
                "Free movement of people and goods matters most to border communities and traders, on both sides.",
                "Both ECOWAS and the AES have said they want to keep trade and movement open; the details are not yet agreed.",
                "Security cooperation against armed groups operating across borders with coastal states such as Côte d'Ivoire, Ghana and Benin is the most urgent gap.",
            ],
            Body = "<p>The departure of the three AES states ended fifty years of shared membership. ECOWAS has offered "
                + "transitional arrangements; the AES has created its own institutions.</p>"
                + "<p>We propose a standing technical channel on trade, movement and border security, separate from political "
                + "differences.</p>",
            Authors = ["amara-okonkwo", "awa-ouedraogo"],
            Regions = ["Africa"],
            Countries = ["ML", "BF", "NE", "NG", "SN", "CI", "GH", "BJ"],
            Conflicts = ["central-sahel"],
            ConflictRegions = ["sahel"],
            Topics = ["regional integration", "ECOWAS", "AES"],
        },
        new()
        {
            Id = "sahel-climate-webinar",
            Name = "Sahel dialogue webinar: climate, farmers and herders",
            Type = "meetingSummary",
            PublicationDate = new(2020, 11, 9),
            Summary = "An on-the-record webinar on how changing rainfall affects relations between farmers and herders in the "
                + "Sahel, with speakers from Mali, Senegal and Fiji comparing experiences of climate adaptation and conflict.",
            KeyFindings =
            [
                "Speakers agreed that climate change aggravates, but rarely causes, conflicts over land and water.",
                "Transhumance corridors agreed by communities reduce clashes when they are respected by local authorities.",
                "Pacific and Sahelian experiences of climate diplomacy have more in common than is usually assumed.",
            ],
            Body = "<p>This webinar was held on the record. Oumar Traoré described farmer–herder agreements in central Mali; "
                + "Aïssatou Diop presented research on transhumance corridors; Litia Ravuvu compared Pacific experiences of "
                + "climate diplomacy.</p>"
                + "<p>Some 180 participants from 40 countries joined. A recording is available on request.</p>",
            Authors = ["aissatou-diop"],
            Meeting = new()
            {
                Date = new(2020, 10, 28),
                Format = "virtual",
                Location = "Online",
            },
            Regions = ["Africa", "Oceania"],
            Countries = ["ML", "SN", "FJ"],
            Conflicts = ["central-sahel"],
            ConflictRegions = ["sahel"],
            Topics = ["climate and security", "farmer–herder relations"],
        },
    ];
}
