/// Every recommended coordinator task in the seeds, each with a stable key, grouped as the seeds
/// group them: seed 004's Bilaga 2 and "Mall – Avtal samordnare", and the extra tasks of the local
/// coordinator mandate in seed 000. A centre picks all of them, a list of keys, or all but some.
/// Where the seeds say the same thing twice, the task is one, with the seeds' wording merged.
///
/// The seeds' wording assumes a steering group (styrgrupp) beside the centre's management group
/// (ledningsgrupp); a task that names the steering group has its own wording for a centre that
/// has none, naming the management group, which then has the steering group's part.
public enum CoordinatorTasks {
    public struct Task: Sendable, Equatable {
        public let key: String
        /// The seeds' wording.
        public let text: String
        /// The wording for a centre without a steering group; `nil` when `text` names none.
        public let withoutSteeringGroup: String?

        init(key: String, text: String, withoutSteeringGroup: String? = nil) {
            self.key = key
            self.text = text
            self.withoutSteeringGroup = withoutSteeringGroup
        }

        /// The task as the contract of a centre with (or without) a steering group says it.
        public func text(hasSteeringGroup: Bool) -> String {
            hasSteeringGroup ? text : withoutSteeringGroup ?? text
        }
    }

    public struct TaskGroup: Sendable {
        public let key: String
        /// The lead-in sentence; `nil` for the main list.
        public let heading: String?
        public let tasks: [Task]
    }

