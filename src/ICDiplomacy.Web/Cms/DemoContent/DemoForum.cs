namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>
/// The 2026 World Diplomatic Forum. Every session but one hears speakers from all five regions with no region above
/// 40 % and at least 40 % from the Global South; "transatlantic-perspectives" is deliberately unbalanced.
/// </summary>
internal static class DemoForum
{
    public const string Id = "wdf-2026";
    public const string Country = "CH";
    public const string TimeZone = "Europe/Zurich";

    /// <summary>Geneva is on CET (UTC+1) in December.</summary>
    public static readonly TimeSpan UtcOffset = TimeSpan.FromHours(1);

    public static readonly DateOnly StartDate = new(2026, 12, 9);
    public static readonly DateOnly EndDate = new(2026, 12, 11);

    public static readonly DemoText Name = new("World Diplomatic Forum 2026", "Forum diplomatique mondial 2026");

    public static readonly DemoText Theme = new(
        "Every region at the table: dialogue in a fragmenting world",
        "Toutes les régions à la table : le dialogue dans un monde fragmenté");

    public static readonly DemoText Teaser = new(
        "Three days in Geneva, ten sessions, speakers from every region of the world.",
        "Trois jours à Genève, dix sessions, des intervenants de toutes les régions du monde.");

    public static readonly DemoText Body = new(
        "<p>The 2026 Forum asks how dialogue can survive when the institutions built for it are contested. Plenaries are "
        + "open to registered participants and streamed; two closed-door sessions are held under the Chatham House Rule and "
        + "are not recorded.</p>"
        + "<p>We publish the regional balance of every session's speakers: each session aims for voices from all five "
        + "regions, no region above 40 % and at least 40 % from the Global South.</p>",
        "<p>Le Forum 2026 se demande comment le dialogue peut survivre lorsque les institutions conçues pour lui sont "
        + "contestées. Deux sessions à huis clos se tiennent selon la règle de Chatham House.</p>");

    public static readonly DemoText Venue = new("Centre International de Conférences Genève", "Centre International de Conférences Genève");
    public static readonly DemoText City = new("Geneva", "Genève");

