import CLibXML2
import FCDocument
import Foundation

/// A thin Swift face on libxml2's `xmlTextWriter`, which does the escaping and well-formedness;
/// text is first stripped of characters XML 1.0 cannot carry (`TextSanitizer`).
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// - Parameter declaration: write `<?xml version="1.0" encoding="UTF-8"?>` first; leave it
    ///   out for XML that is embedded in another document (SVG inside HTML).
    public init(declaration: Bool = true) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if declaration { xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil) }
        self.declaration = declaration
    }

    private var declaration: Bool
    /// The bytes at the start of the buffer that are not the writer's output (a part's declaration).
    private var skipped = 0

    /// A writer of markup that `raw` copies into a document, written as that document's own
    /// writer writes it: with the document's UTF-8 encoding set (libxml2 writes text outside
    /// ASCII as character references where no encoding is), but no declaration.
    public static func part() -> XMLWriter {
        let writer = XMLWriter(declaration: true)
        xmlTextWriterFlush(writer.writer)
        writer.skipped = Int(xmlBufferLength(writer.buffer))
        writer.declaration = false
        return writer
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    public func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        xmlTextWriterStartElement(writer, name)
        for (key, value) in attributes { attribute(key, value) }
    }

    public func attribute(_ name: String, _ value: String) {
        xmlTextWriterWriteAttribute(writer, name, TextSanitizer.clean(value, keepingLines: true))
    }

    public func end() {
        xmlTextWriterEndElement(writer)
    }

    /// An element with only attributes, or only text.
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) {
        start(name, attributes)
        if let text { self.text(text) }
        end()
    }

    /// An empty element whose attributes are made at run time, in the order given.
    public func element(_ name: String, attributeList: [(String, String)]) {
        start(name)
        for (key, value) in attributeList { attribute(key, value) }
        end()
    }

    public func text(_ text: String) {
        xmlTextWriterWriteString(writer, TextSanitizer.clean(text, keepingLines: true))
    }

    /// Markup made by another `XMLWriter` (one without a declaration), copied in unchanged: a
    /// part that must come later in the file can be written first.
    public func raw(_ markup: Data) {
        guard !markup.isEmpty else { return }
        markup.withUnsafeBytes { bytes in
            _ = xmlTextWriterWriteRawLen(writer, bytes.bindMemory(to: CChar.self).baseAddress, Int32(bytes.count))
        }
    }

    /// The finished document. Call once, after the root element is closed.
    public func finish() -> Data {
        if declaration { xmlTextWriterEndDocument(writer) }
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content + skipped, count: Int(xmlBufferLength(buffer)) - skipped)
    }
}
