extension Unicode.Scalar {
    /// Whether the scalar is a character of its own whatever stands beside it (Unicode's grapheme
    /// cluster rules join nothing to it): everything below the combining diacritics (U+0300) but
    /// the carriage return, which joins a line feed, and the general punctuation but the
    /// zero-width joiner and non-joiner. Text of such scalars only can be cut and measured scalar
    /// by scalar, or byte by byte at ASCII bytes, with the pieces cutting it into characters gives.
    @inlinable
    public var standsAlone: Bool {
        if value < 0x300 { return value != 0x0D }
        return value >= 0x2000 && value <= 0x206F && value != 0x200C && value != 0x200D
    }
}
