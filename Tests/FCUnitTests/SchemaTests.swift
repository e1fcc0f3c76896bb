import FCReport
import Foundation
import Testing

@testable import FCConfig

@Suite("JSON Schema: in step with the loader, and checked against the fixtures")
struct SchemaTests {
    let schema: [String: Any] = {
        let url = TestPaths.packageRoot.appendingPathComponent("schemas/centre.schema.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }()

    func keys(_ object: Any?) -> Set<String> {
        SchemaKeys.of(object)
    }

    func definition(_ name: String) -> Any? {
        (schema["$defs"] as? [String: Any])?[name]
    }

    @Test func theSchemaKnowsExactlyTheKeysTheLoaderKnows() {
        let properties = schema["properties"] as? [String: Any]
        #expect(keys(schema) == Set(CentreReader.topKeys))
        #expect(keys(properties?["centre"]) == Set(CentreReader.centreKeys))
        #expect(keys(definition("party")) == Set(CentreReader.partyKeys))
        #expect(keys(definition("person")) == Set(CentreReader.personKeys))
        #expect(keys((properties?["signatories"] as? [String: Any])?["items"]) == Set(CentreReader.signatoryKeys))
        #expect(keys(properties?["coordinator"]) == Set(CentreReader.coordinatorKeys))
        #expect(keys(properties?["agreement"]) == Set(CentreReader.agreementKeys))
        #expect(keys(properties?["follow_up"]) == Set(CentreReader.followUpKeys))
    }

    @Test func theKeyListsAreTheCatalogues() throws {
        let taskKeys = try #require((definition("taskKey") as? [String: Any])?["enum"] as? [String])
        #expect(Set(taskKeys) == Set(CoordinatorTasks.allKeys).union(CoordinatorTasks.mergedKeys.keys))
        let url = TestPaths.packageRoot.appendingPathComponent("schemas/report.schema.json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let selfReflection = (report["properties"] as? [String: Any])?["self_reflection"] as? [String: Any]
        let answers = (selfReflection?["properties"] as? [String: Any])?["answers"] as? [String: Any]
        let statement =
            ((answers?["items"] as? [String: Any])?["properties"] as? [String: Any])?["statement"] as? [String: Any]
        #expect(statement?["examples"] as? [String] == SelfReflection.catalogue.map(\.key))
    }

    @Test func theReportDocListsEveryQuestionAndStatement() throws {
        let doc = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/report-file.md"), encoding: .utf8)
        for question in SurveyQuestions.builtIn {
            #expect(doc.contains("| `\(question.key)` | \(question.goal) | \(question.text) |"), "\(question.key)")
        }
        for statement in SelfReflection.catalogue {
            #expect(doc.contains("| \(statement.area) | `\(statement.key)` | \(statement.text) |"), "\(statement.key)")
        }
    }

    @Test func fixturesPassTheSchemaAndInvalidOnesFailIt() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.packageRoot.appendingPathComponent("scripts/check-schema.py").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(log)")
        #expect(log.contains("ok   fixtures/vindeln.yaml is accepted"))
    }
}

@Suite("JSON Schema for county files: in step with the loader")
struct CountySchemaTests {
    @Test func theCountySchemaKnowsExactlyTheKeysTheLoaderKnows() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("schemas/county.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let keys = SchemaKeys.of
        let properties = schema["properties"] as? [String: Any]
        #expect(keys(schema) == Set(CountyReader.topKeys))
        #expect(keys(properties?["county"]) == Set(CountyReader.countyKeys))
        #expect(keys(properties?["coordinator"]) == Set(CountyReader.coordinatorKeys))
        #expect(keys(properties?["cost"]) == Set(CountyReader.costKeys))
        #expect(keys(properties?["population"]) == Set(CountyReader.populationKeys))
        #expect(keys((properties?["municipalities"] as? [String: Any])?["items"]) == Set(CountyReader.municipalityKeys))
    }
}

@Suite("JSON Schema for report files: in step with the loader")
struct ReportSchemaTests {
    @Test func theReportSchemaKnowsExactlyTheKeysTheLoaderKnows() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("schemas/report.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let keys = SchemaKeys.of
        func items(_ object: Any?) -> Any? { (object as? [String: Any])?["items"] }
        let properties = schema["properties"] as? [String: Any]
        #expect(keys(schema) == Set(ReportReader.topKeys))
        #expect(keys(properties?["description"]) == Set(ReportReader.descriptionKeys))
        #expect(keys(properties?["statistics"]) == Set(ReportReader.statisticsKeys))
        #expect(keys(properties?["goals"]) == Set(ReportReader.goalKeys))
        #expect(keys(items(properties?["previous_priorities"])) == Set(ReportReader.reviewKeys))
        #expect(keys(items(properties?["quotes"])) == Set(ReportReader.quoteKeys))
        #expect(keys(items(properties?["priorities"])) == Set(ReportReader.priorityKeys))
        #expect(keys(properties?["survey"]) == Set(ReportReader.surveyKeys))
        #expect(keys(properties?["self_reflection"]) == Set(ReportReader.selfReflectionKeys))
    }
}

/// The property names a schema object declares.
enum SchemaKeys {
    static func of(_ object: Any?) -> Set<String> {
        Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }
}
