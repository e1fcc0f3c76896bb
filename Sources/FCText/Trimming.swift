/// Trimming in native Swift. Foundation's `trimmingCharacters(in:)` goes through NSString and
/// UTF-16 on Linux, which made it one of the dearest calls of a county batch; these walk
/// Unicode scalars and return the text itself when there is nothing to trim. Their sets are
/// Foundation's, which a test checks.
/// Foundation counts U+200B ZERO WIDTH SPACE as white space (Unicode does not); so do these.
private let zeroWidthSpace: Unicode.Scalar = "\u{200B}"

extension StringProtocol {
    /// Without spaces (Unicode space separators) and tabs at either end, like
    /// `trimmingCharacters(in: .whitespaces)`.
    public func trimmingSpaces() -> String {
        trimming {
            $0 == " " || $0 == "\t"
                || (!$0.isASCII && ($0.properties.generalCategory == .spaceSeparator || $0 == zeroWidthSpace))
        }
    }

    /// Without white space, line ends included, at either end, like
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    public func trimmingWhiteSpace() -> String {
        trimming { $0.properties.isWhitespace || $0 == zeroWidthSpace }
    }

    /// Without line ends at either end, like `trimmingCharacters(in: .newlines)`.
    public func trimmingLineEnds() -> String {
        trimming { scalar in
            let value = scalar.value
            return (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
        }
    }

    /// Whether the text is empty or white space only.
    public var isBlank: Bool {
        unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == zeroWidthSpace }
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) }) ?? first
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
