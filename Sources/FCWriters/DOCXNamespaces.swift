import FCXML

/// The Office Open XML (ECMA-376, transitional) namespaces, relationship types and media types
/// fcdoc's DOCX uses.
enum DOCXNamespaces {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let wordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let drawing = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let picture = "http://schemas.openxmlformats.org/drawingml/2006/picture"
    /// Office 2016's SVG extension to `a:blip` (MS-ODRAWXML 2.3.1.29).
    static let svg = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
    static let svgBlipExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    /// Opens a WordprocessingML part's root element with the `w:` and `r:` namespaces.
    static func startRoot(_ writer: XMLWriter, _ name: String, drawing: Bool = false) {
        writer.start(name, ["xmlns:w": main, "xmlns:r": relationships])
        guard drawing else { return }
        for (prefix, uri) in [
            ("wp", wordprocessingDrawing), ("a", DOCXNamespaces.drawing), ("pic", picture), ("asvg", svg),
        ] {
            writer.attribute("xmlns:\(prefix)", uri)
        }
    }

    /// A relationship type: `officeDocument/2006/relationships/<name>`.
    static func relationshipType(_ name: String) -> String {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(name)"
    }

    static func wordprocessingType(_ part: String) -> String {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.\(part)+xml"
    }
}
