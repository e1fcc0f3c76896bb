import Foundation

/// The text of a tagged PDF in the order of its structure tree (ISO 32000-1 §14.7–14.8), the
/// logical order the PDF declares, not the order its text happens to be drawn in: each block
/// element (paragraph, heading, table cell …) one unit, tables row by row. A figure is read
/// from its alternate text, not from the labels drawn inside it; LibreOffice writes that as
/// "title - description", and the title, which the caption after the figure repeats, is taken
/// off. Text outside the structure (page headers and footers, marked as artifacts) is kept
/// apart: the footer holds the kontrollsumma.
final class PDFStructureText {
    let units: [String]
    let artifacts: String

    struct NotTagged: Error {
        var reason: CopyText.Reason
    }

    /// Inline structure types (§14.8.4.4): their text belongs to the block around them.
    static let inlineTypes: Set<String> = [
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP",
        "Warichu", "WT", "WP", "Em", "Strong", "Sub",
    ]

    init(_ data: Data) throws {
        let file = try PDFFile(data)
        if file.trailer["Encrypt"] != nil {
            throw NotTagged(reason: CopyText.Reason(sv: "den är krypterad", en: "it is encrypted"))
        }
        guard let catalog = file.resolve(file.trailer["Root"])?.dictionary,
            let root = file.resolve(catalog["StructTreeRoot"])?.dictionary
        else {
            throw NotTagged(
                reason: CopyText.Reason(
                    sv: "den är ingen taggad PDF, så ordningen i dess text går inte att fastställa",
                    en: "it is not a tagged PDF, so the order of its text cannot be established"))
        }
        var reader = Reader(file: file, roles: file.resolve(root["RoleMap"])?.dictionary ?? [:])
        try reader.kids(root["K"], page: nil)
        reader.flush()
        units = reader.units
        artifacts = reader.pages.keys.sorted().map { page in
            var line = PDFTextJoiner()
            for chunk in reader.pages[page]?.artifacts ?? [] { line.add(chunk, page: page) }
            return line.text
        }.joined(separator: " ")
        guard !units.isEmpty else {
            throw NotTagged(
                reason: CopyText.Reason(
                    sv: "dess strukturträd har ingen text, så ordningen i dess text går inte att fastställa",
                    en: "its structure tree holds no text, so the order of its text cannot be established"))
        }
    }

    private struct Reader {
        let file: PDFFile
        let roles: [String: PDFValue]
        var units: [String] = []
        var pages: [Int: PDFPageText] = [:]
        private var current = PDFTextJoiner()
        private var figure: Int?
        private var visited: Set<Int> = []

        init(file: PDFFile, roles: [String: PDFValue]) {
            self.file = file
            self.roles = roles
        }

        /// A custom structure type mapped to a standard one (the role map may chain).
        func standardType(_ type: String) -> String {
            var type = type
            for _ in 0..<8 {
                guard let mapped = roles[type]?.name, mapped != type else { break }
                type = mapped
            }
            return type
        }

        mutating func kids(_ value: PDFValue?, page: Int?) throws {
            switch value {
            case .array(let items)?:
                for item in items { try kids(item, page: page) }
            case .number?:
                if let mcid = value?.int, let page { try content(mcid, page: page) }
            case .reference(let number)?:
                guard visited.insert(number).inserted, let dictionary = file.object(number)?.dictionary else { return }
                try kid(dictionary, page: page)
            case .dictionary(let dictionary)?:
                try kid(dictionary, page: page)
            default:
                break
            }
        }

        private mutating func kid(_ dictionary: [String: PDFValue], page: Int?) throws {
            let page = pageNumber(dictionary["Pg"]) ?? page
            switch dictionary["Type"]?.name {
            case "MCR":
                if let mcid = dictionary["MCID"]?.int, let page { try content(mcid, page: page) }
            case "OBJR":
                break  // an annotation or other object: no text of the document
            default:
                try element(dictionary, page: page)
            }
        }

        private mutating func element(_ dictionary: [String: PDFValue], page: Int?) throws {
            let type = standardType(dictionary["S"]?.name ?? "")
            if type == "Figure" || type == "Formula" {
                flush()
                append(PDFStructureText.collapsed(dictionary["Alt"]?.text ?? ""))
                figure = units.count - 1
                return
            }
            let inline = PDFStructureText.inlineTypes.contains(type)
            if !inline { flush() }
            try kids(dictionary["K"], page: page)
            if !inline { flush() }
        }

        private func pageNumber(_ value: PDFValue?) -> Int? {
            if case .reference(let number)? = value { return number }
            return nil
        }

        private mutating func content(_ mcid: Int, page: Int) throws {
            if pages[page] == nil { pages[page] = try PDFPageText(file: file, page: page) }
            for chunk in pages[page]?.marked[mcid] ?? [] { current.add(chunk, page: page) }
        }

