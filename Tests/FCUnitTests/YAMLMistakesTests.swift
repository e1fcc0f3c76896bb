import Foundation
import Testing

@testable import FCConfig

@Suite("YAML mistakes: the line scan finds nothing in valid files")
struct YAMLMistakesTests {
    static let validFiles: [String] = {
        let root = TestPaths.packageRoot
        let folders = [
            "fixtures", "fixtures/reports", "fixtures/jamtlands-lan", "fixtures/jamtlands-lan/reports",
            "fixtures/jonkopings-lan", "Sources/FCTemplates/Resources/examples",
        ]
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { "\(folder)/\($0)" }
        }.sorted()
    }()

    @Test func thereAreValidFiles() {
        #expect(Self.validFiles.count >= 8)
    }

    /// The scan runs only on files the parser refused, but it must not mistake valid YAML for a
    /// mistake, or it would point before the real one.
    @Test(arguments: validFiles)
    func validYAMLHasNoMistake(path: String) throws {
        // The built-in examples hold placeholders (@CENTRE@, @YEAR@) that `fcdoc init` fills in.
        let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent(path), encoding: .utf8)
            .replacingOccurrences(of: "@[A-Z]+@", with: "2025", options: .regularExpression)
        let finding = YAMLMistakes.first(in: text, upTo: Int.max)
        #expect(finding == nil, "\(path):\(finding?.line ?? 0): \(finding?.message.en ?? "")")
    }
}
