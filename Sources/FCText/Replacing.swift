extension StringProtocol {
    /// Every ASCII byte for which `replacement` gives a text, replaced by that text. Done on
    /// UTF-8 bytes: exact, since no byte of a multi-byte sequence is ASCII, and far cheaper than
    /// Foundation's `replacingOccurrences(of:with:)`, which goes through NSString on Linux. The
    /// escapers (HTML, Markdown) are built on it; inlinable, so that the closure is inlined into
    /// their byte loops.
    @inlinable
    public func replacingASCII(_ replacement: (UInt8) -> String?) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if byte < 0x80, let text = replacement(byte) {
                bytes.append(contentsOf: text.utf8)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Every `character` replaced by `replacement`; the text itself when it has none.
    public func replacingASCII(_ character: Unicode.Scalar, with replacement: String) -> String {
        guard character.isASCII else {
            var scalars = String.UnicodeScalarView()
            for scalar in unicodeScalars {
                if scalar == character {
                    scalars.append(contentsOf: replacement.unicodeScalars)
                } else {
                    scalars.append(scalar)
                }
            }
            return String(scalars)
        }
        let target = UInt8(character.value)
        guard utf8.contains(target) else { return String(self) }
        return replacingASCII { $0 == target ? replacement : nil }
    }
}
