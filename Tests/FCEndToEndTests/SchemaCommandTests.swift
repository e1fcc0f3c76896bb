import Foundation
import Testing

/// `fcdoc schema KIND` prints the schema in `schemas/` exactly: it is compiled into the program.
@Suite("End to end: fcdoc schema")
struct SchemaCommandTests {
    @Test(arguments: ["centre", "county", "report"])
    func printsTheRepositorysSchema(kind: String) throws {
        let outcome = try Harness.fcdoc("schema", kind)
        let file = Harness.packageRoot.appendingPathComponent("schemas/\(kind).schema.json")
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
        #expect(Data(outcome.stdout.utf8) == (try Data(contentsOf: file)))
    }

    @Test func anUnknownKindIsRefused() throws {
        let outcome = try Harness.fcdoc("schema", "centrum")
        #expect(outcome.status != 0)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("centrum"), "\(outcome.stderr)")
    }
}