        mutating func flush() {
            let text = PDFStructureText.collapsed(current.text)
            if !text.isEmpty { append(text) }
            current = PDFTextJoiner()
        }

        private mutating func append(_ unit: String) {
            if let index = figure, index < units.count {
                let alt = units[index]
                if alt == unit {
                    units[index] = ""
                } else if alt.hasPrefix(unit + " - ") {
                    units[index] = String(alt.dropFirst(unit.count + 3))
                }
                figure = nil
            }
            units.append(unit)
        }
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Joins the pieces of text a PDF draws into the text a reader reads: a piece on a new line, or
/// after a gap (a list label and its text), is a new word unless white space already separates
/// them; pieces drawn one after the other (a bold word and the full stop after it) are joined.
struct PDFTextJoiner {
    private(set) var text = ""
    private var last: (page: Int, chunk: PDFPageText.Chunk)?

    mutating func add(_ chunk: PDFPageText.Chunk, page: Int) {
        if let last, text.last?.isWhitespace == false, chunk.text.first?.isWhitespace == false,
            last.page != page || abs(last.chunk.y - chunk.y) > 0.5
                || chunk.x - last.chunk.end > 0.2 * chunk.size
        {
            text += " "
        }
        text += chunk.text
        last = (page, chunk)
    }
}

/// The text one page's content stream shows, by marked-content id (MCID), with the height of
/// the line it stands on; text outside marked content with an id is the page's artifacts.
struct PDFPageText {
    /// A piece of text, the line it stands on, where it starts and ends, and its font size.
    struct Chunk {
        var text: String
        var y: Double
        var x: Double
        var end: Double
        var size: Double
    }

    var marked: [Int: [Chunk]] = [:]
    var artifacts: [Chunk] = []

    init(file: PDFFile, page: Int) throws {
        guard let dictionary = file.object(page)?.dictionary else { return }
        let resources = PDFPageText.inherited("Resources", of: dictionary, in: file)?.dictionary ?? [:]
        let fonts = file.resolve(resources["Font"])?.dictionary ?? [:]
        let properties = file.resolve(resources["Properties"])?.dictionary ?? [:]
        var decoders: [String: PDFFontDecoder] = [:]
        var content: [UInt8] = []
        let contents = dictionary["Contents"]
        for part in contents?.array ?? (contents.map { [$0] } ?? []) {
            guard case .reference(let number) = part else { continue }
            content += try file.stream(number) + [0x0A]
        }
        var parser = PDFParser(bytes: content, position: 0)
        var operands: [PDFValue] = []
        var marks: [Int?] = []
        var font: PDFFontDecoder?
        var size = 1.0
        var line = (x: 0.0, y: 0.0)
        var x = 0.0
        func show(_ value: PDFValue?) {
            guard case .string(let bytes)? = value, let font else { return }
            let (text, advance) = font.decode(bytes)
            let chunk = Chunk(text: text, y: line.y, x: x, end: x + advance / 1000 * size, size: size)
            x = chunk.end
            if let mcid = marks.last(where: { $0 != nil }) ?? nil {
                marked[mcid, default: []].append(chunk)
            } else {
                artifacts.append(chunk)
            }
        }
        func number(_ index: Int) -> Double {
            if index < operands.count, case .number(let value) = operands[index] { return value }
            return 0
        }
        while !parser.atEnd {
            guard let value = parser.value() else { break }
            guard case .keyword(let op) = value else {
                operands.append(value)
                continue
            }
            switch op {
            case "BT":
                line = (0, 0)
                x = 0
            case "Td", "TD":
                line = (line.x + number(0), line.y + number(1))
                x = line.x
            case "Tm":
                line = (number(4), number(5))
                x = line.x
            case "T*":
                line.y -= size
                x = line.x
            case "Tf":
                if let name = operands.first?.name {
                    if decoders[name] == nil {
                        decoders[name] = try PDFFontDecoder(file.resolve(fonts[name]), in: file)
                    }
                    font = decoders[name]
                    size = number(1)
                }
            case "Tj": show(operands.first)
            case "'", "\"":
                line.y -= size
                x = line.x
                show(operands.last)
            case "TJ":
                for item in operands.first?.array ?? [] {
                    if case .number(let adjustment) = item { x -= adjustment / 1000 * size } else { show(item) }
                }
            case "BDC":
                let list = operands.count > 1 ? operands[1] : nil
                let dictionary = list?.dictionary ?? list?.name.flatMap { file.resolve(properties[$0])?.dictionary }
                marks.append(dictionary?["MCID"]?.int)
            case "BMC": marks.append(nil)
            case "EMC": if !marks.isEmpty { marks.removeLast() }
            case "BI": PDFPageText.skipInlineImage(&parser)
            default: break
            }
            operands.removeAll(keepingCapacity: true)
        }
    }

