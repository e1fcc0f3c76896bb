import FCText
import Foundation

extension SurveyXLSX {
    /// `xl/workbook.xml` and its relationships: the sheets in order, where each is, and the parts
    /// the cells refer to.
    struct Workbook {
        struct Sheet {
            var name: String
            var path: String
        }

        var sheets: [Sheet] = []
        /// Whether serial dates count from 1904 (old Mac workbooks) instead of 1900.
        var dates1904 = false
        var sharedStringsPath = "xl/sharedStrings.xml"
        var stylesPath = "xl/styles.xml"

        init(package: Package) throws {
            guard let workbook = try package.part("xl/workbook.xml") else {
                throw Unreadable(message: .workbookNotExcel)
            }
            var targets: [String: String] = [:]
            var sharedStringsPath = sharedStringsPath
            var stylesPath = stylesPath
            if let relations = try package.part("xl/_rels/workbook.xml.rels") {
                try XMLEvents.read(relations) { event in
                    guard case .start("Relationship", let attributes, _) = event, let id = attributes["Id"],
                        let target = attributes["Target"]
                    else { return }
                    let path = Self.partPath(target)
                    targets[id] = path
                    let type = attributes["Type"] ?? ""
                    if type.hasSuffix("/sharedStrings") { sharedStringsPath = path }
                    if type.hasSuffix("/styles") { stylesPath = path }
                }
            }
            var sheets: [Sheet] = []
            var dates1904 = false
            try XMLEvents.read(workbook) { event in
                guard case .start(let name, let attributes, _) = event else { return }
                if name == "workbookPr" { dates1904 = ["1", "true"].contains(attributes["date1904"] ?? "") }
                guard name == "sheet", let sheetName = attributes["name"] else { return }
                let path = attributes["id"].flatMap { targets[$0] } ?? "xl/worksheets/sheet\(sheets.count + 1).xml"
                sheets.append(Sheet(name: sheetName, path: path))
            }
            self.sheets = sheets
            self.dates1904 = dates1904
            self.sharedStringsPath = sharedStringsPath
            self.stylesPath = stylesPath
        }

        /// A relationship's target as a path in the package (targets are relative to `xl/`).
        static func partPath(_ target: String) -> String {
            if target.hasPrefix("/") { return String(target.dropFirst()) }
            var parts = ["xl"]
            for part in target.split(separator: "/") {
                if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
            }
            return parts.joined(separator: "/")
        }

        /// The sheet named (exactly, else ignoring case), or the first.
        func sheet(named wanted: String?) -> Sheet? {
            guard let wanted else { return sheets.first }
            return sheets.first { $0.name == wanted }
                ?? sheets.first { $0.name.lowercased() == wanted.lowercased() }
        }

        /// The shared strings, in order: each the text of its `<t>` elements (rich-text runs joined),
        /// without the phonetic guides (`<rPh>`).
        func sharedStrings(_ package: Package) throws -> [String] {
            guard let data = try package.part(sharedStringsPath) else { return [] }
            var strings: [String] = []
            var current = ""
            var inText = false
            var inPhonetic = false
            try XMLEvents.read(data) { event in
                switch event {
                case .start("si", _, let empty):
                    current = ""
                    if empty { strings.append("") }
                case .start("t", _, let empty): inText = !empty && !inPhonetic
                case .start("rPh", _, let empty): inPhonetic = !empty
                case .end("t"): inText = false
                case .end("rPh"): inPhonetic = false
                case .end("si"): strings.append(current)
                case .text(let text) where inText: current += text
                default: break
                }
            }
            return strings
        }

        /// The indices of the cell styles (`s="…"`) that show a number as a date or time.
        func dateStyles(_ package: Package) throws -> Set<Int> {
            guard let data = try package.part(stylesPath) else { return [] }
            var customDates: Set<String> = []
            var styles: Set<Int> = []
            var inCellStyles = false
            var index = 0
            try XMLEvents.read(data) { event in
                switch event {
                case .start("numFmt", let attributes, _):
                    if let id = attributes["numFmtId"], Self.isDateFormat(attributes["formatCode"] ?? "") {
                        customDates.insert(id)
                    }
                case .start("cellXfs", _, let empty): inCellStyles = !empty
                case .end("cellXfs"): inCellStyles = false
                case .start("xf", let attributes, _) where inCellStyles:
                    let id = attributes["numFmtId"] ?? "0"
                    if customDates.contains(id) || Int(id).map(Self.builtInDateFormats.contains) == true {
                        styles.insert(index)
                    }
                    index += 1
                default: break
                }
            }
            return styles
        }

