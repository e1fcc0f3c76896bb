import FCRender
import FCServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A real `fcdoc serve` on a free loopback port over a copy of a fixture county, and a client
/// that names the server as a browser would (`Host: localhost:PORT`).
struct ServerHarness: Sendable {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tools = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools")

    let server: LocalServer
    let folder: URL
    let port: Int

    var token: String { server.token }
    var authority: String { "localhost:\(port)" }

    /// A fresh copy of `fixtures/NAME` in a temporary folder.
    static func copyOfFixture(_ name: String = "jamtlands-lan") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fcdoc-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("fixtures/\(name)"), to: copy)
        return copy
    }

    /// The fixture's centre and its 2025 report, as the server's paths name them.
    static let centre = "ostersund-lugnvik.yaml"
    static let report = "reports/ostersund-lugnvik-2025.yaml"
    /// The headers of a form a browser posts without the script.
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// A copy of the fixture county whose `file` (the centre by default) holds `edit` of its text;
    /// returns the folder and the text written.
    static func copyOfFixture(changing file: String = centre, _ edit: (String) -> String) throws -> (
        folder: URL, text: String
    ) {
        let folder = try copyOfFixture()
        let url = folder.appendingPathComponent(file)
        let text = edit(try String(contentsOf: url, encoding: .utf8))
        try text.write(to: url, atomically: true, encoding: .utf8)
        return (folder, text)
    }

    /// A copy of the fixture county whose centre misspells `name` as `nmae` (an error at 10:3).
    static func copyWithMisspeltCentre() throws -> (folder: URL, text: String) {
        try copyOfFixture { $0.replacingOccurrences(of: "  name: Familjecentralen", with: "  nmae: Familjecentralen") }
    }

    /// A form field's value, percent-encoded for an `application/x-www-form-urlencoded` body.
    static func field(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// Runs `body` against a server over `folder` (a copy of the Jämtland county by default),
    /// with the templates of `templates` before the built-in ones and `reference`'s styles
    /// (`--reference-doc`).
    static func with<Value: Sendable>(
        folder: URL? = nil, templates: String? = nil, reference: ReferenceStyle? = nil,
        _ body: @Sendable (ServerHarness) async throws -> Value
    ) async throws -> Value {
        let folder = try folder ?? copyOfFixture()
        var options = LocalServer.Options(path: folder.path)
        options.port = 0
        options.templatesDirectory = templates
        options.reference = reference
        options.outputDirectory = folder.deletingLastPathComponent().appendingPathComponent("output").path
        let server = LocalServer(options: options)
        return try await server.application().test(.live) { client in
            let harness = ServerHarness(server: server, folder: folder, port: try #require(client.port))
            return try await body(harness)
        }
    }

    /// One request on its own connection (a refused request may close its connection).
    func request(
        _ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: Data? = nil,
        authority: String? = nil
    ) async throws -> TestClient.Response {
        try await TestClient.withClient(host: "localhost", port: port, configuration: .init(timeout: .seconds(120))) {
            client in
            let request = TestClient.Request(
                uri, method: method, authority: authority ?? self.authority, headers: headers,
                body: body.map { ByteBuffer(bytes: $0) })
            return try await client.execute(request)
        }
    }

    /// The same with the page's CSRF token.
    func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: Data? = nil) async throws
        -> TestClient.Response
    {
        var headers = headers
        if let name = HTTPField.Name("X-CSRF-Token") { headers[name] = token }
        return try await request(uri, method: method, headers: headers, body: body)
    }

    func file(_ relative: String) -> URL { folder.appendingPathComponent(relative) }
}

extension TestClient.Response {
    var text: String { body.map { String(buffer: $0) } ?? "" }
    var data: Data { body.map { Data($0.readableBytesView) } ?? Data() }
    func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { headers[$0] } }
}

/// Runs a program and gives its exit status, standard output and standard error.
/// This process's environment with Swedish chosen (LANG, no LC_ALL or LC_MESSAGES): the
/// command line then speaks as the web application does, whatever the test's own locale.
let swedishEnvironment: [String: String] = {
    var environment = ProcessInfo.processInfo.environment
    for name in ["LC_ALL", "LC_MESSAGES"] { environment[name] = nil }
    environment["LANG"] = "sv_SE.UTF-8"
    return environment
}()

func run(_ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil) throws
    -> (
        status: Int32, output: String, errors: String
    )
{
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    if let environment { process.environment = environment }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fcdoc-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    // Files, not pipes: a chatty child can never block on a full pipe.
    let out = scratch.appendingPathComponent("out")
    let err = scratch.appendingPathComponent("err")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    process.waitUntilExit()
    return (
        process.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "",
        (try? String(contentsOf: err, encoding: .utf8)) ?? ""
    )
}

/// The `fcdoc` built beside the tests.
let fcdocBinary: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "fcdoc")
    return FileManager.default.isExecutableFile(atPath: beside.path)
        ? beside
        : ServerHarness.packageRoot.appendingPathComponent(".build/debug/fcdoc")
}()
