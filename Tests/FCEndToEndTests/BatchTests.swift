import Crypto
import Foundation
import Testing

@Suite("End to end: county batches", .serialized)
struct BatchTests {
    /// A county folder to work in: a fixture county, optionally with extra centres.
    func countyCopy(_ name: String) throws -> URL {
        let folder = Harness.temporaryFolder().appendingPathComponent(name)
        try FileManager.default.copyItem(at: Harness.packageRoot.appendingPathComponent("fixtures/\(name)"), to: folder)
        return folder
    }

    @Test func theFixtureCountiesRenderWithIndexAndManifest() throws {
        let out = Harness.temporaryFolder()
        for county in ["jamtlands-lan", "jonkopings-lan"] {
            let outcome = try Harness.fcdoc("batch", Harness.fixture(county), "--out", out.path, "--jobs", "2")
            #expect(outcome.status == 0, "\(county): \(outcome.stdout)\(outcome.stderr)")
            #expect(outcome.stdout.contains("Rendered"))
        }
        let files = Harness.files(in: out)
        #expect(files.contains("ostersund-lugnvik/verksamhetsberattelse-2025.odt"))
        #expect(files.contains("jamtlands-lan/lansrapport-2025.odt"))
        #expect(files.contains("jonkopings-lan/lanssamordnare.odt"))
        let odts = files.filter { $0.hasSuffix(".odt") }.map { out.appendingPathComponent($0) }
        let validation = try Oracles.validateODT(odts)
        #expect(validation.allValid, "\(validation.report)")
        // The manifest is the last county's; every file it lists has its size and hash.
        let manifest = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("manifest.json"))) as? [String: Any])
        let entries = try #require(manifest["files"] as? [[String: Any]])
        #expect(!entries.isEmpty)
        for entry in entries {
            let path = try #require(entry["path"] as? String)
            let data = try Data(contentsOf: out.appendingPathComponent(path))
            #expect(entry["size"] as? Int == data.count, "\(path)")
            #expect(
                entry["sha256"] as? String == SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined(),
                "\(path)")
        }
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("Jönköpings län"))
    }

    @Test func aBrokenCentreIsReportedWhileTheOthersRender() throws {
        let county = try countyCopy("jamtlands-lan")
        try FileManager.default.copyItem(
            atPath: Harness.fixture("invalid/bad-date.yaml"),
            toPath: county.appendingPathComponent("trasig.yaml").path)
        try FileManager.default.copyItem(
            atPath: Harness.fixture("vindeln.yaml"),
            toPath: county.appendingPathComponent("vindeln.yaml").path)
        let out = Harness.temporaryFolder()
        let outcome = try Harness.fcdoc("batch", county.path, "--out", out.path)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("trasig.yaml:38:15: error:"))
        // The failed centre by its name, its problems by file.
        #expect(outcome.stdout.contains("FAILED Björkby familjecentral"))
        #expect(outcome.stdout.contains("Rendered 3 of 4"))
        #expect(outcome.stdout.contains("No report for 2025: Vindelns familjecentral"))
        let files = Harness.files(in: out)
        #expect(files.contains("vindeln/samverkansavtal.odt"))
        #expect(files.contains("ostersund-lugnvik/samverkansavtal.odt"))
        #expect(!files.contains { $0.hasPrefix("bjorkby/") })
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("saknas"))
        #expect(index.contains("Björkby familjecentral"))
        #expect(index.contains("trasig.yaml:38:15"), "the problem at its place in the county folder")
        #expect(!index.contains(county.path), "never where the folder lies")
        let rollup = try String(
            contentsOf: out.appendingPathComponent("jamtlands-lan/lansrapport-2025.md"), encoding: .utf8)
        #expect(rollup.contains("Vindelns familjecentral: saknas"))
        // A second run changes nothing and says so.
        let again = try Harness.fcdoc("batch", county.path, "--out", out.path, "--quiet")
        #expect(again.stdout.contains(" 0 written"))
    }

    /// The Jämtland county with 60 more copies of its centre: a batch that takes a while.
    func largeCounty() throws -> URL {
        let county = try countyCopy("jamtlands-lan")
        let centre = try String(contentsOf: county.appendingPathComponent("ostersund-lugnvik.yaml"), encoding: .utf8)
        for number in 1...60 {
            try centre.replacingOccurrences(of: "id: ostersund-lugnvik", with: "id: centre-\(number)")
                .write(to: county.appendingPathComponent("centre-\(number).yaml"), atomically: true, encoding: .utf8)
        }
        return county
    }

    /// Starts a one-job batch, waits until `files` files are written, sends `signal` and waits
    /// for the end. Returns the exit status.
    func interruptedBatch(_ county: URL, out: URL, signal: Int32, afterFiles files: Int, log: FileHandle?) throws
        -> Int32
    {
        let process = Process()
        process.executableURL = Harness.fcdoc
        process.arguments = ["batch", county.path, "--out", out.path, "--jobs", "1"] + (log == nil ? ["--quiet"] : [])
        process.standardOutput = log ?? FileHandle.nullDevice
        process.standardError = log ?? FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while Harness.files(in: out).count < files, Date() < deadline, process.isRunning { usleep(20_000) }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func ctrlCStopsAfterTheRunningCentres() throws {
        let county = try largeCounty()
        let out = Harness.temporaryFolder()
        let log = out.appendingPathComponent("../ctrl-c.log").standardizedFileURL
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let status = try interruptedBatch(county, out: out, signal: SIGINT, afterFiles: 20, log: handle)
        try handle.close()
        let text = try String(contentsOf: log, encoding: .utf8)
        #expect(status == 130, "\(text)")
        #expect(text.contains("Interrupted"))
        let centres = Set(Harness.files(in: out).compactMap { $0.split(separator: "/").first.map(String.init) })
        #expect(centres.count < 61, "every centre was rendered")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    @Test func aKilledBatchLeavesWholeFilesOnly() throws {
        let county = try largeCounty()
        let out = Harness.temporaryFolder()
        // Kill it once some centres are written, long before all 61 are.
        _ = try interruptedBatch(county, out: out, signal: SIGKILL, afterFiles: 30, log: nil)
        let files = Harness.files(in: out)
        #expect(!files.isEmpty)
        #expect(!files.contains { $0.contains(".fcdoc-") || $0.hasSuffix(".tmp") }, "\(files)")
        for html in files.filter({ $0.hasSuffix(".html") }) {
            let text = try String(contentsOf: out.appendingPathComponent(html), encoding: .utf8)
            #expect(text.hasSuffix("</html>\n"), "\(html) is cut off")
        }
        let odts = files.filter { $0.hasSuffix(".odt") }.map { out.appendingPathComponent($0) }
        if !odts.isEmpty {
            let validation = try Oracles.validateODT(odts)
            #expect(validation.allValid, "\(validation.report)")
        }
    }
}
