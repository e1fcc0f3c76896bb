import Foundation

/// The example files `fcdoc init` writes, shipped with the templates.
public enum ExampleFiles {
    public static var centre: Data? {
        Bundle.module.url(forResource: "examples", withExtension: nil)
            .flatMap { FileManager.default.contents(atPath: $0.appendingPathComponent("centre.yaml").path) }
    }
}
