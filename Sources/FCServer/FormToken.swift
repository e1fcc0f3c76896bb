import Foundation
import HTTPTypes
import Hummingbird

/// The CSRF token of a form sent without JavaScript: its hidden `csrf` field, read from the
/// body — never from the URL, where it would end up in the history, logs and `Referer`s.
enum FormToken {
    /// The largest form body read for its token: a survey upload with room for the other fields.
    static let limit = max(Workspace.maximumSurveySize + 64 * 1024, 3 * Workspace.maximumConfigSize + 4096)

    /// The `csrf` field of a form body (`application/x-www-form-urlencoded` or
    /// `multipart/form-data`); the body is kept in the request for the route to read again.
    static func read(_ request: inout Request) async throws -> String? {
        let type = request.headers[.contentType] ?? ""
        let urlEncoded = type.hasPrefix("application/x-www-form-urlencoded")
        guard urlEncoded || type.hasPrefix("multipart/form-data") else { return nil }
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw Refusal.tooLarge(limit)
        }
        let body = Data(buffer: try await request.collectBody(upTo: limit))
        if urlEncoded { return try? FormFields(body)["csrf"] }
        return MultipartParts(body: body, contentType: type)?.first { $0.name == "csrf" && $0.fileName == nil }
            .map { String(decoding: $0.data, as: UTF8.self) }
    }
}

/// The parts of a `multipart/form-data` body, each with its field name, file name (for a
/// file) and bytes exactly as sent.
struct MultipartParts: Sequence {
    struct Part {
        var name: String?
        var fileName: String?
        var data: Data
    }

    private let parts: [Part]

    /// `nil` when the content type names no boundary.
    init?(body: Data, contentType: String) {
        guard let boundaryStart = contentType.range(of: "boundary=") else { return nil }
        let boundary = contentType[boundaryStart.upperBound...].split(separator: ";")[0].trimmingCharacters(
            in: CharacterSet(charactersIn: "\" "))
        let delimiter = Data("--\(boundary)".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var parts: [Part] = []
        var searchFrom = body.startIndex
        while let start = body.range(of: delimiter, in: searchFrom..<body.endIndex) {
            guard let headers = body.range(of: headerEnd, in: start.upperBound..<body.endIndex) else { break }
            let headerText = String(decoding: body[start.upperBound..<headers.lowerBound], as: UTF8.self)
            let next = body.range(of: Data("\r\n".utf8) + delimiter, in: headers.upperBound..<body.endIndex)
            searchFrom = next?.lowerBound ?? body.endIndex
            parts.append(
                Part(
                    name: Self.parameter(" name=\"", in: headerText) ?? Self.parameter(";name=\"", in: headerText),
                    fileName: Self.parameter("filename=\"", in: headerText),
                    data: Data(body[headers.upperBound..<(next?.lowerBound ?? body.endIndex)])))
        }
        self.parts = parts
    }

    func makeIterator() -> IndexingIterator<[Part]> { parts.makeIterator() }

    /// A quoted parameter of the part's headers (`filename="a.csv"`).
    private static func parameter(_ prefix: String, in headers: String) -> String? {
        guard let range = headers.range(of: prefix) else { return nil }
        return String(headers[range.upperBound...].prefix { $0 != "\"" })
    }
}
