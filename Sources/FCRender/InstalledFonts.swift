import Foundation

/// Whether a font family can stand in a document: installed (fontconfig knows it, so
/// LibreOffice finds it) and allowing embedding (a PDF/A embeds every font it uses).
enum InstalledFonts {
    enum Verdict: Equatable {
        case usable
        case notInstalled
        /// The font's licence forbids embedding it (OpenType `fsType`).
        case notEmbeddable
        /// fontconfig's `fc-list` is not there to ask.
        case cannotTell
    }

    static func verdict(for family: String) -> Verdict {
        guard let files = files(of: family) else { return .cannotTell }
        guard !files.isEmpty else { return .notInstalled }
        return files.contains(where: embeddable) ? .usable : .notEmbeddable
    }

    /// The font files of `family` as fontconfig lists them (exact family name, any case); `nil`
    /// when fontconfig cannot be asked.
    static func files(of family: String) -> [String]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fc-list")
        process.arguments = ["--format", "%{file}\\n", ":family=" + family.replacingOccurrences(of: ":", with: "\\:")]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let output = readAll(pipe.fileHandleForReading.fileDescriptor)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    /// Everything a pipe gives until its writer closes it. Foundation's `readDataToEndOfFile`
    /// traps when a signal interrupts the read (`EINTR`, e.g. a timer's); this reads again.
    static func readAll(_ descriptor: Int32) -> Data {
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                output.append(contentsOf: buffer[..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return output
            }
        }
    }

    /// Whether the font's licence allows embedding it in a document: not "restricted licence"
    /// and not "bitmap embedding only". A font without an OS/2 table allows it.
    static func embeddable(_ file: String) -> Bool {
        guard let type = fsType(of: file) else { return true }
        return type & 0x000F != 0x0002 && type & 0x0200 == 0
    }

    /// The OpenType OS/2 table's `fsType` of a TrueType or OpenType file (the first font of a
    /// collection); `nil` when the file has none or is of another kind.
    static func fsType(of file: String) -> UInt16? {
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
        func u16(_ at: Int) -> Int? { at + 2 <= head.count ? Int(head[at]) << 8 | Int(head[at + 1]) : nil }
        func u32(_ at: Int) -> Int? {
            guard let high = u16(at), let low = u16(at + 2) else { return nil }
            return high << 16 | low
        }
        var start = 0
        if head.starts(with: Array("ttcf".utf8)) {
            guard let first = u32(12) else { return nil }
            start = first
        }
        guard let tables = u16(start + 4) else { return nil }
        for index in 0..<tables {
            let record = start + 12 + index * 16
            guard record + 16 <= head.count else { return nil }
            guard Array(head[record..<record + 4]) == Array("OS/2".utf8), let offset = u32(record + 8) else { continue }
            guard (try? handle.seek(toOffset: UInt64(offset) + 8)) != nil,
                let bytes = try? handle.read(upToCount: 2), bytes.count == 2
            else { return nil }
            return UInt16(bytes[bytes.startIndex]) << 8 | UInt16(bytes[bytes.startIndex + 1])
        }
        return nil
    }
}
