import FCBatch
import FCRender
import Foundation
import HTTPTypes
import Hummingbird

/// `POST /api/batch`: "Rendera hela länet", the command line's batch over the served folder into
/// the output folder. Asked for `text/event-stream`, it answers with server-sent events while it
/// runs — `progress` ({"done", "total", "current"}: the name of the centre just done) after
/// each centre, then `done` ({"index", "rendered", "failed": [{"name", "edit"}]}, `edit` the
/// editor page of the file to fix); a plain form gets a redirect to the index when all is written.
struct BatchController: ServerController {
    let server: LocalServer

    var routes: RouteCollection<BasicRequestContext> {
        RouteCollection(context: BasicRequestContext.self)
            .post("/api/batch") { request, _ in try await self.renderCounty(request) }
    }

    func renderCounty(_ request: Request) async throws -> Response {
        var batch = Batch(
            folder: workspace.root.path, year: nil, outputDirectory: options.outputDirectory,
            jobs: ProcessInfo.processInfo.activeProcessorCount, formats: OutputFormat.defaults,
            templatesDirectory: options.templatesDirectory)
        batch.strict = options.strict
        batch.reference = options.reference
        batch.policy = workspace.policy
        batch.editorURL = "/edit/"
        let plan = batch.plan()
        guard !plan.units.isEmpty else {
            throw Refusal(
                .unprocessableContent, code: "batch.nothing-to-render",
                "Mappen har ingen läns- eller centrumfil att rendera.")
        }
        guard request.headers[.accept]?.contains("text/event-stream") == true else {
            _ = await batch.run(plan, cancel: CancellationFlag(), progress: { _ in })
            return Response(status: .seeOther, headers: [.location: "/output/index.html"])
        }
        let (events, sink) = AsyncStream.makeStream(of: String.self)
        Task {
            let run = await batch.run(plan, cancel: CancellationFlag()) { progress in
                sink.yield(
                    Self.event(
                        "progress", ["done": progress.done, "total": progress.total, "current": progress.current]))
            }
            let failed = run.results.filter(\.failed).map { result -> [String: String] in
                let file = result.errors.first.map(\.location.file) ?? result.unit.source
                return [
                    "name": result.title,
                    "edit": "/edit/" + Pages.urlPath(workspace.paths.relative(URL(fileURLWithPath: file))),
                ]
            }
            sink.yield(
                Self.event(
                    "done",
                    [
                        "index": "/output/index.html", "rendered": run.results.count - failed.count,
                        "failed": failed,
                    ]))
            sink.finish()
        }
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8"],
            body: ResponseBody { writer in
                for await event in events { try await writer.write(ByteBuffer(string: event)) }
                try await writer.finish(nil)
            })
    }

    /// One server-sent event: its name and a JSON object as data, on one line.
    static func event(_ name: String, _ data: [String: Any]) -> String {
        let json =
            (try? JSONSerialization.data(withJSONObject: data, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return "event: \(name)\ndata: \(String(decoding: json, as: UTF8.self))\n\n"
    }
}
