import FCConfig
import FCOutput
import FCRender
import FCReport
import FCTemplates
import Foundation

/// Renders a whole county folder: every centre's documents and report, the county's agreement,
/// in parallel, then an index and a manifest. One failing centre never stops the others.
public struct Batch: Sendable {
    public var folder: String
    public var year: Int?
    public var outputDirectory: String
    public var jobs: Int
    public var formats: [OutputFormat]
    public var templatesDirectory: String?
    /// Personal data in free text is an error (`--strict`).
    public var strict = false
    /// Where the folder's files and the files they name may lie: anywhere on the command line,
    /// inside the folder for the web application.
    public var policy = PathPolicy.anywhere
    /// Where the index links a centre that failed to its file for fixing: the web application's
    /// editor (`/edit/`, followed by the file's path in the folder); `nil` on the command line.
    public var editorURL: String?
    /// The styles of a municipality's own document (`--reference-doc`) for every document.
    public var reference: ReferenceStyle?
    /// Every file is read and checked once per batch.
    let checks = ConfigCheck.Cache()
    /// Every template is parsed once per batch.
    let templates: TemplateSet
    /// Check → plans → documents, with this batch's check cache and templates.
    var pipeline: Pipeline {
        Pipeline(templates: templates, strict: strict, cache: checks, policy: policy, reference: reference)
    }
    /// Where the ODTs to convert to PDF wait for `convertToPDF`, outside the output folder: a PDF
    /// is asked for without its ODT too.
    let pdfSourceDirectory = FileManager.default.temporaryDirectory
        .appendingPathComponent("fcdoc-batch-\(UUID().uuidString)").path

    public init(
        folder: String, year: Int?, outputDirectory: String, jobs: Int, formats: [OutputFormat],
        templatesDirectory: String?
    ) {
        self.folder = folder
        self.year = year
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
        self.formats = formats
        self.templatesDirectory = templatesDirectory
        templates = TemplateSet(overrideDirectory: templatesDirectory)
    }

    /// One centre or the county: the files it is made from and what became of them.
    public struct Unit: Sendable {
        public var name: String
        public var source: String
        public var report: String?
        public var isCounty: Bool
        /// A centre's county file, whose graphic profile is the centre's when it names none.
        public var county: String? = nil
    }

    public struct Rendered: Sendable {
        public var kind: String
        /// As people call it: "Samverkansavtal", "Länsrapport 2025".
        public var name: String
        public var fileName: String
        public var fingerprint: String
    }

    public struct UnitResult: Sendable {
        public var unit: Unit
        public var title: String
        public var documents: [Rendered] = []
        /// Output paths, relative to the output folder.
        public var files: [String] = []
        /// The ODTs to convert to PDF, relative to `Batch.pdfSourceDirectory` and to the output folder.
        public var pdfSources: [String] = []
        public var written = 0
        public var errors: [Diagnostic] = []
        public var warnings: [Diagnostic] = []
        public var reportState: ReportState

        public var failed: Bool { !errors.isEmpty }

        public init(unit: Unit, title: String, errors: [Diagnostic] = [], reportState: ReportState) {
            self.unit = unit
            self.title = title
            self.errors = errors
            self.reportState = reportState
        }
    }

    public enum ReportState: String, Sendable {
        case handedIn = "inlämnad"
        case draft = "utkast"
        case missing = "saknas"
        case invalid = "har fel"
        case notApplicable = ""
    }

    public struct Plan: Sendable {
        public var year: Int?
        public var units: [Unit]
        /// Problems in files that belong to no unit (unreadable files, a second county file).
        public var stray: [Diagnostic]
    }

    /// Finds the county file, the centres and this year's reports; the year is the latest of the
    /// handed-in reports unless given (the latest of all when none is handed in).
    public func plan() -> Plan {
        let scanned = CountyFolder.scan(folder, skipping: outputDirectory, policy: policy)
        var stray = scanned.unreadable
        let reports = Set(scanned.reportFiles.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path })
            .sorted().flatMap { checks.reports.reports(in: URL(fileURLWithPath: $0), policy: policy) }
        // A draft started for next year does not move the county on to a year nobody has reported.
        let year =
            self.year ?? (reports.filter { $0.status == .handedIn }.map(\.year).max() ?? reports.map(\.year).max())
        var units: [Unit] = []
        for path in scanned.countyFiles {
            if units.contains(where: \.isCounty) {
                stray.append(
                    Diagnostic(.error, at: .wholeFile(path), .secondCountyFile))
                continue
            }
            units.append(
                Unit(
                    name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, source: path,
                    report: nil, isCounty: true))
        }
        for path in scanned.centreFiles {
            let report = reports.first { $0.year == year && $0.centrePath == path }?.path
            units.append(
                Unit(
                    name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, source: path,
                    report: report, isCounty: false, county: scanned.countyFiles.first))
        }
        return Plan(year: year, units: units, stray: stray)
    }

    /// Checks and renders one unit; runs on a worker, so it takes and returns only plain values.
    public func render(_ unit: Unit) -> UnitResult {
        var result = UnitResult(unit: unit, title: unit.name, reportState: unit.isCounty ? .notApplicable : .missing)
        let checked = pipeline.check(path: unit.source)
        result.warnings += checked.diagnostics.filter { $0.severity == .warning }
        result.errors += checked.diagnostics.filter { $0.severity == .error }
        guard let config = checked.config else { return result }
        result.title = config.centre?.centre.name.value ?? config.county?.county.name.value ?? unit.name
        var plans: [DocumentPlan] = []
        let countyProfile = unit.county.flatMap { pipeline.check(path: $0).outcome.branding?.profile }
        do {
            plans = try pipeline.plans(checked, defaultProfile: countyProfile)
        } catch {
            result.errors += error.diagnostics
            return result
        }
        var reportYear: Int?
        if let reportPath = unit.report {
            let report = pipeline.check(path: reportPath)
            reportYear = report.config?.report?.year?.value
            result.warnings += report.diagnostics.filter { $0.severity == .warning }
            do {
                plans += try pipeline.plans(report, documents: [.verksamhetsberattelse], defaultProfile: countyProfile)
                result.reportState = report.config?.report?.status == .handedIn ? .handedIn : .draft
            } catch .invalid(let diagnostics) {
                result.errors += diagnostics.filter { $0.severity == .error }
                result.reportState = .invalid
            } catch {
                result.errors += error.diagnostics
                result.reportState = .invalid
            }
        }
        do {
            let rendered = try renderer().render(plans)
            result.pdfSources = try stagePDFSources(rendered)
            result.files = relativePaths(rendered).sorted()
            result.written = rendered.written.count
            result.documents = zip(plans, rendered.documents).map {
                Rendered(
                    kind: $1.kind.rawValue,
                    name: $1.kind.name(year: $1.kind == .verksamhetsberattelse ? reportYear : nil),
                    fileName: "\($0.folder)/\($0.fileName)", fingerprint: $1.fingerprint)
            }
        } catch {
            result.errors += Diagnostic.from(error, file: unit.source)
        }
        return result
    }
}