    public static readonly DemoSession[] Sessions =
    [
        new()
        {
            Id = "opening-plenary",
            Name = "Opening plenary: Whose peace? Voices from every region",
            Abstract = "Five speakers from five regions on what a durable peace requires, and who gets to define it.",
            Day = 1, Start = new(9, 30), End = new(11, 0),
            Format = "plenary",
            Speakers = ["thandiwe-nkosi", "ana-lucia-ferreira", "priya-raghavan", "lukas-meier", "litia-ravuvu"],
            InterpretationLanguages = ["en", "fr", "ar", "es", "ru", "zh"],
            Capacity = 800,
            Room = "Plenary hall",
        },
        new()
        {
            Id = "sudan-civilian-voices",
            Name = "Panel: Ending the war in Sudan — civilian voices first",
            Abstract = "Sudanese civilians and regional experts on humanitarian access, local ceasefires and the place of "
                + "civilians in negotiations.",
            Day = 1, Start = new(11, 30), End = new(13, 0),
            Format = "panel",
            Conflicts = ["sudan"],
            Speakers = ["samia-elfadil", "wanjiru-kamau", "valentina-restrepo", "dewi-santoso", "elodie-marchand", "grace-kuman"],
            InterpretationLanguages = ["en", "ar", "fr"],
            Capacity = 250,
            Room = "Room 2",
        },
        new()
        {
            Id = "russia-west-risk-reduction",
            Name = "Closed-door roundtable: Russia and the West — channels for risk reduction",
            Abstract = "Which channels for avoiding military incidents still work, and which could be restored? Held under "
                + "the Chatham House Rule; not recorded.",
            Day = 1, Start = new(14, 30), End = new(17, 0),
            Format = "closedDoor",
            ChathamHouse = true,
            Conflicts = ["russia-west", "russia-ukraine"],
            Speakers = ["pavel-sorokin", "katrin-vogel", "margaret-holloway", "chen-jing", "aigerim-bekova", "amara-okonkwo", "megan-doyle"],
            InterpretationLanguages = ["en", "ru"],
            Capacity = 30,
            RegistrationOpensDaysBeforeForum = 30,
            RegistrationClosesHoursBeforeStart = 168,
            Room = "Salon Léman",
        },
        new()
        {
            Id = "kartarpur-faith-corridors",
            Name = "Roundtable: Kartarpur and beyond — faith corridors as confidence-building",
            Abstract = "What the Kartarpur corridor achieved between 2019 and 2025, why it closed, and whether pilgrim "
                + "corridors elsewhere offer lessons.",
            Day = 2, Start = new(9, 30), End = new(11, 0),
            Format = "roundtable",
            Conflicts = ["india-pakistan"],
            Speakers = ["harpreet-kaur-sandhu", "bilal-qureshi", "nadia-benslimane", "diego-ramirez", "lukas-meier", "aroha-te-rangi"],
            InterpretationLanguages = ["en", "hi", "ur"],
            Capacity = 60,
            Room = "Room 4",
        },
        new()
        {
            Id = "framework-drafting-workshop",
            Name = "Workshop: Drafting a dialogue framework — methods from the South Caucasus track",
            Abstract = "A practical workshop for practitioners: how a framework is drafted, tested with experts from each "
                + "side and turned into joint proposals.",
            Day = 2, Start = new(11, 30), End = new(13, 30),
            Format = "workshop",
            Conflicts = ["armenia-azerbaijan"],
            Speakers = ["anahit-grigoryan", "leyla-mammadova", "tesfaye-alemu", "daniel-fortin", "tomasz-wojcik", "litia-ravuvu"],
            InterpretationLanguages = ["en", "ru"],
            Capacity = 40,
            Room = "Room 3",
        },
        new()
        {
            Id = "transatlantic-perspectives",
            Name = "Panel: Transatlantic perspectives on European security",
            Abstract = "North American and European experts on deterrence, arms control and the future of European security.",
            Day = 2, Start = new(14, 30), End = new(16, 0),
            Format = "panel",
            Conflicts = ["russia-west"],
            Speakers = ["margaret-holloway", "daniel-fortin", "katrin-vogel", "tomasz-wojcik", "elodie-marchand"],
            InterpretationLanguages = ["en", "fr"],
            Capacity = 150,
            Room = "Room 2",
        },
        new()
        {
            Id = "climate-water-security",
            Name = "Plenary: Climate, water and security in the Global South",
            Abstract = "From the Indus to the Pacific: how shared water and a changing climate shape conflict and cooperation.",
            Day = 2, Start = new(16, 30), End = new(18, 0),
            Format = "plenary",
            Speakers = ["wanjiru-kamau", "sana-rizvi", "ana-lucia-ferreira", "aroha-te-rangi", "katrin-vogel"],
            InterpretationLanguages = ["en", "fr", "ar", "es"],
            Capacity = 600,
            Room = "Plenary hall",
            OnlineLink = "https://meet.example.org/wdf-2026/climate-water-security",
        },
        new()
        {
            Id = "sahel-after-withdrawals",
            Name = "Panel: The Sahel after the withdrawals — regional and local mediation",
            Abstract = "With foreign forces gone and the AES outside ECOWAS, who mediates in the central Sahel, and how?",
            Day = 3, Start = new(9, 30), End = new(11, 0),
            Format = "panel",
            Conflicts = ["central-sahel"],
            Speakers = ["aissatou-diop", "oumar-traore", "elodie-marchand", "jose-luis-echeverria", "rania-haddad", "grace-kuman"],
            InterpretationLanguages = ["en", "fr"],
            Capacity = 200,
            Room = "Room 2",
        },
        new()
        {
            Id = "sudan-humanitarian-access",
            Name = "Closed-door consultation: Humanitarian access in Sudan",
            Abstract = "A consultation on local humanitarian pauses and safe passage. Held under the Chatham House Rule; "
                + "not recorded.",
            Day = 3, Start = new(11, 30), End = new(13, 0),
            Format = "closedDoor",
            ChathamHouse = true,
            Conflicts = ["sudan"],
            Speakers = ["nafisa-abdalla", "tesfaye-alemu", "rania-haddad", "diego-ramirez", "megan-doyle", "lukas-meier"],
            InterpretationLanguages = ["en", "ar"],
            Capacity = 25,
            RegistrationOpensDaysBeforeForum = 30,
            RegistrationClosesHoursBeforeStart = 168,
            Room = "Salon Léman",
        },
        new()
        {
            Id = "closing-plenary",
            Name = "Closing plenary: From dialogue to proposals",
            Abstract = "What the Forum's sessions propose to governments, and what ICDiplomacy's initiatives will take up in 2027.",
            Day = 3, Start = new(14, 30), End = new(16, 0),
            Format = "plenary",
            Speakers = ["amara-okonkwo", "chen-jing", "valentina-restrepo", "oksana-hrytsenko", "litia-ravuvu"],
            InterpretationLanguages = ["en", "fr", "ar", "es", "ru", "zh"],
            Capacity = 800,
            Room = "Plenary hall",
        },
    ];
}