        /// Excel's built-in number formats that are dates or times.
        static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

        /// A format code that shows a date or time: one with `y`, `d` or `h` outside quoted text,
        /// escapes and `[…]` sections (colours, locales).
        static func isDateFormat(_ code: String) -> Bool {
            var plain = ""
            var quoted = false
            var bracketed = false
            var escaped = false
            for character in code.lowercased() {
                if escaped {
                    escaped = false
                } else if quoted {
                    quoted = character != "\""
                } else if bracketed {
                    bracketed = character != "]"
                } else if character == "\"" {
                    quoted = true
                } else if character == "[" {
                    bracketed = true
                } else if character == "\\" {
                    escaped = true
                } else {
                    plain.append(character)
                }
            }
            return plain.contains { "ydh".contains($0) }
        }
    }

    /// A sheet's cells as text, by row number and column number (both from 1).
    struct SheetCells {
        var rows: [Int: [Int: String]] = [:]

        init(_ data: Data, strings: [String], dateStyles: Set<Int>, dates1904: Bool) throws {
            var rows: [Int: [Int: String]] = [:]
            var row = 0
            var column = 0
            var type = "n"
            var style = 0
            var value = ""
            var collecting = false
            var inInline = false
            try XMLEvents.read(data) { event in
                switch event {
                case .start("row", let attributes, _):
                    row = attributes["r"].flatMap(Int.init) ?? row + 1
                    column = 0
                case .start("c", let attributes, let empty):
                    column = attributes["r"].flatMap(Self.column) ?? column + 1
                    type = attributes["t"] ?? "n"
                    style = attributes["s"].flatMap(Int.init) ?? 0
                    value = ""
                    if empty { rows[row, default: [:]][column] = "" }
                case .start("v", _, let empty): collecting = !empty
                case .start("is", _, _): inInline = true
                case .start("t", _, let empty) where inInline: collecting = !empty
                case .start("rPh", _, _): collecting = false
                case .end("v"), .end("t"): collecting = false
                case .end("is"): inInline = false
                case .text(let text) where collecting: value += text
                case .end("c"):
                    rows[row, default: [:]][column] = Self.text(
                        value, type: type, isDate: dateStyles.contains(style), strings: strings, dates1904: dates1904)
                default: break
                }
            }
            self.rows = rows
        }

        /// The column number of a cell reference: `B3` → 2.
        static func column(_ reference: String) -> Int? {
            var number = 0
            for scalar in reference.unicodeScalars {
                guard (65...90).contains(scalar.value), number <= 16_384 else { break }
                number = number * 26 + Int(scalar.value - 64)
            }
            // Excel's last column is XFD, 16 384.
            return (1...16_384).contains(number) ? number : nil
        }

        /// A cell's value as text: shared strings looked up, whole numbers without decimals, dates
        /// (serial numbers in a date format) as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`.
        static func text(_ value: String, type: String, isDate: Bool, strings: [String], dates1904: Bool) -> String {
            switch type {
            case "s": return Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
            case "n":
                guard let number = Double(value) else { return value }
                if isDate, let date = ExcelDate.text(serial: number, dates1904: dates1904) { return date }
                if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
                return value
            default: return value
            }
        }
    }
}

/// Excel's serial dates: days since 1899-12-30 (or 1904-01-01), the fraction the time of day.
enum ExcelDate {
    static func text(serial: Double, dates1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let seconds = Int((serial * 86_400).rounded())
        let days = seconds / 86_400 + (dates1904 ? 1_462 : 0)
        let time = seconds % 86_400
        // Days from 1899-12-30 to the civil date (the algorithm of H. Hinnant's days_from_civil).
        let (year, month, day) = civil(fromDaysSince1970: days - 25_569)
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        guard time > 0 else { return date }
        return date + String(format: " %02d:%02d:%02d", time / 3_600, time / 60 % 60, time % 60)
    }

    static func civil(fromDaysSince1970 days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
