import Foundation

/// The example files `fcdoc init` writes, shipped with the templates.
public enum ExampleFiles {
    /// The commented example for a file kind: `centre` or `county`.
    public static func example(kind: String) -> Data? {
        Bundle.module.url(forResource: "examples", withExtension: nil)
            .flatMap { FileManager.default.contents(atPath: $0.appendingPathComponent("\(kind).yaml").path) }
    }
}
