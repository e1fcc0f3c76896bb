import FCDocument
import FCXML
import Foundation

/// One relationship of a part: to another part of the package, or to a URL outside it.
struct DOCXRelationship: Equatable {
    var id: String
    var type: String
    var target: String
    var external = false
}

/// The package's bookkeeping parts: `[Content_Types].xml`, the relationship parts, the
/// document properties and the settings. None carries a date, so the bytes repeat.
enum DOCXPackageParts {
    /// A part fcdoc writes, with its media type (for `[Content_Types].xml`).
    struct Part {
        var path: String
        var contentType: String
    }

    static func contentTypes(parts: [Part]) -> Data {
        let writer = XMLWriter()
        writer.start("Types", ["xmlns": DOCXNamespaces.contentTypes])
        let defaults = [
            ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml"),
            ("png", "image/png"), ("svg", "image/svg+xml"),
        ]
        for (fileExtension, type) in defaults {
            writer.element("Default", ["Extension": fileExtension, "ContentType": type])
        }
        for part in parts
        where !defaults.contains(where: { part.path.hasSuffix("." + $0.0) && $0.1 == part.contentType }) {
            writer.element("Override", ["PartName": "/" + part.path, "ContentType": part.contentType])
        }
        writer.end()
        return writer.finish()
    }

    static func relationships(_ relationships: [DOCXRelationship]) -> Data {
        let writer = XMLWriter()
        writer.start("Relationships", ["xmlns": DOCXNamespaces.packageRelationships])
        for relationship in relationships {
            writer.start(
                "Relationship",
                [
                    "Id": relationship.id, "Type": relationship.type,
                    "Target": relationship.target,
                ])
            if relationship.external { writer.attribute("TargetMode", "External") }
            writer.end()
        }
        writer.end()
        return writer.finish()
    }

    /// `_rels/.rels`: the main document and the two property parts.
    static let packageRelationships: [DOCXRelationship] = [
        DOCXRelationship(
            id: "rId1", type: DOCXNamespaces.relationshipType("officeDocument"), target: "word/document.xml"),
        DOCXRelationship(
            id: "rId2", type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            target: "docProps/core.xml"),
        DOCXRelationship(
            id: "rId3", type: DOCXNamespaces.relationshipType("extended-properties"), target: "docProps/app.xml"),
    ]

    /// `docProps/core.xml`: title and language, no creation or modification date.
    static func core(_ metadata: DocumentMetadata) -> Data {
        let writer = XMLWriter()
        writer.start(
            "cp:coreProperties", ["xmlns:cp": DOCXNamespaces.coreProperties, "xmlns:dc": DOCXNamespaces.dublinCore])
        writer.element("dc:title", text: TextSanitizer.clean(metadata.title))
        writer.element("dc:language", text: metadata.language)
        writer.end()
        return writer.finish()
    }

    /// `docProps/app.xml`: the application that wrote the package.
    static func app() -> Data {
        let writer = XMLWriter()
        writer.start("Properties", ["xmlns": DOCXNamespaces.extendedProperties])
        writer.element("Application", text: "fcdoc")
        writer.end()
        return writer.finish()
    }

    /// `word/settings.xml`: Word 2013+ layout (not "compatibility mode"), paragraph spacing that
    /// adds up as in the ODT, Swedish decimal comma.
    static func settings() -> Data {
        let writer = XMLWriter()
        DOCXNamespaces.startRoot(writer, "w:settings")
        writer.element("w:defaultTabStop", ["w:val": "709"])
        writer.start("w:compat")
        // The space below a paragraph and the space above the next add up, as in the ODT
        // (without it LibreOffice takes only the larger of the two, and the DOCX runs shorter).
        writer.element("w:doNotUseHTMLParagraphAutoSpacing")
        writer.element(
            "w:compatSetting",
            [
                "w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word",
                "w:val": "15",
            ])
        writer.end()
        writer.element("w:decimalSymbol", ["w:val": ","])
        writer.element("w:listSeparator", ["w:val": ";"])
        writer.end()
        return writer.finish()
    }
}
