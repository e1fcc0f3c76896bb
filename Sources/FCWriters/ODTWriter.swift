import FCDocument
import FCXML
import Foundation

/// An ODF 1.3 text package (`.odt`): `mimetype` first and stored, then content, meta, pictures,
/// the manifest listing every part, and styles. Fixed timestamps and permissions make it
/// byte-stable.
public enum ODTWriter {
    public static let mediaType = "application/vnd.oasis.opendocument.text"

    public enum WriteError: Error, CustomStringConvertible {
        case zip(String)

        public var description: String {
            switch self {
            case .zip(let reason): return "could not build the ODT package: \(reason)"
            }
        }
    }

    public static func write(_ document: Document) throws -> Data {
        try write(document, copyLabels: [document.metadata.copyLabel])[0]
    }

    /// One package per copy label. The copies differ only in `styles.xml` (header and footer), so
    /// every other part is deflated once: `styles.xml` comes last, added to a copy of the shared
    /// package, and deflating is most of the cost of an ODT.
    public static func write(_ document: Document, copyLabels: [String?]) throws -> [Data] {
        var parts: [(path: String, data: Data, mediaType: String)] = [
            ("content.xml", ODTContent.write(document, labelled: copyLabels.contains { $0 != nil }), "text/xml"),
            ("meta.xml", ODTMeta.write(document.metadata), "text/xml"),
        ]
        if document.metadata.revision != nil {
            parts.append(("settings.xml", ODTMeta.settingsShowingAcceptedText(), "text/xml"))
        }
        for figure in document.figures {
            parts.append((ODTContent.picturePath(figure), Data(figure.svg.utf8), "image/svg+xml"))
        }
        // The header's pictures are in `styles.xml`, which every copy has.
        for picture in document.metadata.letterhead?.pictures ?? [] {
            parts.append((ODTLetterhead.picturePath(picture), Data(picture.data), picture.format.mediaType))
        }
        let manifest = ODTMeta.manifest(parts: [("styles.xml", "text/xml")] + parts.map { ($0.path, $0.mediaType) })
        let shared =
            [ZIPPackage.Part(path: "mimetype", data: Data(mediaType.utf8), compressed: false)]
            + parts.map { ZIPPackage.Part(path: $0.path, data: $0.data) }
            + [ZIPPackage.Part(path: "META-INF/manifest.xml", data: manifest)]
        let copies = copyLabels.map { label in
            var metadata = document.metadata
            metadata.copyLabel = label
            return [ZIPPackage.Part(path: "styles.xml", data: ODTStyles.write(metadata))]
        }
        do {
            return try ZIPPackage.copies(shared: shared, copies: copies)
        } catch {
            throw WriteError.zip("\(error)")
        }
    }
}

/// `meta.xml` and `META-INF/manifest.xml`. No creation dates: they would change every run.
enum ODTMeta {
    static func write(_ metadata: DocumentMetadata) -> Data {
        let writer = XMLWriter()
        ODFNamespaces.startRoot(
            writer, "office:document-meta",
            prefixes: [
                ("office", ODFNamespaces.office), ("meta", ODFNamespaces.meta), ("dc", ODFNamespaces.dc),
            ])
        writer.start("office:meta")
        writer.element("meta:generator", text: "fcdoc")
        writer.element("dc:title", text: metadata.title)
        writer.element("dc:language", text: metadata.language)
        writer.end()
        writer.end()
        return writer.finish()
    }

    /// `settings.xml` for a document of tracked changes: it opens showing the text with every
    /// change accepted (LibreOffice's view setting `ShowRedlineChanges`, Redigera → Spåra
    /// ändringar → Visa), so what LibreOffice prints or exports is the new version; the changes
    /// are still in the document, listed under Hantera, to accept or reject.
    static func settingsShowingAcceptedText() -> Data {
        let writer = XMLWriter()
        ODFNamespaces.startRoot(
            writer, "office:document-settings",
            prefixes: [
                ("office", ODFNamespaces.office), ("config", ODFNamespaces.config),
                // The set's name is read as a qualified name: its prefix must be declared.
                ("ooo", "http://openoffice.org/2004/office"),
            ])
        writer.start("office:settings")
        writer.start("config:config-item-set", ["config:name": "ooo:view-settings"])
        writer.element(
            "config:config-item", ["config:name": "ShowRedlineChanges", "config:type": "boolean"], text: "false")
        writer.end()
        writer.end()
        writer.end()
        return writer.finish()
    }

    static func manifest(parts: [(path: String, mediaType: String)]) -> Data {
        let writer = XMLWriter()
        writer.start(
            "manifest:manifest", ["xmlns:manifest": ODFNamespaces.manifest, "manifest:version": ODFNamespaces.version])
        writer.element(
            "manifest:file-entry",
            [
                "manifest:full-path": "/", "manifest:version": ODFNamespaces.version,
                "manifest:media-type": ODTWriter.mediaType,
            ])
        for part in parts {
            writer.element(
                "manifest:file-entry", ["manifest:full-path": part.path, "manifest:media-type": part.mediaType])
        }
        writer.end()
        return writer.finish()
    }
}