    public static let groups: [TaskGroup] = [
        TaskGroup(
            key: "roll", heading: nil,
            tasks: [
                Task(
                    key: "lank-arbetslag-ledning",
                    text: "Vara länken mellan arbetslaget och ledningsgruppen, i båda riktningarna."),
                Task(
                    key: "vardagligt-arbete",
                    text: "Verka för att det gemensamma, vardagliga arbetet på familjecentralen fungerar."),
                Task(
                    key: "framja-utveckling",
                    text: "Främja verksamhetens utveckling tillsammans med övriga i arbetsgruppen."),
                Task(
                    key: "verksamhetsplan",
                    text:
                        "Upprätta årlig, gemensam verksamhetsplan, årshjul och verksamhetsberättelse med besöksstatistik i samverkan med styrgrupp och övriga i arbetsgruppen. Förmedla denna till styrgruppen och arbetslaget för att överenskomma kommande års verksamhetsplan.",
                    withoutSteeringGroup:
                        "Upprätta årlig, gemensam verksamhetsplan, årshjul och verksamhetsberättelse med besöksstatistik i samverkan med ledningsgruppen och övriga i arbetsgruppen. Förmedla denna till ledningsgruppen och arbetslaget för att överenskomma kommande års verksamhetsplan."
                ),
                Task(
                    key: "introduktion",
                    text:
                        "Vara ansvarig för introduktion av nyanställd personal på familjecentralen och beskriva familjecentralens hela syfte och mål: information om samverkan och arbetet på familjecentralen, rutiner och tider samt att samordnaren ansvarar för att tider bokas där den nyanställde får information från övriga verksamheter. Respektive verksamhet ansvarar dock för den specifika yrkesintroduktionen inom sitt område."
                ),
                Task(
                    key: "delaktighet",
                    text:
                        "Genom samtliga medarbetares inflytande och delaktighet skapa förutsättningar för en god samverkan."
                ),
                Task(
                    key: "foretrada",
                    text:
                        "Företräda familjecentralen vid möte med styrgrupp eller ledningsgrupp samt i andra sammanhang där familjecentralen ska vara representerad.",
                    withoutSteeringGroup:
                        "Företräda familjecentralen vid möte med ledningsgruppen samt i andra sammanhang där familjecentralen ska vara representerad."
                ),
                Task(
                    key: "samhallsaktorer",
                    text:
                        "I samverkan med övrig personal utveckla samarbetet med andra samhällsaktörer (t.ex. skola, förskola, LSG, kyrkan och frivilligorganisationer)."
                ),
                Task(
                    key: "kvalitetsuppfoljning",
                    text:
                        "Kontinuerligt driva förbättringsarbete och genomföra kvalitetsuppföljning enligt uppdrag från ledningsgruppen."
                ),
                Task(key: "overlamning", text: "Vid avslut av uppdraget överlämna information till efterträdare."),
            ]),
        TaskGroup(
            key: "samordna",
            heading:
                "På ledningsgruppens uppdrag planera, leda och samordna det gemensamma arbetet på familjecentralen:",
            tasks: [
                Task(
                    key: "familjecentralsmoten",
                    text:
                        "Planera och leda familjecentralsmöten (husmöten och verksamhetsmöten) på familjecentralen och skicka anteckningarna till arbetslaget och ledningsgruppen."
                ),
                Task(key: "ledningsgruppens-besok", text: "Leda mötet vid ledningsgruppens besök."),
                Task(
                    key: "fordela-uppgifter",
                    text:
                        "Organisera och fördela gemensamma arbetsuppgifter i dialog med arbetslaget och därefter presentera förslag till styrgruppen som beslutar.",
                    withoutSteeringGroup:
                        "Organisera och fördela gemensamma arbetsuppgifter i dialog med arbetslaget och därefter presentera förslag till ledningsgruppen som beslutar."
                ),
                Task(key: "informationsflode", text: "Ansvara för informationsflödet till samtliga medarbetare."),
                Task(
                    key: "kommunikation-utat",
                    text: "Ansvara för kommunikation utåt (hemsida, informationsmaterial, sociala medier m.m.)."),
                Task(
                    key: "fortbildning",
                    text:
                        "Bevaka gemensamma utbildningar och ansvara för att driva planering för gemensam fortbildning inom arbetslaget."
                ),
                Task(
                    key: "studiebesok",
                    text:
                        "Ansvara för studiebesök som kommer utifrån: ha en dialog med ledningsgruppen, planera och ta emot studiebesök på familjecentralen."
                ),
                Task(key: "barnrattsombud", text: "Vara barnrättsombud."),
                Task(key: "utvecklingsarbeten", text: "Initiera utvecklingsarbeten på familjecentralen."),
                Task(
                    key: "anstallningsprocess",
                    text:
                        "Delta i anställningsprocessen av nya medarbetare oavsett profession; det är alltid rekryterande chef som beslutar om vem som anställs."
                ),
                Task(key: "handledare", text: "Ansvara för kontakten med blivande och kontrakterade handledare."),
                Task(key: "gemensam-budget", text: "Ansvara för familjecentralens gemensamma budget om sådan finns."),
            ]),
        TaskGroup(
            key: "lokalt", heading: "Övriga arbetsuppgifter:",
            tasks: [
                Task(
                    key: "dialog-styrgrupp", text: "Föra dialog med styrgruppen.",
                    withoutSteeringGroup: "Föra dialog med ledningsgruppen."),
                Task(key: "stodja-mal", text: "Stödja arbetet mot uppsatta mål."),
                Task(key: "natverkstraffar", text: "Delta på nätverksträffar med länets övriga samordnare."),
                Task(
                    key: "styrgruppsmoten", text: "Delta på styrgruppsmöten, eller del av dem.",
                    withoutSteeringGroup: "Delta på ledningsgruppens möten, eller del av dem."),
            ]),
    ]

    public static let allKeys: [String] = groups.flatMap { $0.tasks.map(\.key) }

    /// Keys of tasks that were merged into another, still accepted quietly (the contract says the
    /// same thing under the task they were merged into): old key → key in the catalogue.
    public static let mergedKeys = [
        "forslag-till-styrgruppen": "fordela-uppgifter",
        "arshjul": "verksamhetsplan",
        "sammanstalla-verksamhetsberattelse": "verksamhetsplan",
        "sociala-medier": "kommunikation-utat",
        "studiebesok-utifran": "studiebesok",
        "nyanstallda": "introduktion",
        "husmoten": "familjecentralsmoten",
    ]

    /// The key in the catalogue for `key`, following a merge.
    public static func currentKey(_ key: String) -> String {
        mergedKeys[key] ?? key
    }
}
