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
                throw Refusal(.badRequest, "Formuläret kunde inte läsas.")
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
        guard let boundaryStart = contentType.range(of: "boundary=") else {
            throw Refusal(.badRequest, "Uppladdningen saknar gräns (multipart boundary).")
        }
        let boundary = contentType[boundaryStart.upperBound...].split(separator: ";")[0].trimmingCharacters(
            in: CharacterSet(charactersIn: "\" "))
        let delimiter = Data("--\(boundary)".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var searchFrom = body.startIndex
        while let start = body.range(of: delimiter, in: searchFrom..<body.endIndex) {
            guard let headers = body.range(of: headerEnd, in: start.upperBound..<body.endIndex) else { break }
            let headerText = String(decoding: body[start.upperBound..<headers.lowerBound], as: UTF8.self)
            let next = body.range(of: Data("\r\n".utf8) + delimiter, in: headers.upperBound..<body.endIndex)
            searchFrom = next?.lowerBound ?? body.endIndex
            guard let nameRange = headerText.range(of: "filename=\"") else { continue }
            let rest = headerText[nameRange.upperBound...]
            fileName = String(rest.prefix { $0 != "\"" })
            data = Data(body[headers.upperBound..<(next?.lowerBound ?? body.endIndex)])
            return
        }
        throw Refusal(.badRequest, "Ingen fil fanns i uppladdningen.")
    }
}