    /// A page attribute that may be set on the page tree above it (§7.7.3.4).
    static func inherited(_ key: String, of page: [String: PDFValue], in file: PDFFile) -> PDFValue? {
        var node = page
        for _ in 0..<32 {
            if let value = file.resolve(node[key]) { return value }
            guard let parent = file.resolve(node["Parent"])?.dictionary else { return nil }
            node = parent
        }
        return nil
    }

    /// An inline image's data (after `ID`, up to `EI`) is bytes, not operators.
    static func skipInlineImage(_ parser: inout PDFParser) {
        while let value = parser.value(), value != .keyword("ID") {}
        let bytes = parser.bytes
        var index = parser.position + 1
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "E"), bytes[index + 1] == UInt8(ascii: "I"),
                PDFParser.isWhite(bytes[index - 1]), PDFParser.isWhite(bytes[index + 2])
            {
                parser.position = index + 2
                return
            }
            index += 1
        }
        parser.position = bytes.count
    }
}

/// Turns a font's character codes into Unicode through its ToUnicode CMap (§9.10.3); a
/// simple font without one is read as Latin-1.
struct PDFFontDecoder {
    var codeLength = 1
    var map: [UInt32: String] = [:]
    var hasMap = false
    /// Glyph widths in thousandths of the font size (a simple font's /FirstChar and /Widths).
    var widths: [UInt32: Double] = [:]

    init(_ font: PDFValue?, in file: PDFFile) throws {
        guard let font = font?.dictionary else { return }
        if let first = font["FirstChar"]?.int, first >= 0, let list = file.resolve(font["Widths"])?.array {
            for (offset, width) in list.enumerated() {
                if case .number(let width) = file.resolve(width) { widths[UInt32(first + offset)] = width }
            }
        }
        if case .reference(let number)? = font["ToUnicode"] {
            hasMap = true
            try readCMap(file.stream(number))
        } else if font["Subtype"]?.name == "Type0" {
            throw PDFStructureText.NotTagged(
                reason: CopyText.Reason(
                    sv: "ett typsnitt i dess text saknar koppling till Unicode",
                    en: "a font of its text has no mapping to Unicode"))
        }
    }

    private mutating func readCMap(_ bytes: [UInt8]) throws {
        var parser = PDFParser(bytes: bytes, position: 0)
        var pending: [PDFValue] = []
        while let value = parser.value() {
            guard case .keyword(let word) = value else {
                pending.append(value)
                continue
            }
            switch word {
            case "endcodespacerange":
                if case .string(let low)? = pending.first, !low.isEmpty { codeLength = low.count }
            case "endbfchar":
                for pair in stride(from: 0, to: pending.count - 1, by: 2) {
                    if case .string(let source) = pending[pair], case .string(let target) = pending[pair + 1] {
                        map[PDFFontDecoder.code(source)] = PDFFontDecoder.utf16(target)
                    }
                }
            case "endbfrange":
                for triple in stride(from: 0, to: pending.count - 2, by: 3) {
                    guard case .string(let lowBytes) = pending[triple],
                        case .string(let highBytes) = pending[triple + 1]
                    else { continue }
                    let low = PDFFontDecoder.code(lowBytes)
                    let high = PDFFontDecoder.code(highBytes)
                    guard high >= low, high - low < 0x10000 else { continue }
                    switch pending[triple + 2] {
                    case .string(let target):
                        var units = PDFFontDecoder.units(target)
                        for code in low...high {
                            map[code] = String(decoding: units, as: UTF16.self)
                            if !units.isEmpty { units[units.count - 1] &+= 1 }
                        }
                    case .array(let targets):
                        for (offset, target) in targets.enumerated() where low + UInt32(offset) <= high {
                            if case .string(let bytes) = target {
                                map[low + UInt32(offset)] = PDFFontDecoder.utf16(bytes)
                            }
                        }
                    default:
                        break
                    }
                }
            default:
                break
            }
            pending.removeAll(keepingCapacity: true)
        }
    }

    /// The text of a string of character codes and how far it advances (thousandths of the size).
    func decode(_ bytes: [UInt8]) -> (text: String, advance: Double) {
        var result = ""
        var advance = 0.0
        var index = 0
        while index + codeLength <= bytes.count {
            let code = PDFFontDecoder.code(bytes[index..<index + codeLength])
            result += hasMap ? map[code] ?? "" : String(Character(Unicode.Scalar(UInt8(truncatingIfNeeded: code))))
            advance += widths[code] ?? 500
            index += codeLength
        }
        return (result, advance)
    }

    static func code<Bytes: Collection>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    static func units(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }

    static func utf16(_ bytes: [UInt8]) -> String {
        String(decoding: units(bytes), as: UTF16.self)
    }
}