extension Batch {
    /// The centre's or county's name as its file gives it, else the file's name. A file without
    /// errors was read by this batch's check already; only one with errors is read again.
    func displayName(of unit: Unit) -> String {
        switch pipeline.check(path: unit.source).config ?? ConfigLoader.load(path: unit.source).config {
        case .centre(let file)?: return file.centre.name.value
        case .county(let file)?: return file.county.name.value
        default: return unit.name
        }
    }

    /// The renderer for every unit: PDFs are left to `convertToPDF`, many per LibreOffice run.
    func renderer() -> DocumentRenderer {
        var renderer = pipeline.renderer(formats: formats, outputDirectory: outputDirectory)
        renderer.defersPDF = true
        return renderer
    }

    /// Writes the ODTs of the PDFs still to make into `pdfSourceDirectory`; returns their paths.
    func stagePDFSources(_ rendered: DocumentRenderer.Result) throws -> [String] {
        let files = rendered.pendingPDFs.map { OutputFile(relativePath: $0.path + ".odt", data: $0.odt) }
        if !files.isEmpty { try OutputFolder(path: pdfSourceDirectory).write(files) }
        return files.map(\.relativePath)
    }

    /// The files a render touched, relative to the output folder (as the index and manifest name them).
    func relativePaths(_ rendered: DocumentRenderer.Result) -> [String] {
        let root = URL(fileURLWithPath: outputDirectory).standardizedFileURL.path + "/"
        return (rendered.written + rendered.unchanged).map { $0.standardizedFileURL.path }
            .map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }
    }

    /// Renders the county roll-up (`lansrapport-YYYY`) into the county's result, from every
    /// centre's report of the year; only handed-in reports of centres that rendered count, the
    /// others are listed as drafts, missing or faulty.
    public func renderRollup(into results: inout [UnitResult], plan: Plan) {
        guard let year = plan.year, let countyIndex = results.firstIndex(where: { $0.unit.isCounty && !$0.failed })
        else { return }
        let countyCheck = pipeline.check(path: results[countyIndex].unit.source)
        guard let county = countyCheck.config?.county else { return }
        let rendered = Set(results.filter { !$0.failed }.map(\.unit.source))
        let centres = plan.units.filter { !$0.isCounty }.map { unit -> Rollup.Centre in
            let name = displayName(of: unit)
            guard let report = unit.report else { return Rollup.Centre(name: name, without: .missing) }
            guard rendered.contains(unit.source), let data = pipeline.check(path: report).outcome.reportData
            else { return Rollup.Centre(name: name, without: .invalid) }
            return Rollup.Centre(name: name, report: data)
        }.sorted { $0.name < $1.name }
        let branding = countyCheck.outcome.branding
        let rollupPlan = DocumentPlan.rollup(
            Rollup(county: county, year: year, centres: centres), palette: branding?.profile?.palette
        ).branded(config: .county(county), report: nil, branding: branding, fallback: nil).restyled(by: reference)
        do {
            let rendered = try renderer().render([rollupPlan])
            results[countyIndex].pdfSources += try stagePDFSources(rendered)
            results[countyIndex].files = (results[countyIndex].files + relativePaths(rendered)).sorted()
            results[countyIndex].written += rendered.written.count
            results[countyIndex].documents += rendered.documents.map {
                Rendered(
                    kind: $0.kind.rawValue, name: $0.kind.name(year: year),
                    fileName: "\(rollupPlan.folder)/\(rollupPlan.fileName)", fingerprint: $0.fingerprint)
            }
        } catch {
            results[countyIndex].errors += Diagnostic.from(error, file: results[countyIndex].unit.source)
        }
    }
}
