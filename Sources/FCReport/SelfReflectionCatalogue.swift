/// Bilaga 4 of seed 004 in full: its 30 statements in its six areas, in its order and wording,
/// each with a stable ASCII key. The seed separates the short name from the claim with " - "
/// (once with ":"); fcdoc prints an en dash. Its text wraps statements across lines and pages;
/// the claims here are the joined sentences, double spaces made single.
enum SelfReflectionCatalogue {
    typealias Statement = SelfReflection.Statement

    static let statements: [Statement] =
        general + earlySupportParents + learning + earlySupportStaff + equality + cooperation

    static let general = [
        Statement(
            key: "halsoframjande-arena", area: SelfReflection.areas[0], title: "Hälsofrämjande arena",
            claim: "Vi ger kunskap och stöd till familjer att göra hälsofrämjande val/förändringar."),
        Statement(
            key: "barnkonventionen", area: SelfReflection.areas[0], title: "Barnkonventionen",
            claim: "I verksamheten pågår ett aktivt arbete med barnkonventionen."),
        Statement(
            key: "resurs-utat", area: SelfReflection.areas[0], title: "Familjecentralen som resurs utåt",
            claim: "Andra aktörer med småbarnsfamiljer som målgrupp känner till familjecentralen som resurs."),
    ]

    static let earlySupportParents = [
        Statement(
            key: "gruppdynamik", area: SelfReflection.areas[1], title: "Gruppdynamik i den öppna förskolan",
            claim:
                "Öppna förskolan erbjuder ett gott samtalsklimat där alla föräldrar kan delta utifrån sina förutsättningar."
        ),
        Statement(
            key: "bekraftelse-av-personal", area: SelfReflection.areas[1], title: "Bekräftelse av personal",
            claim: "Varje förälder får bekräftelse i sin föräldraroll av personalen."),
        Statement(
            key: "foraldrar-som-resurs", area: SelfReflection.areas[1], title: "Föräldrar som resurs för varandra",
            claim: "Personalen skapar förutsättningar för att föräldrar ska bekräfta varandra som föräldrar."),
        Statement(
            key: "anknytning-generellt", area: SelfReflection.areas[1], title: "Anknytning generellt",
            claim: "Personalen arbetar metodiskt för att främja föräldra/barnrelationen."),
        Statement(
            key: "anknytning-riktad", area: SelfReflection.areas[1], title: "Anknytning riktad",
            claim:
                "Personalen arbetar metodiskt för att upptäcka och ge extra stöd till föräldrar som har svårigheter med anknytning till barnet."
        ),
        Statement(
            key: "tillganglighet-oppna-forskolan", area: SelfReflection.areas[1],
            title: "Tillgänglighet bemötande – Öppna förskolan",
            claim:
                "På familjecentralen stödjer vi föräldrar att våga kliva ”över tröskeln” ex. genom att hälsa, följa med föräldern in."
        ),
        Statement(
            key: "tillganglighet-aret-runt", area: SelfReflection.areas[1], title: "Tillgänglighet/bemötande",
            claim: "Personalen har ett gemensamt ansvar för att familjecentralen ska ha hög tillgänglighet året runt."),
        Statement(
            key: "varandras-kompetens", area: SelfReflection.areas[1],
            title: "Kvalitet genom användande av varandras kompetens",
            claim:
                "Vi underlättar för föräldrar att få kontakt med familjecentralens olika yrkeskategorier om/när det behövs."
        ),
    ]

