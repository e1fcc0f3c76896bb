import CLibXML2
import Foundation

/// An element's name: its namespace URI and local name, so a reader does not depend on the
/// prefixes a file happens to use.
public struct XMLName: Hashable, Sendable {
    public var namespace: String
    public var local: String

    public init(_ namespace: String, _ local: String) {
        self.namespace = namespace
        self.local = local
    }
}

/// What `XMLReader` meets, in document order. An empty element (`<a/>`) is a start and an end.
public enum XMLEvent: Equatable, Sendable {
    case start(XMLName, attributes: [XMLName: String])
    case end(XMLName)
    case text(String)
}

/// A thin Swift face on libxml2's `xmlTextReader`, which does the parsing, the entities and
/// character references: the events of a whole document, without network access or DTDs.
public enum XMLReader {
    public struct MalformedXML: Error, CustomStringConvertible {
        public var description: String { "the XML is not well-formed" }
    }

    /// libxml2's `XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET`: never fetch anything
    /// a document names, and print nothing: a malformed file is this reader's error to report.
    static let options: Int32 = 32 | 64 | 2048

    /// Every event of `data`, in document order; throws `MalformedXML` if it is not well-formed.
    public static func events(_ data: Data) throws -> [XMLEvent] {
        guard !data.isEmpty, data.count < Int(Int32.max) else { throw MalformedXML() }
        // libxml2 reads the bytes while it parses, so the reader must live and die inside the
        // closure: a small `Data` keeps its bytes inline, and lends a stack copy of them that is
        // gone when the closure returns.
        return try data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                let reader = xmlReaderForMemory(base, Int32(bytes.count), nil, "UTF-8", options)
            else { throw MalformedXML() }
            defer { xmlFreeTextReader(reader) }
            return try events(reader)
        }
    }

    private static func events(_ reader: xmlTextReaderPtr) throws -> [XMLEvent] {
        var events: [XMLEvent] = []
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return events }
            guard status == 1 else { throw MalformedXML() }
            switch xmlTextReaderNodeType(reader) {
            case 1:  // element
                let name = XMLName(
                    string(xmlTextReaderConstNamespaceUri(reader)), string(xmlTextReaderConstLocalName(reader)))
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                var attributes: [XMLName: String] = [:]
                while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                    let attribute = XMLName(
                        string(xmlTextReaderConstNamespaceUri(reader)), string(xmlTextReaderConstLocalName(reader)))
                    attributes[attribute] = string(xmlTextReaderConstValue(reader))
                }
                xmlTextReaderMoveToElement(reader)
                events.append(.start(name, attributes: attributes))
                if empty { events.append(.end(name)) }
            case 15:  // end of element
                events.append(
                    .end(
                        XMLName(
                            string(xmlTextReaderConstNamespaceUri(reader)), string(xmlTextReaderConstLocalName(reader)))
                    ))
            case 3, 4, 13, 14:  // text, CDATA, white space
                events.append(.text(string(xmlTextReaderConstValue(reader))))
            default:
                break
            }
        }
    }

    private static func string(_ pointer: UnsafePointer<UInt8>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
