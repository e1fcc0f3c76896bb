import Foundation

/// The fields of an `application/x-www-form-urlencoded` body (a form sent without JavaScript).
struct FormFields {
    private var fields: [String: String] = [:]

    init(_ body: Data) throws {
        for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) -> String? in
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else {
                throw Refusal(.badRequest, code: "form.unreadable", "Formuläret kunde inte läsas.")
            }
            if fields[name] == nil { fields[name] = value }
        }
    }

    subscript(name: String) -> String? { fields[name] }
}

/// The first file of a `multipart/form-data` body (an upload from a form), with its bytes
/// exactly as sent.
struct UploadedFile {
    var fileName: String
    var data: Data

    init(body: Data, contentType: String) throws {
        guard let parts = MultipartParts(body: body, contentType: contentType) else {
            throw Refusal(.badRequest, code: "upload.no-boundary", "Uppladdningen saknar gräns (multipart boundary).")
        }
        guard let file = parts.first(where: { $0.fileName != nil }), let name = file.fileName else {
            throw Refusal(.badRequest, code: "upload.no-file", "Ingen fil fanns i uppladdningen.")
        }
        fileName = name
        data = file.data
    }
}
