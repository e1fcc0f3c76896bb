/// A position in a user's file, 1-based, as editors count it: a line and column of a text file,
/// or a cell of a spreadsheet's sheet (`sheet` set, `line` its row and `column` its column).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The sheet of a spreadsheet (`.xlsx`); then the place reads `FILE:SHEET!B3`.
    public var sheet: String?

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The cell at `row` and `column` (both from 1) of a spreadsheet's `sheet`.
    public init(file: String, sheet: String, row: Int, column: Int) {
        self.init(file: file, line: row, column: column)
        self.sheet = sheet
    }

    /// A problem that concerns a whole file (unreadable, too large, not UTF-8).
    public static func wholeFile(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }

    /// The cell's name as spreadsheets write it (`B3`), for a place in a sheet.
    public var cell: String? {
        sheet.map { _ in Self.columnName(column) + String(line) }
    }

    /// `A`…`Z`, `AA`…: a spreadsheet's name of the column numbered from 1.
    public static func columnName(_ column: Int) -> String {
        var number = max(column, 1)
        var name = ""
        while number > 0 {
            let digit = (number - 1) % 26
            name.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))), at: name.startIndex)
            number = (number - 1) / 26
        }
        return name
    }

    public var description: String {
        if let sheet, let cell { return "\(file):\(sheet)!\(cell)" }
        return "\(file):\(line):\(column)"
    }

    private enum CodingKeys: String, CodingKey { case file, line, column, sheet, cell }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        line = try container.decode(Int.self, forKey: .line)
        column = try container.decode(Int.self, forKey: .column)
        sheet = try container.decodeIfPresent(String.self, forKey: .sheet)
    }

    /// `file`, `line` and `column` always; for a spreadsheet also `sheet` and `cell` (`B3`).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encodeIfPresent(sheet, forKey: .sheet)
        try container.encodeIfPresent(cell, forKey: .cell)
    }
}

/// A value together with where it was written, so later layers can point back at it.
public struct Located<Value> {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Sendable where Value: Sendable {}
