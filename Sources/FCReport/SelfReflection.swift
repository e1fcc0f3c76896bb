/// The staff self-reflection (seed 004, Bilaga 4, with the instructions of Bilaga 5): statements
/// the team places, as a group, on a five-step scale from "Fungerar" to "Behöver utvecklas".
public enum SelfReflection {
    /// One statement: Bilaga 4 prints a short name and the claim, "Hälsofrämjande arena - Vi ger …";
    /// a centre's own statements have only the claim.
    public struct Statement: Sendable, Equatable {
        public var key: String
        public var area: String
        /// The seed's short name ("Hälsofrämjande arena"); `nil` for a centre's own statement.
        public var title: String?
        /// What the group takes a position on ("Vi ger kunskap och stöd …").
        public var claim: String

        public init(key: String, area: String, title: String, claim: String) {
            self.key = key
            self.area = area
            self.title = title
            self.claim = claim
        }

        /// A centre's own statement, which has no short name.
        public init(key: String, area: String, text: String) {
            self.key = key
            self.area = area
            self.title = nil
            self.claim = text
        }

        /// As Bilaga 4 prints it: "Hälsofrämjande arena – Vi ger …".
        public var text: String { title.map { "\($0) – \(claim)" } ?? claim }
    }

    /// Position 1…5; Bilaga 4 names only the two ends, the steps between are fcdoc's wording.
    public static let scale = [
        "Fungerar", "Fungerar till stor del", "Fungerar delvis", "Behöver utvecklas något",
        "Behöver utvecklas",
    ]

    /// Positions at or below this one ("Fungerar", "Fungerar till stor del") work, so they are
    /// never proposed as what most needs development.
    public static let lastWorkingPosition = 2

    /// The areas of Bilaga 4, in its order.
    public static let areas = [
        "Generellt för arbete på FC", "Tidigt stöd till föräldrar", "Lärande",
        "Tidigt stöd – personal", "Jämställdhet", "Samverkan",
    ]

    /// Keys that were renamed, still accepted (with a warning) so that older reports keep working:
    /// old key → key in the catalogue.
    public static let renamedKeys = ["halsofranjande-arena": "halsoframjande-arena"]

    /// The key in the catalogue for `key`, following a rename.
    public static func currentKey(_ key: String) -> String {
        renamedKeys[key] ?? key
    }

    /// Every statement of Bilaga 4, in the seed's areas, order and wording (`SelfReflectionCatalogue`).
    public static var catalogue: [Statement] { SelfReflectionCatalogue.statements }

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

    /// At most two statements that most need development, as candidates for next year's
    /// priorities: only those placed below "Fungerar till stor del"; the highest positions first;
    /// among equals, the one that moved furthest towards "Behöver utvecklas" since last year, then
    /// the catalogue order.
    public static func proposals(_ positions: [Position], previous: [String: Int]) -> [Position] {
        let order = Dictionary(
            positions.enumerated().map { ($1.statement.key, $0) }, uniquingKeysWith: { first, _ in first })
        return positions.filter { $0.position > lastWorkingPosition }.sorted { a, b in
            if a.position != b.position { return a.position > b.position }
            let changeA = a.position - (previous[a.statement.key] ?? a.position)
            let changeB = b.position - (previous[b.statement.key] ?? b.position)
            if changeA != changeB { return changeA > changeB }
            return (order[a.statement.key] ?? 0) < (order[b.statement.key] ?? 0)
        }.prefix(2).map { $0 }
    }
}
