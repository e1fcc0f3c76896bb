import FCConfig
import FCDocument
import FCXML
import Foundation
import ZIPFoundation

/// `--reference-doc FILE.odt|FILE.docx` (pandoc's name and meaning): the look of a
/// municipality's own document — its body text, headings 1–3, header and footer styles and its
/// page's size and margins — read from the document's styles, to replace fcdoc's. What the
/// reference does not have keeps fcdoc's style. The same look goes to the ODT and the DOCX
/// (and so the PDF) whichever format the reference is, so that the formats of one signed
/// document look and paginate alike.
public struct ReferenceStyle: Sendable, Equatable {
    /// In centimetres; `nil` when the reference does not say.
    public var pageWidth: Double?
    public var pageHeight: Double?
    public var marginTop: Double?
    public var marginBottom: Double?
    public var marginLeft: Double?
    public var marginRight: Double?
    public var looks: [StyleRole: ParagraphLook] = [:]

    public init() {}

    /// Reads the styles of the ODT or DOCX at `path`; a file that is none, or has no styles,
    /// throws its diagnostic (at the file).
    public static func read(path: String) throws(Pipeline.Failure) -> ReferenceStyle {
        switch load(path: path, named: (path as NSString).lastPathComponent) {
        case .success(let reference): return reference
        case .failure(let problem): throw .invalid([Diagnostic(.error, at: .wholeFile(path), problem.message)])
        }
    }

    /// Why a file cannot be a reference document.
    struct Unusable: Error {
        var message: Message
    }

    /// The styles of the ODT or DOCX at `path`, called `name` in messages.
    static func load(path: String, named name: String) -> Result<ReferenceStyle, Unusable> {
        let docx: Bool
        switch (path as NSString).pathExtension.lowercased() {
        case "odt": docx = false
        case "docx": docx = true
        default: return .failure(Unusable(message: .referenceNotODTOrDOCX(name)))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Unusable(message: .referenceUnreadable(name)))
        }
        guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
            return .failure(Unusable(message: .referenceNotZIP(name)))
        }
        let stylesPart = docx ? "word/styles.xml" : "styles.xml"
        guard let styles = events(archive, stylesPart) else {
            return .failure(Unusable(message: .referenceWithoutStyles(name, part: stylesPart)))
        }
        let reference =
            docx
            ? DOCXReference.read(styles: styles, document: events(archive, "word/document.xml") ?? [])
            : ODTReference.read(styles: styles)
        // A reference that gives nothing would leave the documents as they were, unasked.
        guard reference != ReferenceStyle() else {
            return .failure(Unusable(message: .referenceWithoutStyles(name, part: stylesPart)))
        }
        return .success(reference)
    }

    private static func events(_ archive: Archive, _ part: String) -> [XMLEvent]? {
        guard let entry = archive[part] else { return nil }
        var data = Data()
        guard (try? archive.extract(entry, skipCRC32: false, consumer: { data.append($0) })) != nil else { return nil }
        return try? XMLReader.events(data)
    }

    /// `style` with the reference's page and looks in place of its own; the body's font is the
    /// document's, the first heading's font and colour those of every heading.
    public func applied(to style: PageStyle) -> PageStyle {
        var result = style
        result.pageWidth = pageWidth ?? style.pageWidth
        result.pageHeight = pageHeight ?? style.pageHeight
        result.marginTop = marginTop ?? style.marginTop
        result.marginBottom = marginBottom ?? style.marginBottom
        result.marginLeft = marginLeft ?? style.marginLeft
        result.marginRight = marginRight ?? style.marginRight
        result.looks.merge(looks) { $1 }
        if let font = looks[.body]?.font { result.bodyFont = font }
        if let font = looks[.heading1]?.font { result.headingFont = font }
        if let colour = looks[.heading1]?.colour { result.headingColour = colour }
        return result
    }

    /// `text` as centimetres to a tenth of a millimetre: an ODF length (`2cm`, `20mm`, `1in`,
    /// `72pt`, `6pc`).
    static func centimetres(_ text: String) -> Double? {
        length(text, perCentimetre: 1).map { ($0 * 100).rounded() / 100 }
    }

    /// `text` as points to a tenth of a point: a font size (`11pt`, `0.5cm`).
    static func points(_ text: String) -> Double? {
        length(text, perCentimetre: 72 / 2.54).map { ($0 * 10).rounded() / 10 }
    }

    private static func length(_ text: String, perCentimetre: Double) -> Double? {
        let units: [(String, Double)] = [("cm", 1), ("mm", 0.1), ("in", 2.54), ("pt", 2.54 / 72), ("pc", 2.54 / 6)]
        for (unit, centimetres) in units where text.hasSuffix(unit) {
            guard let value = Double(text.dropLast(unit.count)), value.isFinite, value >= 0 else { return nil }
            return value * centimetres * perCentimetre
        }
        return nil
    }

    /// A `#rrggbb` colour, lower-case, or `nil`.
    static func colour(_ text: String) -> String? {
        let hex = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard hex.count == 6, hex.allSatisfy(\.isHexDigit) else { return nil }
        return "#" + hex.lowercased()
    }
}

/// A style as a reference document defines it: its own properties and the style it is based on.
struct ReferenceStyleEntry {
    var parent: String?
    var look = ParagraphLook()
    /// A font size relative to the parent's (ODF's `130%`).
    var sizePercent: Double?

    /// The look of `name` with everything it inherits from its ancestors and `base` (the
    /// document's defaults).
    static func resolve(_ name: String, in styles: [String: ReferenceStyleEntry], base: ParagraphLook)
        -> ParagraphLook
    {
        var chain: [ReferenceStyleEntry] = []
        var next: String? = name
        while let current = next, let entry = styles[current], chain.count < 32 {
            chain.append(entry)
            next = entry.parent
        }
        var look = base
        for entry in chain.reversed() {
            let inheritedSize = look.size
            look = look.overlaid(by: entry.look)
            if entry.look.size == nil, let percent = entry.sizePercent, let inheritedSize {
                look.size = (inheritedSize * percent / 100 * 10).rounded() / 10
            }
        }
        return look
    }
}

extension DocumentPlan {
    /// The plan with `reference`'s styles over its own (`--reference-doc`); unchanged without one.
    public func restyled(by reference: ReferenceStyle?) -> DocumentPlan {
        guard let reference else { return self }
        var plan = self
        plan.style = reference.applied(to: style)
        return plan
    }
}
