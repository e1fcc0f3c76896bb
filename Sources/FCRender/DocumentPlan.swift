import FCConfig
import FCTemplates

/// Everything the renderer needs for one document: where it goes, its template values and how
/// many signed copies it comes in, for which parties.
public struct DocumentPlan {
    public var kind: DocumentKind
    /// The folder under the output folder: the centre's or county's id.
    public var folder: String
    public var title: String
    public var context: [String: Any]
    public var copies: Int
    /// "Vindelns hälsocentral (Region Västerbotten)" for copy 1, …; fewer than `copies` is fine.
    public var copyRecipients: [String]

    public enum PlanError: Error, CustomStringConvertible {
        case wrongFile(DocumentKind, expected: String)
        case computation(String)

        public var description: String {
            switch self {
            case .wrongFile(let kind, let expected):
                return "'\(kind.rawValue)' is made from a \(expected) file; choose one of: "
                    + (expected == "centre" ? DocumentKind.forCounties : DocumentKind.forCentres).map(\.rawValue)
                    .joined(separator: ", ")
            case .computation(let reason):
                return reason
            }
        }
    }

    /// - Parameter copies: overrides the file's number of signed copies.
    public static func make(_ kind: DocumentKind, from config: ConfigFile, copies: Int? = nil) throws -> DocumentPlan {
        do {
            switch (kind, config) {
            case (.samverkansavtal, .centre(let file)):
                return centrePlan(kind, file, title: AgreementContext.title(for: file),
                                  context: AgreementContext.make(file), copies: copies)
            case (.samordnaravtal, .centre(let file)):
                return centrePlan(kind, file, title: CoordinatorContext.title(for: file),
                                  context: try CoordinatorContext.make(file), copies: copies)
            case (.lanssamordnare, .county(let file)):
                return DocumentPlan(kind: kind, folder: file.county.id.value, title: CountyContext.title(for: file),
                                    context: try CountyContext.make(file), copies: copies ?? 1, copyRecipients: [])
            case (.lanssamordnare, .centre):
                throw PlanError.wrongFile(kind, expected: "county")
            case (_, .county):
                throw PlanError.wrongFile(kind, expected: "centre")
            }
        } catch let error as PlanError {
            throw error
        } catch {
            throw PlanError.computation("\(error)")
        }
    }

    static func centrePlan(_ kind: DocumentKind, _ file: CentreFile, title: String, context: [String: Any],
                           copies: Int?) -> DocumentPlan {
        DocumentPlan(kind: kind, folder: file.centre.id.value, title: title, context: context,
                     copies: copies ?? AgreementContext.copies(for: file),
                     copyRecipients: AgreementContext.signingParties(of: file).map {
                         AgreementContext.partyDisplayName(file, $0)
                     })
    }
}
