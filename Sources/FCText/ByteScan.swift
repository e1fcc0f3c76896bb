extension String {
    /// Whether any UTF-8 byte satisfies `predicate`: a loop over the string's own storage where it
    /// is contiguous (native strings), the UTF-8 view otherwise. The escapers look through every
    /// text of every document this way, so it has to be a tight loop.
    @inlinable
    public func anyUTF8Byte(_ predicate: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes in bytes.contains(where: predicate) }) {
            return found
        }
        return utf8.contains(where: predicate)
    }
}
