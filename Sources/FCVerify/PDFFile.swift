import Foundation
import ZIPFoundation

/// A PDF value as `PDFFile` parses it (ISO 32000-1 §7.3); content-stream operators are `.keyword`.
indirect enum PDFValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case name(String)
    case string([UInt8])
    case array([PDFValue])
    case dictionary([String: PDFValue])
    case reference(Int)
    case keyword(String)

    var name: String? {
        if case .name(let name) = self { return name }
        return nil
    }
    var int: Int? {
        if case .number(let number) = self, let int = Int(exactly: number) { return int }
        return nil
    }
    var dictionary: [String: PDFValue]? {
        if case .dictionary(let dictionary) = self { return dictionary }
        return nil
    }
    var array: [PDFValue]? {
        if case .array(let array) = self { return array }
        return nil
    }

    /// A text string (§7.9.2.2): UTF-16BE after its byte-order mark, else PDFDocEncoding, read
    /// here as Latin-1 (they differ only in rarely used punctuation).
    var text: String? {
        guard case .string(let bytes) = self else { return nil }
        if bytes.starts(with: [0xFE, 0xFF]) {
            var units: [UInt16] = []
            var index = 2
            while index + 1 < bytes.count {
                units.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}

/// The objects of a PDF with a classic cross-reference table, as LibreOffice writes them:
/// enough to walk the catalog, the structure tree, pages, fonts and their content streams.
struct PDFFile {
    struct Unreadable: Error {
        var reason: CopyText.Reason
    }

    let bytes: [UInt8]
    private var offsets: [Int: Int] = [:]
    let trailer: [String: PDFValue]

    init(_ data: Data) throws {
        bytes = [UInt8](data)
        guard bytes.starts(with: Array("%PDF-".utf8)) else {
            throw Unreadable(reason: CopyText.Reason(sv: "det är ingen PDF-fil", en: "it is not a PDF file"))
        }
        guard let start = PDFFile.lastIndex(of: Array("startxref".utf8), in: bytes) else {
            throw Unreadable(
                reason: CopyText.Reason(sv: "den har ingen korsreferenstabell", en: "it has no cross-reference table"))
        }
        var parser = PDFParser(bytes: bytes, position: start + 9)
        guard var position = parser.value()?.int else {
            throw Unreadable(
                reason: CopyText.Reason(
                    sv: "dess hänvisning till korsreferenserna är trasig", en: "its cross-reference offset is broken"))
        }
        var trailer: [String: PDFValue]?
        var visited: Set<Int> = []
        while visited.insert(position).inserted {
            var section = PDFParser(bytes: bytes, position: position)
            guard section.value() == .keyword("xref") else {
                throw Unreadable(
                    reason: CopyText.Reason(
                        sv: "dess korsreferenser är skrivna på ett sätt som fcdoc inte läser (som en ström)",
                        en: "its cross-references are in a form fcdoc does not read (a stream)"))
            }
            while section.peekNumber() != nil {
                guard let first = section.value()?.int, let count = section.value()?.int, count >= 0 else {
                    throw Unreadable(
                        reason: CopyText.Reason(
                            sv: "dess korsreferenstabell är trasig", en: "its cross-reference table is broken"))
                }
                for number in first..<first + count {
                    let offset = section.value()?.int
                    _ = section.value()
                    let kind = section.value()
                    if let offset, kind == .keyword("n"), offsets[number] == nil { offsets[number] = offset }
                }
            }
            guard section.value() == .keyword("trailer"), let dictionary = section.value()?.dictionary else {
                throw Unreadable(
                    reason: CopyText.Reason(sv: "dess avslutande del (trailer) är trasig", en: "its trailer is broken"))
            }
            if trailer == nil { trailer = dictionary }
            guard let previous = dictionary["Prev"]?.int else { break }
            position = previous
        }
        self.trailer = trailer ?? [:]
    }

    /// The value behind a reference (other values as they are).
    func resolve(_ value: PDFValue?) -> PDFValue? {
        guard case .reference(let number)? = value else { return value }
        return object(number)
    }

    func object(_ number: Int) -> PDFValue? {
        guard let offset = offsets[number] else { return nil }
        var parser = PDFParser(bytes: bytes, position: offset)
        guard parser.value()?.int == number, parser.value()?.int != nil, parser.value() == .keyword("obj") else {
            return nil
        }
        return parser.value()
    }

    /// The decoded data of stream object `number` (unfiltered or FlateDecode).
    func stream(_ number: Int) throws -> [UInt8] {
        guard let offset = offsets[number] else {
            throw Unreadable(reason: CopyText.Reason(sv: "objekt \(number) saknas", en: "object \(number) is missing"))
        }
        var parser = PDFParser(bytes: bytes, position: offset)
        _ = parser.value()
        _ = parser.value()
        _ = parser.value()
        guard let dictionary = parser.value()?.dictionary, parser.value() == .keyword("stream"),
            let length = resolve(dictionary["Length"])?.int
        else {
            throw Unreadable(
                reason: CopyText.Reason(sv: "objekt \(number) är ingen ström", en: "object \(number) is not a stream"))
        }
        var start = parser.position
        if start < bytes.count, bytes[start] == 0x0D { start += 1 }
        if start < bytes.count, bytes[start] == 0x0A { start += 1 }
        guard start + length <= bytes.count else {
            throw Unreadable(
                reason: CopyText.Reason(sv: "ström \(number) är avkortad", en: "stream \(number) is cut short"))
        }
        let raw = Array(bytes[start..<start + length])
        let filters = resolve(dictionary["Filter"]).map { $0.array ?? [$0] } ?? []
        switch filters.compactMap(\.name) {
        case []: return raw
        case ["FlateDecode"]: return try PDFFile.inflate(raw)
        case let other:
            throw Unreadable(
                reason: CopyText.Reason(
                    sv: "dess strömmar använder \(other.joined(separator: ", ")), som fcdoc inte läser",
                    en: "its streams use \(other.joined(separator: ", ")), which fcdoc does not read"))
        }
    }

    /// A zlib stream (2-byte header, deflate data, checksum) inflated with ZIPFoundation's zlib.
    static func inflate(_ data: [UInt8]) throws -> [UInt8] {
        guard data.count > 2 else {
            throw Unreadable(
                reason: CopyText.Reason(sv: "en komprimerad ström är tom", en: "a compressed stream is empty"))
        }
        let raw = Data(data[2...])
        var output: [UInt8] = []
        do {
            _ = try Data.decompress(
                size: Int64(raw.count), bufferSize: raw.count, skipCRC32: true,
                provider: { position, _ in
                    guard position == 0 else {
                        throw Unreadable(
                            reason: CopyText.Reason(
                                sv: "en komprimerad ström är avkortad", en: "a compressed stream is cut short"))
                    }
                    return raw
                },
                consumer: { output.append(contentsOf: $0) })
        } catch {
            throw Unreadable(
                reason: CopyText.Reason(sv: "en komprimerad ström är trasig", en: "a compressed stream is broken"))
        }
        return output
    }

    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.count - needle.count
        while index >= 0 {
            if haystack[index] == needle[0], Array(haystack[index..<index + needle.count]) == needle { return index }
            index -= 1
        }
        return nil
    }
}

/// Reads PDF values one after the other from bytes: a file's objects, or a content stream's
/// operands and operators.
struct PDFParser {
    let bytes: [UInt8]
    var position: Int

    static let delimiters: Set<UInt8> = Set("()<>[]{}/%".utf8)

    static func isWhite(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    var atEnd: Bool {
        mutating get {
            skipWhite()
            return position >= bytes.count
        }
    }

    mutating func skipWhite() {
        while position < bytes.count {
            if PDFParser.isWhite(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// The next value if it is a number, without consuming it.
    mutating func peekNumber() -> PDFValue? {
        let saved = position
        defer { position = saved }
        guard case .number(let number)? = token() else { return nil }
        return .number(number)
    }

    /// The next value; `N G R` is a reference. `nil` at the end or on bytes that are no value.
    mutating func value() -> PDFValue? {
        guard let first = token() else { return nil }
        guard case .number(let number) = first, let int = Int(exactly: number), int >= 0 else {
            return first
        }
        let saved = position
        if case .number(let generation)? = token(), generation >= 0, token() == .keyword("R") {
            return .reference(int)
        }
        position = saved
        return first
    }

    private mutating func token() -> PDFValue? {
        skipWhite()
        guard position < bytes.count else { return nil }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "/"):
            position += 1
            return .name(regular(decodingNameEscapes: true))
        case UInt8(ascii: "("):
            return .string(literalString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                var dictionary: [String: PDFValue] = [:]
                while true {
                    skipWhite()
                    if position + 1 < bytes.count, bytes[position] == UInt8(ascii: ">"),
                        bytes[position + 1] == UInt8(ascii: ">")
                    {
                        position += 2
                        return .dictionary(dictionary)
                    }
                    guard case .name(let key)? = value(), let item = value() else { return .dictionary(dictionary) }
                    dictionary[key] = item
                }
            }
            return .string(hexString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipWhite()
                if position >= bytes.count { return .array(items) }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                guard let item = value() else { return .array(items) }
                items.append(item)
            }
        case UInt8(ascii: "]"), UInt8(ascii: ">"), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            position += 1
            return .keyword(String(UnicodeScalar(byte)))
        default:
            let word = regular(decodingNameEscapes: false)
            if let number = Double(word) { return .number(number) }
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default: return .keyword(word)
            }
        }
    }

    private mutating func regular(decodingNameEscapes: Bool) -> String {
        var result: [UInt8] = []
        while position < bytes.count, !PDFParser.isWhite(bytes[position]),
            !PDFParser.delimiters.contains(bytes[position])
        {
            if decodingNameEscapes, bytes[position] == UInt8(ascii: "#"), position + 2 < bytes.count,
                let code = UInt8(String(decoding: bytes[position + 1...position + 2], as: UTF8.self), radix: 16)
            {
                result.append(code)
                position += 3
            } else {
                result.append(bytes[position])
                position += 1
            }
        }
        if result.isEmpty, position < bytes.count { position += 1 }  // a stray byte: step over it
        return String(decoding: result, as: UTF8.self)
    }

    private mutating func literalString() -> [UInt8] {
        position += 1
        var result: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                depth += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return result }
                result.append(byte)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return result }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case 0x0D:
                    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                case 0x0A:
                    break
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var code = Int(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 {
                        guard position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position])
                        else { break }
                        code = code * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                        position += 1
                    }
                    result.append(UInt8(truncatingIfNeeded: code))
                default:
                    result.append(escaped)
                }
            default:
                result.append(byte)
            }
        }
        return result
    }

    private mutating func hexString() -> [UInt8] {
        position += 1
        var digits: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
            if let digit = PDFParser.hexValue(bytes[position]) { digits.append(digit) }
            position += 1
        }
        position += 1
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
