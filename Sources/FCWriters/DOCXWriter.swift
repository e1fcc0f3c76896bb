import FCDocument
import Foundation

/// An Office Open XML word-processing package (`.docx`, ECMA-376 transitional) for the
/// municipalities that write in Word: the body in `word/document.xml` with Word's built-in
/// styles, lists as real numbering, charts as SVG with a PNG beside them, the copy label and
/// fingerprint in the header and footer. No dates anywhere and fixed ZIP times, so the same
/// document gives the same bytes.
public enum DOCXWriter {
    public static let mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    public enum WriteError: Error, CustomStringConvertible {
        case zip(String)
        case picture(String)

        public var description: String {
            switch self {
            case .zip(let reason): return "could not build the DOCX package: \(reason)"
            case .picture(let reason): return reason
            }
        }
    }

    public static func write(_ document: Document) throws -> Data {
        try write(document, copyLabels: [document.metadata.copyLabel])[0]
    }

    /// The relationship ids of the header and footer parts in `document.xml.rels`.
    static let headerId = "rIdHeader"
    static let footerId = "rIdFooter"

    /// One package per copy label. The copies differ only in the header and footer, which come
    /// last, added to a copy of the shared package: every other part is deflated once.
    public static func write(_ document: Document, copyLabels: [String?]) throws -> [Data] {
        let header = copyLabels.contains { $0 != nil }
        let body = DOCXBody.write(document, header: header)
        var parts: [(path: String, data: Data, contentType: String)] = [
            (
                "docProps/core.xml", DOCXPackageParts.core(document.metadata),
                "application/vnd.openxmlformats-package.core-properties+xml"
            ),
            (
                "docProps/app.xml", DOCXPackageParts.app(),
                "application/vnd.openxmlformats-officedocument.extended-properties+xml"
            ),
            ("word/document.xml", body.writer.finish(), DOCXNamespaces.wordprocessingType("document.main")),
            (
                "word/_rels/document.xml.rels",
                DOCXPackageParts.relationships(documentRelationships(body, header: header)),
                "application/vnd.openxmlformats-package.relationships+xml"
            ),
            ("word/styles.xml", DOCXStyles.write(document.metadata), DOCXNamespaces.wordprocessingType("styles")),
            ("word/numbering.xml", body.numbering.write(), DOCXNamespaces.wordprocessingType("numbering")),
            ("word/settings.xml", DOCXPackageParts.settings(), DOCXNamespaces.wordprocessingType("settings")),
        ]
        for figure in document.figures {
            let png: Data
            do {
                png = try SVGRasterizer.png(
                    svg: figure.svg, widthCentimetres: figure.widthCentimetres,
                    heightCentimetres: figure.heightCentimetres)
            } catch {
                throw WriteError.picture("\(error)")
            }
            parts.append(("word/" + DOCXBody.mediaPath(figure, "png"), png, "image/png"))
            parts.append(("word/" + DOCXBody.mediaPath(figure, "svg"), Data(figure.svg.utf8), "image/svg+xml"))
        }
        var typed = parts.map { DOCXPackageParts.Part(path: $0.path, contentType: $0.contentType) }
        if header {
            typed.append(.init(path: "word/header1.xml", contentType: DOCXNamespaces.wordprocessingType("header")))
        }
        typed.append(.init(path: "word/footer1.xml", contentType: DOCXNamespaces.wordprocessingType("footer")))
        let contentTypes = DOCXPackageParts.contentTypes(parts: typed)
        let shared =
            [
                ZIPPackage.Part(path: "[Content_Types].xml", data: contentTypes),
                ZIPPackage.Part(
                    path: "_rels/.rels", data: DOCXPackageParts.relationships(DOCXPackageParts.packageRelationships)),
            ]
            + parts.map { ZIPPackage.Part(path: $0.path, data: $0.data, compressed: $0.contentType.hasSuffix("xml")) }
        let copies = copyLabels.map { label in
            var metadata = document.metadata
            metadata.copyLabel = label
            let footer = ZIPPackage.Part(path: "word/footer1.xml", data: DOCXHeaderFooter.footer(metadata))
            guard header else { return [footer] }
            return [ZIPPackage.Part(path: "word/header1.xml", data: DOCXHeaderFooter.header(label: label)), footer]
        }
        do {
            return try ZIPPackage.copies(shared: shared, copies: copies)
        } catch {
            throw WriteError.zip("\(error)")
        }
    }

    /// The relationships of `word/document.xml`: the fixed parts, then the links and pictures
    /// the body met.
    private static func documentRelationships(_ body: DOCXBody, header: Bool) -> [DOCXRelationship] {
        var fixed = [
            DOCXRelationship(id: "rIdStyles", type: DOCXNamespaces.relationshipType("styles"), target: "styles.xml"),
            DOCXRelationship(
                id: "rIdNumbering", type: DOCXNamespaces.relationshipType("numbering"), target: "numbering.xml"),
            DOCXRelationship(
                id: "rIdSettings", type: DOCXNamespaces.relationshipType("settings"), target: "settings.xml"),
            DOCXRelationship(id: footerId, type: DOCXNamespaces.relationshipType("footer"), target: "footer1.xml"),
        ]
        if header {
            fixed.append(
                DOCXRelationship(id: headerId, type: DOCXNamespaces.relationshipType("header"), target: "header1.xml"))
        }
        return fixed + body.relationships
    }
}

extension DOCXWriter: DocumentWriter {
    public static func write(_ document: Document, options: WriterOptions) throws -> WriterOutput {
        WriterOutput(copies: try write(document, copyLabels: options.copyLabels))
    }
}
