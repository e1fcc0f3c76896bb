import Foundation
import ZIPFoundation

/// What the ODT and DOCX packages share: ZIP entries with a fixed date and fixed permissions,
/// so that the same parts always give the same bytes, and signed copies that share all but a
/// few parts.
enum ZIPPackage {
    /// One file of a package.
    struct Part {
        var path: String
        var data: Data
        var compressed = true
    }

    enum Failure: Error, CustomStringConvertible {
        case empty

        var description: String { "the archive is empty" }
    }

    /// One package per entry of `copies`: the `shared` parts, in order, then that copy's own
    /// parts. The shared parts are deflated once and each copy adds its parts to a copy of that
    /// archive, since deflating is most of the cost of a package.
    static func copies(shared: [Part], copies: [[Part]]) throws -> [Data] {
        let archive = try Archive(accessMode: .create)
        for part in shared { try add(archive, part) }
        guard let sharedData = archive.data else { throw Failure.empty }
        return try copies.map { parts in
            let copy = try Archive(data: sharedData, accessMode: .update)
            for part in parts { try add(copy, part) }
            guard let data = copy.data else { throw Failure.empty }
            return data
        }
    }

    /// 2000-01-01 00:00 UTC. ZIPFoundation turns it into DOS date and time with `gmtime`, so
    /// every time zone gets the same bytes (a local-time date here gave other bytes in Sweden
    /// than in UTC).
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    private static func add(_ archive: Archive, _ part: Part) throws {
        let bytes = Data(part.data)
        try archive.addEntry(
            with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
            permissions: 0o644, compressionMethod: part.compressed ? .deflate : .none
        ) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
