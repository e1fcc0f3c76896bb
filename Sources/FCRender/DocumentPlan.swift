import FCCharts
import FCConfig
import FCDocument
import FCReport
import FCTemplates

/// Everything the renderer needs for one document: where it goes, its template values and how
/// many signed copies it comes in, for which parties.
///
/// The number of copies is decided once, here, and the template values are made from it: the
/// sentence "upprättats i N likalydande exemplar" and the files written cannot disagree.
public struct DocumentPlan {
    public var kind: DocumentKind
    /// The folder under the output folder: the centre's or county's id.
    public var folder: String
    /// The file name without extension: the kind, and for a report its year.
    public var fileName: String
    public var title: String
    /// The values the document's template renders.
    public let context: any TemplateValues
    public let copies: Int
    /// "Vindelns hälsocentral (Region Västerbotten)" for copy 1, …; fewer than `copies` is fine.
    public var copyRecipients: [String]
    /// The charts the template can place with `<!-- fcdoc:figure NAME -->`.
    public var figures: [String: [Figure]] = [:]
    /// Problems with the plan itself, e.g. fewer copies than signing parties.
    public var warnings: [Diagnostic] = []
    /// Logos, sender and the registrar's marks at the head of the pages.
    public var letterhead: Letterhead?
    /// Fonts, colours and margins: the graphic profile's, else fcdoc's own.
    public var style = PageStyle()

    public enum PlanError: MessageError, CustomStringConvertible {
        case wrongFile(DocumentKind, available: [DocumentKind])
        case computation(Message)

        public var message: Message {
            switch self {
            case .wrongFile(let kind, let available):
                let expected: Message.FileKind =
                    DocumentKind.forCentres.contains(kind)
                    ? .centre
                    : DocumentKind.forCounties.contains(kind)
                        ? .county : DocumentKind.forReports.contains(kind) ? .report : .none
                return .documentFromOtherFile(kind.rawValue, expected: expected, available: available.map(\.rawValue))
            case .computation(let message):
                return message
            }
        }

        public var description: String { message.en }
    }

    /// - Parameters:
    ///   - kind: the document to make.
    ///   - config: the checked file it is made from.
    ///   - report: the loaded report, for a report file (`ConfigCheck.Outcome.reportData`).
    ///   - copies: overrides the file's number of signed copies.
    ///   - palette: the charts' colours (the graphic profile's, else fcdoc's).
    /// - Returns: the plan: template context, title, output path, copies, figures.
    /// - Throws: when the file does not give this kind of document, or its context cannot be made.
    public static func make(
        _ kind: DocumentKind, from config: ConfigFile, report: ReportData? = nil,
        copies: Int? = nil, palette: ChartPalette = .standard
    ) throws -> DocumentPlan {
        do {
            switch (kind, config) {
            case (.samverkansavtal, .centre(let file)):
                return signedPlan(
                    kind, file, title: AgreementContext.title(for: file), coordinatorsSign: false,
                    copies: copies
                ) { AgreementContext.make(file, copies: $0) }
            case (.samordnaravtal, .centre(let file)):
                return try signedPlan(
                    kind, file, title: CoordinatorContext.title(for: file), coordinatorsSign: true,
                    copies: copies
                ) { try CoordinatorContext.make(file, copies: $0) }
            case (.samordningsfunktion, .centre(let file)):
                return DocumentPlan(
                    kind: kind, folder: file.centre.id.value, fileName: kind.rawValue,
                    title: CoordinationFunctionContext.title(for: file),
                    context: CoordinationFunctionContext.make(file), copies: 1, copyRecipients: [])
            case (.lanssamordnare, .county(let file)):
                return DocumentPlan(
                    kind: kind, folder: file.county.id.value, fileName: kind.rawValue,
                    title: CountyContext.title(for: file), context: try CountyContext.make(file),
                    copies: copies ?? 1, copyRecipients: [])
            case (.verksamhetsberattelse, .report):
                guard let report else { throw PlanError.computation(.reportNotLoaded) }
                return DocumentPlan(
                    kind: kind, folder: report.centre.centre.id.value,
                    fileName: "\(kind.rawValue)-\(report.year)", title: ReportContext.title(for: report),
                    context: ReportContext.make(report), copies: copies ?? 1, copyRecipients: [],
                    figures: ReportCharts.figures(for: report, palette: palette))
            default:
                throw PlanError.wrongFile(kind, available: DocumentKind.all(for: config))
            }
        } catch let error as PlanError {
            throw error
        } catch let error as DiagnosticsError {
            throw error
        } catch let error as MessageError {
            throw PlanError.computation(error.message)
        } catch {
            throw PlanError.computation(.failed(reason: "\(error)"))
        }
    }

