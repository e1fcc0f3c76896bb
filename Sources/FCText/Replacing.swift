extension StringProtocol {
    /// Every `character` (ASCII) replaced by `replacement`, done on UTF-8 bytes: exact, since no
    /// byte of a multi-byte sequence is ASCII, and far cheaper than Foundation's
    /// `replacingOccurrences(of:with:)`, which goes through NSString on Linux.
    public func replacingASCII(_ character: Unicode.Scalar, with replacement: String) -> String {
        precondition(character.isASCII, "replacingASCII replaces ASCII characters only")
        let target = UInt8(character.value)
        guard utf8.contains(target) else { return String(self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + replacement.utf8.count * 4)
        for byte in utf8 {
            if byte == target { bytes.append(contentsOf: replacement.utf8) } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
