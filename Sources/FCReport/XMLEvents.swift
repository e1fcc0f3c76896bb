import CLibXML2
import Foundation

/// The elements and text of an XML part (of a workbook), in document order, read with libxml2's
/// streaming reader: no network, no external entities, no messages on standard error.
struct XMLEvents {
    enum Event {
        /// An element's start, by local name, with its attributes by local name; `empty` for `<x/>`.
        case start(name: String, attributes: [String: String], empty: Bool)
        case end(name: String)
        case text(String)
    }

    struct Malformed: Error {}

    /// XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET.
    private static let options: Int32 = 32 | 64 | 2048

    /// Calls `handle` for each event of `data`; throws `Malformed` if the XML is not well-formed.
    static func read(_ data: Data, handle: (Event) throws -> Void) throws {
        guard !data.isEmpty, data.count < Int(Int32.max) else { throw Malformed() }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                let reader = xmlReaderForMemory(base, Int32(bytes.count), nil, "UTF-8", options)
            else { throw Malformed() }
            defer { xmlFreeTextReader(reader) }
            while true {
                let status = xmlTextReaderRead(reader)
                if status == 0 { return }
                guard status == 1 else { throw Malformed() }
                switch xmlTextReaderNodeType(reader) {
                case 1:
                    let name = string(xmlTextReaderConstLocalName(reader))
                    let empty = xmlTextReaderIsEmptyElement(reader) == 1
                    try handle(.start(name: name, attributes: attributes(reader), empty: empty))
                case 15:
                    try handle(.end(name: string(xmlTextReaderConstLocalName(reader))))
                case 3, 4, 13, 14:
                    try handle(.text(string(xmlTextReaderConstValue(reader))))
                default:
                    break
                }
            }
        }
    }

    private static func attributes(_ reader: xmlTextReaderPtr) -> [String: String] {
        var attributes: [String: String] = [:]
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return attributes }
        repeat {
            attributes[string(xmlTextReaderConstLocalName(reader))] = string(xmlTextReaderConstValue(reader))
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        _ = xmlTextReaderMoveToElement(reader)
        return attributes
    }

    private static func string(_ pointer: UnsafePointer<UInt8>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
