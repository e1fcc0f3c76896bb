import FCConfig
import FCCostSharing

/// The messages about templates and about costs that cannot be shared, each once in Swedish and
/// English (the catalogue of issue 20). A template's tags are quoted as written.
extension Message {
    static let templateUnreadable = Message(
        .templateUnreadable, sv: "mallen går inte att läsa som text (UTF-8)",
        en: "the template cannot be read as UTF-8 text")

    static func templateOutsideFolder(_ folder: String) -> Message {
        Message(
            .templateOutsideFolder, sv: "mallen ligger utanför mallmappen \(folder) (genom en länk)",
            en: "the template lies outside the templates folder \(folder) (through a link)")
    }

    /// `folders`: the templates folders searched before the built-in templates.
    static func templateMissing(_ name: String, folders: [String]) -> Message {
        Message(
            .templateMissing,
            sv: "det finns ingen mall \(Wording.quoted(name + ".md")) i "
                + Wording.svList(folders + ["de inbyggda mallarna"], or: true),
            en: "no template '\(name).md' found in " + (folders + ["the built-in templates"]).joined(separator: " or "))
    }

    /// `tag` as written (`{{#parties}}`), `name` the section's name.
    static func templateUnclosedSection(_ tag: String, name: String) -> Message {
        Message(
            .templateSyntax,
            sv: "fel i mallen: avsnittet \(tag) som börjar här avslutas aldrig; skriv {{/\(name)}} där det ska sluta",
            en: "template syntax: the section \(tag) opened here is never closed; add {{/\(name)}} where it ends")
    }

    /// The parser's own mistakes, for a template's author.
    enum TemplateSyntax {
        case closingTagMismatch, unclosedTag, unclosedSection, badDelimiters
        /// A mistake the parser names in its own (English) words.
        case other(String)
    }

    static func templateSyntax(_ mistake: TemplateSyntax) -> Message {
        let (sv, en): (String, String) =
            switch mistake {
            case .closingTagMismatch:
                (
                    "en sluttagg {{/…}} hör inte ihop med avsnittet den avslutar",
                    "a closing tag {{/…}} does not match the section it closes"
                )
            case .unclosedTag: ("en tagg avslutas inte med }}", "a tag is not closed with }}")
            case .unclosedSection:
                ("ett avsnitt {{#…}} avslutas aldrig med {{/…}}", "a section {{#…}} is never closed with {{/…}}")
            case .badDelimiters:
                ("en tagg som byter avgränsare är felskriven", "a set-delimiter tag is malformed")
            case .other(let words): ("mallen kan inte läsas (\(words))", words)
            }
        return Message(.templateSyntax, sv: "fel i mallen: " + sv, en: "template syntax: " + en)
    }

    /// `owner`: the value whose fields were searched (`centre`); `nil` for every name in scope.
    static func templateUnknownName(
        _ segment: String, in tag: String, suggestion: String?, available: [String], owner: String?
    ) -> Message {
        Message(
            .templateUnknownName,
            sv: "mallen använder \(Wording.quoted(segment)) i {{\(tag)}}, men det finns inget sådant värde"
                + Hint.sv(suggestion) + "; "
                + (owner.map { "\(Wording.quoted($0)) har " } ?? "här finns ")
                + (available.isEmpty ? "inga värden" : available.joined(separator: ", ")),
            en: "the template names '\(segment)' in {{\(tag)}}, which its values do not have"
                + Hint.en(suggestion) + "; " + (owner.map { "'\($0)' has " } ?? "available here: ")
                + available.joined(separator: ", "))
    }

    static func costProblem(_ problem: Apportionment.Problem) -> Message {
        switch problem {
        case .negativeTotal(let total):
            Message(
                .costCannotBeShared,
                sv: "kostnaden kan inte fördelas: summan \(Wording.number(total))\u{00A0}kr är mindre än 0",
                en: "the total \(total) is negative")
        case .negativeWeight(let index, let weight):
            Message(
                .costCannotBeShared,
                sv: "kostnaden kan inte fördelas: part \(index + 1) har vikten \(Wording.number(weight)), "
                    + "som är mindre än 0",
                en: "weight \(weight) of party \(index + 1) is negative")
        case .noWeight:
            Message(
                .costCannotBeShared,
                sv: "kostnaden kan inte fördelas: det finns inget att fördela efter, eftersom alla vikter är 0",
                en: "there is nothing to share by: every weight is zero")
        }
    }

    static func costProblem(_ problem: CostSharing.PopulationProblem) -> Message {
        switch problem {
        case .regionShareAboveTotal(let share, let total):
            Message(
                .costCannotBeShared,
                sv: "kostnaden kan inte fördelas: regionens andel \(Wording.number(share))\u{00A0}kr är större "
                    + "än hela kostnaden \(Wording.number(total))\u{00A0}kr",
                en: "the region's share \(share) is larger than the total \(total)")
        case .apportionment(let problem): costProblem(problem)
        }
    }
}

/// A cost that cannot be shared, as a message in both languages (`Diagnostic.from` prints it).
public struct CostSharingFailure: MessageError {
    public let message: Message

    /// What `body` computes; a cost-sharing problem it throws comes out as a `CostSharingFailure`.
    static func translating<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let problem as Apportionment.Problem {
            throw CostSharingFailure(message: .costProblem(problem))
        } catch let problem as CostSharing.PopulationProblem {
            throw CostSharingFailure(message: .costProblem(problem))
        }
    }
}
