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
    static let firstHeaderId = "rIdHeaderFirst"
    static let footerId = "rIdFooter"

    /// Which page headers a document has: one on every page (a copy label, a letterhead), and
    /// the first page's own (a letterhead whose first page differs).
    struct Headers {
        var any: Bool
        var firstPage: Bool
        /// Whether the copies have a copy label, which takes a line of the header.
        var labelled: Bool

        init(_ document: Document, copyLabels: [String?]) {
            let letterhead = document.metadata.letterhead
            labelled = copyLabels.contains { $0 != nil }
            any = labelled || letterhead != nil
            firstPage = letterhead?.firstPageDiffers ?? false
        }
    }

    /// One package per copy label. The copies differ only in the header and footer, which come
    /// last, added to a copy of the shared package: every other part is deflated once.
    public static func write(_ document: Document, copyLabels: [String?]) throws -> [Data] {
        let headers = Headers(document, copyLabels: copyLabels)
        let body = DOCXBody.write(document, headers: headers)
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
                DOCXPackageParts.relationships(documentRelationships(body, headers: headers)),
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
        if let letterhead = document.metadata.letterhead {
            do {
                parts += try DOCXLetterhead.media(letterhead)
            } catch {
                throw WriteError.picture("\(error)")
            }
            let relationships = DOCXLetterhead.relationships(letterhead)
            if !relationships.isEmpty {
                let data = DOCXPackageParts.relationships(relationships)
                let type = "application/vnd.openxmlformats-package.relationships+xml"
                parts.append(("word/_rels/header1.xml.rels", data, type))
                if headers.firstPage { parts.append(("word/_rels/header2.xml.rels", data, type)) }
            }
        }
        var typed = parts.map { DOCXPackageParts.Part(path: $0.path, contentType: $0.contentType) }
        for (present, name) in [(headers.any, "header1"), (headers.firstPage, "header2")] where present {
            typed.append(.init(path: "word/\(name).xml", contentType: DOCXNamespaces.wordprocessingType("header")))
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
            guard headers.any else { return [footer] }
            var copy = [
                ZIPPackage.Part(path: "word/header1.xml", data: DOCXHeaderFooter.header(metadata, firstPage: false))
            ]
            if headers.firstPage {
                copy.append(
                    ZIPPackage.Part(path: "word/header2.xml", data: DOCXHeaderFooter.header(metadata, firstPage: true)))
            }
            return copy + [footer]
        }
        do {
            return try ZIPPackage.copies(shared: shared, copies: copies)
        } catch {
            throw WriteError.zip("\(error)")
        }
    }

    /// The relationships of `word/document.xml`: the fixed parts, then the links and pictures
    /// the body met.
    private static func documentRelationships(_ body: DOCXBody, headers: Headers) -> [DOCXRelationship] {
        var fixed = [
            DOCXRelationship(id: "rIdStyles", type: DOCXNamespaces.relationshipType("styles"), target: "styles.xml"),
            DOCXRelationship(
                id: "rIdNumbering", type: DOCXNamespaces.relationshipType("numbering"), target: "numbering.xml"),
            DOCXRelationship(
                id: "rIdSettings", type: DOCXNamespaces.relationshipType("settings"), target: "settings.xml"),
            DOCXRelationship(id: footerId, type: DOCXNamespaces.relationshipType("footer"), target: "footer1.xml"),
        ]
        if headers.any {
            fixed.append(
                DOCXRelationship(id: headerId, type: DOCXNamespaces.relationshipType("header"), target: "header1.xml"))
        }
        if headers.firstPage {
            fixed.append(
                DOCXRelationship(
                    id: firstHeaderId, type: DOCXNamespaces.relationshipType("header"), target: "header2.xml"))
        }
        return fixed + body.relationships
    }
}

extension DOCXWriter: DocumentWriter {
    public static func write(_ document: Document, options: WriterOptions) throws -> WriterOutput {
        WriterOutput(copies: try write(document, copyLabels: options.copyLabels))
    }
}
