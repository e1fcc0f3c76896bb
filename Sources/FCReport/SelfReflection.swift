/// The staff self-reflection (seed 004, Bilaga 4, with the instructions of Bilaga 5): statements
/// the team places, as a group, on a five-step scale from "Fungerar" to "Behöver utvecklas".
public enum SelfReflection {
    public struct Statement: Sendable, Equatable {
        public var key: String
        public var area: String
        public var text: String

        public init(key: String, area: String, text: String) {
            self.key = key
            self.area = area
            self.text = text
        }
    }

    /// Position 1…5; Bilaga 4 names only the two ends, the steps between are fcdoc's wording.
    public static let scale = ["Fungerar", "Fungerar till stor del", "Fungerar delvis", "Behöver utvecklas något",
                               "Behöver utvecklas"]

    /// The areas of Bilaga 4, in its order.
    public static let areas = ["Generellt för arbete på FC", "Tidigt stöd till föräldrar", "Lärande",
                               "Tidigt stöd – personal", "Jämställdhet", "Samverkan"]

    /// Every statement of Bilaga 4 as it survives in the seed's text. The seed's copy holds the
    /// statements of the first area only; a report adds its own under any area with
    /// `self_reflection.statements`.
    public static let catalogue: [Statement] = [
        Statement(key: "halsofranjande-arena", area: areas[0],
                  text: "Hälsofrämjande arena – Vi ger kunskap och stöd till familjer att göra hälsofrämjande val/förändringar."),
        Statement(key: "uppfoljning", area: areas[0],
                  text: "Uppföljning – De gemensamma målen följs upp regelbundet genom den årliga verksamhetsuppföljningen."),
    ]

    public struct Position: Sendable, Equatable {
        public var statement: Statement
        public var position: Int
        public var comment: String?

        public init(statement: Statement, position: Int, comment: String?) {
            self.statement = statement
            self.position = position
            self.comment = comment
        }
    }

    /// The two statements that most need development, as candidates for next year's priorities:
    /// the highest positions first; among equals, the one that moved furthest towards "Behöver
    /// utvecklas" since last year, then the catalogue order.
    public static func proposals(_ positions: [Position], previous: [String: Int]) -> [Position] {
        let order = Dictionary(positions.enumerated().map { ($1.statement.key, $0) }, uniquingKeysWith: { first, _ in first })
        return positions.filter { $0.position > 1 }.sorted { a, b in
            if a.position != b.position { return a.position > b.position }
            let changeA = a.position - (previous[a.statement.key] ?? a.position)
            let changeB = b.position - (previous[b.statement.key] ?? b.position)
            if changeA != changeB { return changeA > changeB }
            return (order[a.statement.key] ?? 0) < (order[b.statement.key] ?? 0)
        }.prefix(2).map { $0 }
    }
}
