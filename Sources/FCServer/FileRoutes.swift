import FCConfig
import FCRender
import Foundation
import HTTPTypes
import Hummingbird

/// Reading, checking and saving files: `/api/files/…`, `/api/validate`, the editor page and
/// the surveys uploaded from it.
struct FileController: ServerController {
    let server: LocalServer

    var routes: RouteCollection<BasicRequestContext> {
        RouteCollection(context: BasicRequestContext.self)
            .get("/api/files") { _, _ in
                Self.json(FileSummary.json(FileSummary.all(in: self.workspace, strict: self.options.strict)))
            }
            .get("/api/files/**") { request, _ in try self.readFile(request) }
            .put("/api/files/**") { request, _ in try await self.saveFile(request) }
            .post("/api/validate") { request, _ in try await self.validate(request) }
            .get("/edit/**") { request, _ in try self.editorPage(try self.file(request, after: "/edit/"), notice: nil) }
            .post("/edit/**") { request, _ in try await self.saveForm(request) }
            .post("/api/survey/**") { request, _ in try await self.uploadSurvey(request) }
    }

    func readFile(_ request: Request) throws -> Response {
        let url = try file(request, after: "/api/files/")
        guard let version = try? workspace.read(url) else { throw Refusal.notFound }
        let type =
            Self.isConfig(url)
            ? "text/yaml; charset=utf-8"
            : url.pathExtension == "csv"
                ? "text/csv; charset=utf-8"
                : "application/octet-stream"
        return Response(
            status: .ok, headers: [.contentType: type, .eTag: version.etag],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: version.data)))
    }

    /// The size limit for a file by its kind: YAML as the loader's, CSV as the survey's.
    static func limit(for url: URL) throws -> Int {
        if isConfig(url) { return Workspace.maximumConfigSize }
        if url.pathExtension == "csv" { return Workspace.maximumSurveySize }
        throw Refusal(.unsupportedMediaType, "Bara YAML-filer (.yaml) och enkätfiler (.csv) kan sparas.")
    }

    /// `PUT /api/files/PATH` with `If-Match`: the bytes as they are, then the file's diagnostics.
    func saveFile(_ request: Request) async throws -> Response {
        let url = try file(request, after: "/api/files/")
        let data = try await Self.body(request, limit: try Self.limit(for: url))
        let exists = FileManager.default.fileExists(atPath: url.path)
        let ifMatch = request.headers[.ifMatch]
        if exists, ifMatch == nil {
            throw Refusal(
                .preconditionRequired, "If-Match saknas: skicka filens ETag, så att inget annat arbete skrivs över.")
        }
        let etag = try save(data, to: url, ifMatch: ifMatch)
        let diagnostics =
            Self.isConfig(url)
            ? relative(
                ConfigCheck.run(
                    path: url.path, cache: ConfigCheck.Cache(), strict: options.strict, policy: workspace.policy
                ).diagnostics)
            : []
        return Self.json(
            Data(Diagnostic.json(diagnostics, language: .sv).utf8), status: exists ? .ok : .created,
            headers: [.eTag: etag])
    }

    /// Saves through the workspace, turning a stale version into 409 with the current ETag.
    func save(_ data: Data, to url: URL, ifMatch: String?) throws -> String {
        do {
            return try workspace.save(data, to: url, ifMatch: ifMatch)
        } catch Workspace.SaveError.stale(let current) {
            throw Refusal(
                .conflict,
                "Filen har ändrats sedan den öppnades (i en annan flik eller ett annat program). "
                    + "Ladda om den och för över dina ändringar; inget sparades.", headers: [.eTag: current])
        } catch Workspace.SaveError.missing {
            throw Refusal(.preconditionFailed, "Filen finns inte längre; inget sparades.")
        } catch let error as Refusal {
            throw error
        } catch {
            throw Refusal(.internalServerError, "Filen kunde inte sparas: \(error)")
        }
    }

    /// `POST /api/validate`: the body checked as if it were the file `X-Fcdoc-Path` names.
    func validate(_ request: Request) async throws -> Response {
        let data = try await Self.body(request, limit: Workspace.maximumConfigSize)
        let name = request.headers[.fcdocPath] ?? "namnlos.yaml"
        let url: URL
        do {
            url = try workspace.paths.resolve(relative: name)
        } catch {
            throw Refusal.badPath
        }
        let check = ConfigCheck.run(data: data, path: url.path, strict: options.strict, policy: workspace.policy)
        return Self.json(Data(Diagnostic.json(relative(check.diagnostics), language: .sv).utf8))
    }

    /// The editor's page for the file. After a refused save, `unsaved` is the person's text: it
    /// stays in the editor, the file as saved is shown beside it, and the form carries the saved
    /// version's tag.
    func editorPage(_ url: URL, notice: String?, unsaved: String? = nil) throws -> Response {
        guard let version = try? workspace.read(url) else { throw Refusal.notFound }
        let path = workspace.paths.relative(url)
        let saved = String(decoding: version.data, as: UTF8.self)
        var content = EditorPage.Content(
            path: path, text: unsaved ?? saved, etag: version.etag,
            diagnostics: [], documents: [], kind: "", surveyFile: nil, notice: notice,
            conflict: unsaved == nil ? nil : saved)
        if Self.isConfig(url) {
            let check = ConfigCheck.run(
                path: url.path, cache: ConfigCheck.Cache(), strict: options.strict, policy: workspace.policy)
            content.diagnostics = relative(check.diagnostics)
            let loaded = ConfigLoader.load(path: url.path).config
            content.documents = loaded.map { DocumentKind.all(for: $0).map(\.rawValue) } ?? []
            if let report = loaded?.report {
                content.kind = "report"
                content.surveyFile = surveyFile(of: report, at: url)
            }
            if let loaded, let kind = Self.comparableKind(loaded) {
                // A centre or county file is compared with its last saved version or another of its kind.
                content.comparable = workspace.configFiles().map(workspace.paths.relative).filter { other in
                    other != path
                        && ConfigLoader.load(path: workspace.root.appendingPathComponent(other).path)
                            .config.flatMap(Self.comparableKind) == kind
                }
                content.hasPreviousVersion = workspace.previousVersion(of: url) != nil
            }
        }
        return Pages.html(EditorPage.render(content, token: token))
    }

    /// The kinds of file "Jämför" compares (centre and county files), each only with its own kind.
    static func comparableKind(_ config: ConfigFile) -> String? {
        switch config {
        case .centre: "centre"
        case .county: "county"
        case .report, .profile: nil
        }
    }

    /// `POST /edit/PATH` (the editor without JavaScript): saves the form's text, then shows the page again.
    func saveForm(_ request: Request) async throws -> Response {
        let url = try file(request, after: "/edit/")
        guard Self.isConfig(url) else { throw Refusal.badPath }
        let form = try FormFields(try await Self.body(request, limit: 3 * Workspace.maximumConfigSize + 4096))
        var text = form["text"] ?? ""
        // A browser sends a text area's lines ended by CR LF; a file written with LF keeps LF.
        if let old = try? workspace.read(url), !old.data.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        let data = Data(text.utf8)
        guard data.count <= Workspace.maximumConfigSize else { throw Refusal.tooLarge(Workspace.maximumConfigSize) }
        do {
            _ = try save(data, to: url, ifMatch: form["etag"] ?? "")
        } catch let refusal as Refusal where refusal.status == .conflict {
            var page = try editorPage(
                url, notice: "Inte sparad: filen har sparats på annat håll. Jämför texterna nedan.",
                unsaved: text)
            page.status = .conflict
            return page
        }
        return try editorPage(url, notice: "Sparad.")
    }
}
