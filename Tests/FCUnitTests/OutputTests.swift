import Foundation
import Testing

@testable import FCOutput

@Suite("Output: atomic writes inside the output folder")
struct OutputTests {
    func contents(_ folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return (enumerator?.allObjects as? [String] ?? []).sorted()
    }

    @Test func writesFilesAndReportsUnchangedOnes() throws {
        let root = TestPaths.temporaryFolder()
        let output = OutputFolder(path: root.path)
        let files = [
            OutputFile(relativePath: "a/x.txt", data: Data("1".utf8)),
            OutputFile(relativePath: "a/y.txt", data: Data("2".utf8)),
        ]
        let first = try output.write(files)
        #expect(first.written.count == 2)
        let second = try output.write(files)
        #expect(second.written.isEmpty)
        #expect(second.unchanged.count == 2)
        #expect(contents(root) == ["a", "a/x.txt", "a/y.txt"])
    }

    @Test(arguments: ["../x", "/etc/x", "a/../../x", "", "a//b", "./x"])
    func pathsThatLeaveTheFolderAreRefused(path: String) {
        let root = TestPaths.temporaryFolder()
        #expect(throws: OutputFolder.OutputError.self) {
            try OutputFolder(path: root.path).write([OutputFile(relativePath: path, data: Data())])
        }
    }

    @Test func aLinkOutOfTheFolderIsRefused() throws {
        let root = TestPaths.temporaryFolder()
        let elsewhere = TestPaths.temporaryFolder()
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("centre"), withDestinationURL: elsewhere)
        #expect(throws: OutputFolder.OutputError.self) {
            try OutputFolder(path: root.path).write([OutputFile(relativePath: "centre/x.odt", data: Data("x".utf8))])
        }
        #expect(contents(elsewhere).isEmpty)
    }

    @Test func aFailedRunLeavesEarlierFilesAndNoPartialFiles() throws {
        let root = TestPaths.temporaryFolder()
        let output = OutputFolder(path: root.path)
        try output.write([OutputFile(relativePath: "c/a.txt", data: Data("old".utf8))])
        // The second file cannot be written: its folder name is taken by a file.
        try Data().write(to: root.appendingPathComponent("blocked"))
        #expect(throws: (any Error).self) {
            try output.write([
                OutputFile(relativePath: "c/a.txt", data: Data("new".utf8)),
                OutputFile(relativePath: "blocked/b.txt", data: Data("b".utf8)),
            ])
        }
        #expect(FileManager.default.contents(atPath: root.appendingPathComponent("c/a.txt").path) == Data("old".utf8))
        #expect(contents(root) == ["blocked", "c", "c/a.txt"])
    }

    @Test func aMissingConverterSaysHowToInstallIt() {
        #expect {
            try PDFConverter.find(environment: ["PATH": "/nonexistent"])
        } throws: { error in
            "\(error)".contains("apt-get install libreoffice-writer-nogui")
        }
    }
}
