import Foundation

/// One file to be written, relative to the output folder.
public struct OutputFile: Sendable {
    public var relativePath: String
    public var data: Data

    public init(relativePath: String, data: Data) {
        self.relativePath = relativePath
        self.data = data
    }
}

/// Writes a run's files into the output folder so that a failure never leaves half a result:
/// every file goes to a temporary file beside its target first, and only when all are written
/// are they renamed into place (a rename within a folder is atomic). Nothing is written
/// outside the folder: paths with `..`, absolute paths and links out of it are refused.
public struct OutputFolder {
    public let root: URL

    public enum OutputError: Error, CustomStringConvertible {
        case unsafePath(String)
        case outsideFolder(path: String, root: String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .unsafePath(let path):
                return "refusing to write '\(path)': output paths must stay inside the output folder"
            case .outsideFolder(let path, let root):
                return "refusing to write '\(path)': it resolves outside the output folder \(root) (through a link)"
            case .cannotWrite(let path, let reason):
                return "cannot write \(path): \(reason)"
            }
        }
    }

    public init(path: String) {
        root = URL(fileURLWithPath: path).standardizedFileURL
    }

    public struct Report: Sendable {
        /// Files whose content changed or that are new.
        public var written: [URL] = []
        /// Files that already held exactly these bytes and were left alone.
        public var unchanged: [URL] = []
    }

    @discardableResult
    public func write(_ files: [OutputFile]) throws -> Report {
        var staged: [(file: StagedFile, target: URL)] = []
        var report = Report()
        defer { for item in staged { item.file.discard() } }
        var checkedFolders = CheckedFolders()
        for file in files {
            let target = try resolve(file.relativePath, checked: &checkedFolders)
            if FileManager.default.contents(atPath: target.path) == file.data {
                report.unchanged.append(target)
                continue
            }
            do {
                staged.append((try StagedFile(file.data, in: target.deletingLastPathComponent()), target))
            } catch {
                throw OutputError.cannotWrite(path: target.path, reason: "\(error)")
            }
        }
        // Only now, with every file's bytes on disk, do names change: one file at a time.
        for item in staged {
            do {
                try item.file.publish(as: item.target)
            } catch {
                throw OutputError.cannotWrite(path: item.target.path, reason: "\(error)")
            }
            report.written.append(item.target)
        }
        return report
    }

    /// Folders already created and checked in one `write`: a centre's dozen files share one, and
    /// resolving links walks every component of the path.
    struct CheckedFolders {
        var realRoot: String?
        var folders: Set<String> = []
    }

    /// The absolute target of `relativePath`, creating its folders, checked to lie inside `root`.
    func resolve(_ relativePath: String, checked: inout CheckedFolders) throws -> URL {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.hasPrefix("/"), !components.isEmpty,
            components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") })
        else {
            throw OutputError.unsafePath(relativePath)
        }
        let target = components.reduce(root) { $0.appendingPathComponent(String($1)) }
        let folder = target.deletingLastPathComponent()
        guard !checked.folders.contains(folder.path) else { return target }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotWrite(path: folder.path, reason: error.localizedDescription)
        }
        let realRoot = checked.realRoot ?? root.resolvingSymlinksInPath().path
        checked.realRoot = realRoot
        let realFolder = folder.resolvingSymlinksInPath().path
        guard realFolder == realRoot || realFolder.hasPrefix(realRoot + "/") else {
            throw OutputError.outsideFolder(path: relativePath, root: root.path)
        }
        checked.folders.insert(folder.path)
        return target
    }
}