    /// The county roll-up, from every centre's report of the year, its chart in `palette` (the
    /// county's profile's; fcdoc's own when `nil`).
    public static func rollup(_ rollup: Rollup, palette: ChartPalette? = nil) -> DocumentPlan {
        let areas = SelfReflection.areas.filter { area in
            rollup.centres.contains { $0.report?.positions.contains { $0.statement.area == area } ?? false }
        }
        let values = rollup.centres.map { centre -> [Double?] in
            let means = Rollup.areaMeans(centre.report?.positions ?? [])
            return areas.map { means[$0] }
        }
        let heatmap = HeatmapChart.figures(
            name: "heatmap", title: "Självreflektion \(rollup.year): medelläge per område",
            rows: rollup.centres.map(\.name), columns: areas, values: values,
            scaleLabels: SelfReflection.scale, palette: palette ?? .standard)
        return DocumentPlan(
            kind: .lansrapport, folder: rollup.county.county.id.value, fileName: "lansrapport-\(rollup.year)",
            title: RollupContext.title(for: rollup), context: RollupContext.make(rollup), copies: 1,
            copyRecipients: [], figures: areas.isEmpty ? [:] : ["heatmap": heatmap])
    }

    /// A blank form, made from the built-in catalogues: to `formular/`, or with a centre to the
    /// centre's folder, naming the centre (and the year, when given).
    public static func form(_ kind: DocumentKind, centre: CentreFile? = nil, year: Int? = nil) throws -> DocumentPlan {
        let folder = centre?.centre.id.value ?? "formular"
        let suffix = year.map { "-\($0)" } ?? ""
        switch kind {
        case .formularSjalvreflektion:
            return DocumentPlan(
                kind: kind, folder: folder, fileName: "sjalvreflektion" + suffix,
                title: FormContext.selfReflectionTitle,
                context: FormContext.selfReflection(centre: centre, year: year), copies: 1, copyRecipients: [])
        case .formularForaldraenkat:
            let context = FormContext.parentSurvey(centre: centre, year: year)
            return DocumentPlan(
                kind: kind, folder: folder, fileName: "foraldraenkat" + suffix,
                title: context.title,
                context: context, copies: 1, copyRecipients: [])
        default:
            throw PlanError.computation(.notAForm(kind.rawValue))
        }
    }

    /// A signed centre document: `--copies`, else `agreement.copies`, else one copy for each
    /// who signs, and the template values made for exactly that number.
    static func signedPlan(
        _ kind: DocumentKind, _ file: CentreFile, title: String, coordinatorsSign: Bool,
        copies requested: Int?, values: (Int) throws -> any TemplateValues
    ) rethrows -> DocumentPlan {
        var recipients = file.signingPartyIDs.map { AgreementContext.partyDisplayName(file, $0) }
        if coordinatorsSign { recipients += file.coordinator.persons.map { "\($0.name.value) (samordnare)" } }
        let copies = requested ?? file.agreement.copies?.value ?? max(1, recipients.count)
        var plan = DocumentPlan(
            kind: kind, folder: file.centre.id.value, fileName: kind.rawValue, title: title,
            context: try values(copies), copies: copies, copyRecipients: recipients)
        // A shortfall set in the file is reported by validation, at `agreement.copies`.
        if let requested, requested < recipients.count, let first = file.signatories.first {
            plan.warnings.append(
                Diagnostic(
                    .warning, at: first.location,
                    .fewerCopiesThanSigners(requested, document: kind.rawValue, signers: recipients)))
        }
        return plan
    }
}
