import Foundation

/// Finds a helper program (LibreOffice, pdftotext) on `PATH`.
public enum ProgramFinder {
    /// The first of `names` found in a `PATH` folder, or `nil`.
    public static func find(_ names: [String], environment: [String: String] = ProcessInfo.processInfo.environment)
        -> URL?
    {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }
}