    static let learning = [
        Statement(
            key: "barn-och-foraldraskap", area: SelfReflection.areas[2], title: "Barn och föräldraskap",
            claim: "Vi fångar upp föräldrars behov av att lära sig om barn och föräldraskap."),
        Statement(
            key: "samspel-med-barn", area: SelfReflection.areas[2], title: "Samspel med barn",
            claim: "Vi väljer aktiviteter för att stärka föräldrars samspel med barnets bästa i fokus."),
        Statement(
            key: "sprakinlarning", area: SelfReflection.areas[2], title: "Språkinlärning",
            claim: "Vi utvecklar sätt att stärka svenska språket för föräldrar och barn med annat språk."),
        Statement(
            key: "kulturellt-utbyte", area: SelfReflection.areas[2], title: "Kulturellt utbyte",
            claim: "Vi utvecklar möjligheter för kulturellt utbyte mellan sociala och etniska grupper."),
    ]

    static let earlySupportStaff = [
        Statement(
            key: "generellt-tidigt-stod", area: SelfReflection.areas[3], title: "Generellt tidigt stöd",
            claim: "Vi samråder och konsulterar varandra för att tidigt upptäcka familjer med behov av extra stöd."),
        Statement(
            key: "mhv-identifierar", area: SelfReflection.areas[3], title: "MHV identifierar",
            claim: "MHV identifierar föräldrar som kan vara i behov av extra stöd."),
        Statement(
            key: "mhv-slussning", area: SelfReflection.areas[3], title: "MHV slussning",
            claim: "MHV slussar vid behov föräldrar vidare till övriga delar av familjecentralen."),
        Statement(
            key: "bhv-identifierar", area: SelfReflection.areas[3], title: "BHV identifierar",
            claim: "BHV identifierar föräldrar som kan vara/bli i behov av extra stöd."),
        Statement(
            key: "bhv-slussning", area: SelfReflection.areas[3], title: "BHV, slussning",
            claim: "BHV slussar vid behov föräldrar vidare till övriga delar av familjecentralen."),
        Statement(
            key: "kurator-deltar", area: SelfReflection.areas[3], title: "Kurator",
            claim: "Kurator deltar i den öppna förskolan och i föräldragrupper för att nå föräldrar med tidigt stöd."),
        Statement(
            key: "kurator-slussar", area: SelfReflection.areas[3], title: "Kurator",
            claim: "Kurator slussar vid behov föräldrar vidare till övriga delar av familjecentralen"),
        Statement(
            key: "oppen-forskola-uppmarksammar", area: SelfReflection.areas[3], title: "Öppen förskola",
            claim: "Förskollärare uppmärksammar (extra, speciellt) föräldrar och barn med behov av extra stöd."),
        Statement(
            key: "oppna-forskolan-slussar", area: SelfReflection.areas[3], title: "Öppna förskolan slussar",
            claim: "Öppna förskolan slussar vid behov föräldrar vidare till övriga delar av familjecentralen."),
    ]

    static let equality = [
        Statement(
            key: "deltagande", area: SelfReflection.areas[4], title: "Deltagande",
            claim: "Verksamheten utformas så att alla föräldrar ska kunna delta."),
        Statement(
            key: "information", area: SelfReflection.areas[4], title: "Information",
            claim: "Alla föräldrar får information om familjecentralens alla verksamheter som stöd i föräldrarollen."),
    ]

    static let cooperation = [
        Statement(
            key: "forutsattningar-for-samarbete", area: SelfReflection.areas[5], title: "Förutsättningar för samarbete",
            claim: "Kunskap och respekt för yrkesgruppernas olika uppdrag visar sig i det vardagliga arbetet."),
        Statement(
            key: "samverkansavtalet", area: SelfReflection.areas[5], title: "Samverkan",
            claim: "Det övergripande samverkansavtalet är väl känt hos medarbetarna."),
        Statement(
            key: "gemensamma-mal", area: SelfReflection.areas[5], title: "Gemensamma mål",
            claim:
                "Det finns gemensamma uppföljningsbara mål för familjecentralens verksamhet som är väl kända hos medarbetarna."
        ),
        Statement(
            key: "uppfoljning", area: SelfReflection.areas[5], title: "Uppföljning",
            claim: "De gemensamma målen följs upp regelbundet genom den årliga verksamhetsuppföljningen."),
    ]
}
