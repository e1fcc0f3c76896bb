import Foundation
import ZIPFoundation

/// What the ODT and DOCX packages share: ZIP entries with a fixed date and fixed permissions,
/// so that the same parts always give the same bytes.
enum ZIPPackage {
    /// 2000-01-01 00:00 UTC. ZIPFoundation turns it into DOS date and time with `gmtime`, so
    /// every time zone gets the same bytes (a local-time date here gave other bytes in Sweden
    /// than in UTC).
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    static func add(_ archive: Archive, _ path: String, _ data: Data, compressed: Bool) throws {
        let bytes = Data(data)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
            permissions: 0o644, compressionMethod: compressed ? .deflate : .none
        ) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
