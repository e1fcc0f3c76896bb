/// A set of ASCII bytes as a 128-bit mask: a membership test is a shift and an AND, where a
/// `Set<Unicode.Scalar>` hashes. Used to look through UTF-8 text for the few characters that
/// matter to an escaping; no byte of a multi-byte UTF-8 sequence is ASCII, so that is exact.
public struct ASCIISet: Sendable {
    @usableFromInline var low: UInt64 = 0
    @usableFromInline var high: UInt64 = 0

    public init(_ characters: String) {
        for byte in characters.utf8 where byte < 0x80 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    @inlinable
    public func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }

    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && contains(UInt8(scalar.value))
    }

    /// Whether any byte of `text` is in the set.
    @inlinable
    public func occurs(in text: String) -> Bool {
        text.anyUTF8Byte { contains($0) }
    }
}
