import FCCharts
import FCConfig
import FCDocument
import FCReport
import FCTemplates

/// Everything the renderer needs for one document: where it goes, its template values and how
/// many signed copies it comes in, for which parties.
public struct DocumentPlan {
    public var kind: DocumentKind
    /// The folder under the output folder: the centre's or county's id.
    public var folder: String
    /// The file name without extension: the kind, and for a report its year.
    public var fileName: String
    public var title: String
    public var context: [String: Any]
    public var copies: Int
    /// "Vindelns hälsocentral (Region Västerbotten)" for copy 1, …; fewer than `copies` is fine.
    public var copyRecipients: [String]
    /// The charts the template can place with `<!-- fcdoc:figure NAME -->`.
    public var figures: [String: Figure] = [:]

    public enum PlanError: Error, CustomStringConvertible {
        case wrongFile(DocumentKind, available: [DocumentKind])
        case computation(String)

        public var description: String {
            switch self {
            case .wrongFile(let kind, let available):
                let expected = DocumentKind.forCentres.contains(kind) ? "a centre file" : DocumentKind.forCounties.contains(kind)
                    ? "a county file" : DocumentKind.forReports.contains(kind) ? "a report file" : "no file (fcdoc form)"
                return "'\(kind.rawValue)' is made from \(expected); this file gives: "
                    + available.map(\.rawValue).joined(separator: ", ")
            case .computation(let reason):
                return reason
            }
        }
    }

    /// - Parameters:
    ///   - kind: the document to make.
    ///   - config: the checked file it is made from.
    ///   - report: the loaded report, for a report file (`ConfigCheck.Outcome.reportData`).
    ///   - copies: overrides the file's number of signed copies.
    /// - Returns: the plan: template context, title, output path, copies, figures.
    /// - Throws: when the file does not give this kind of document, or its context cannot be made.
    public static func make(_ kind: DocumentKind, from config: ConfigFile, report: ReportData? = nil,
                            copies: Int? = nil) throws -> DocumentPlan {
        do {
            switch (kind, config) {
            case (.samverkansavtal, .centre(let file)):
                return centrePlan(kind, file, title: AgreementContext.title(for: file),
                                  context: AgreementContext.make(file), copies: copies)
            case (.samordnaravtal, .centre(let file)):
                return centrePlan(kind, file, title: CoordinatorContext.title(for: file),
                                  context: try CoordinatorContext.make(file), copies: copies)
            case (.lanssamordnare, .county(let file)):
                return DocumentPlan(kind: kind, folder: file.county.id.value, fileName: kind.rawValue,
                                    title: CountyContext.title(for: file), context: try CountyContext.make(file),
                                    copies: copies ?? 1, copyRecipients: [])
            case (.verksamhetsberattelse, .report):
                guard let report else { throw PlanError.computation("the report's centre and survey are not loaded") }
                return DocumentPlan(kind: kind, folder: report.centre.centre.id.value,
                                    fileName: "\(kind.rawValue)-\(report.year)", title: ReportContext.title(for: report),
                                    context: ReportContext.make(report), copies: copies ?? 1, copyRecipients: [],
                                    figures: ReportCharts.figures(for: report))
            default:
                throw PlanError.wrongFile(kind, available: DocumentKind.all(for: config))
            }
        } catch let error as PlanError {
            throw error
        } catch {
            throw PlanError.computation("\(error)")
        }
    }

    /// The county roll-up, from every centre's report of the year.
    public static func rollup(_ rollup: Rollup) -> DocumentPlan {
        let areas = SelfReflection.areas.filter { area in
            rollup.centres.contains { $0.report?.positions.contains { $0.statement.area == area } ?? false }
        }
        let values = rollup.centres.map { centre -> [Double?] in
            let means = Rollup.areaMeans(centre.report?.positions ?? [])
            return areas.map { means[$0] }
        }
        let heatmap = HeatmapChart.figure(name: "heatmap", title: "Självreflektion \(rollup.year): medelläge per område",
                                          rows: rollup.centres.map(\.name), columns: areas, values: values,
                                          scaleLabels: SelfReflection.scale)
        return DocumentPlan(kind: .lansrapport, folder: rollup.county.county.id.value, fileName: "lansrapport-\(rollup.year)",
                            title: RollupContext.title(for: rollup), context: RollupContext.make(rollup), copies: 1,
                            copyRecipients: [], figures: areas.isEmpty ? [:] : ["heatmap": heatmap])
    }

    /// A blank form, made from the built-in catalogues alone; written to `formular/`.
    public static func form(_ kind: DocumentKind) throws -> DocumentPlan {
        switch kind {
        case .formularSjalvreflektion:
            return DocumentPlan(kind: kind, folder: "formular", fileName: "sjalvreflektion",
                                title: FormContext.selfReflectionTitle, context: FormContext.selfReflection(), copies: 1,
                                copyRecipients: [])
        case .formularForaldraenkat:
            return DocumentPlan(kind: kind, folder: "formular", fileName: "foraldraenkat",
                                title: FormContext.parentSurveyTitle, context: FormContext.parentSurvey(), copies: 1,
                                copyRecipients: [])
        default:
            throw PlanError.computation("'\(kind.rawValue)' is not a form")
        }
    }

    static func centrePlan(_ kind: DocumentKind, _ file: CentreFile, title: String, context: [String: Any],
                           copies: Int?) -> DocumentPlan {
        DocumentPlan(kind: kind, folder: file.centre.id.value, fileName: kind.rawValue, title: title, context: context,
                     copies: copies ?? AgreementContext.copies(for: file),
                     copyRecipients: AgreementContext.signingParties(of: file).map {
                         AgreementContext.partyDisplayName(file, $0)
                     })
    }
}
