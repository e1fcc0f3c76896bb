import FCConfig
import FCDocument
import Foundation
import Testing

@testable import FCRender
@testable import FCTemplates

@Suite("Templates: every name a template uses exists in its values")
struct TemplateContractTests {
    static let agreement = AgreementContext.Values.shape

    func check(_ template: String, _ shape: ValueShape = agreement) -> [Diagnostic] {
        TemplateContract.check(template, path: "samverkansavtal.md", against: shape)
    }

    /// Every fixture that loads, with every document it gives, renders through the checked templates.
    static let fixtures =
        [
            "vindeln.yaml", "hostile.yaml", "jamtlands-lan/ostersund-lugnvik.yaml", "jamtlands-lan/county.yaml",
            "jonkopings-lan/county.yaml", "reports/vindeln-2024.yaml", "reports/vindeln-2025.yaml",
        ]
        + ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.fixture("jamtlands-lan/reports"))) ?? [])
        .filter { $0.hasSuffix(".yaml") }.map { "jamtlands-lan/reports/\($0)" }

    @Test(arguments: fixtures)
    func theBuiltInTemplatesUseOnlyNamesTheirValuesHave(fixture: String) throws {
        let check = ConfigCheck.run(path: TestPaths.fixture(fixture))
        let config = try #require(check.config, "\(check.diagnostics)")
        for kind in DocumentKind.all(for: config) {
            let plan = try DocumentPlan.make(kind, from: config, report: check.reportData)
            let template = try TemplateSet().template(named: kind.templateName)
            #expect(template.unknownNames(in: shape(of: plan.context)).isEmpty, "\(fixture) \(kind)")
            _ = try DocumentRenderer().document(plan)
        }
    }

    func shape<Values: TemplateValues>(of values: Values) -> ValueShape { Values.shape }

    @Test func theTypedTemplatesAreCheckedWithoutAnyData() throws {
        for (kind, shape) in TemplateValuesList.documents {
            let template = try TemplateSet().template(named: kind.templateName)
            #expect(template.unknownNames(in: shape).isEmpty, "\(kind)")
        }
    }

    @Test func anUnknownNameIsAnErrorAtItsPlaceWithWhatIsThere() throws {
        let diagnostics = check("# {{title}}\n\nText.\nFör {{centre.nmae}}.\n")
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.description == "samverkansavtal.md:4:14")
        #expect(diagnostic.message.en.contains("'nmae' in {{centre.nmae}}"))
        #expect(diagnostic.message.en.contains("(did you mean 'name'?)"))
        #expect(diagnostic.message.en.hasSuffix("'centre' has name, municipality, region, county, address"))
    }

    @Test func namesResolveAsMustacheDoesInsideSections() {
        // Inside a list its elements' names, and outwards the names around it.
        #expect(check("{{#parties}}{{unit}} {{centre.name}} {{title}}{{/parties}}").isEmpty)
        #expect(
            check("{{#steering_group}}{{#members}}{{name}}{{/members}}{{custom_duties}}{{/steering_group}}").isEmpty)
        #expect(check("{{#catchment_area_paragraphs}}{{.}}{{/catchment_area_paragraphs}}").isEmpty)
        #expect(check("{{#coordinator.has_scope}}{{coordinator.scope_text}}{{/coordinator.has_scope}}").isEmpty)
        #expect(check("{{^services}}inga{{/services}}{{! {{kommentar}} }}{{{title}}}{{&title}}").isEmpty)
        // A name of the list's elements is unknown outside it, and a field of a text is nothing.
        #expect(check("{{#parties}}{{/parties}}{{unit}}").map(\.location.column) == [27])
        #expect(check("{{title.length}}").count == 1)
        let inList = check("{{#parties}}\n- {{organisation}}, {{untit}}\n{{/parties}}\n")
        #expect(inList.map(\.location.line) == [2])
        #expect(inList.first?.message.en.contains("(did you mean 'unit'?)") == true)
        #expect(inList.first?.message.en.contains("available here: organisation, unit, type_label") == true)
    }

    @Test func everyUnknownNameIsReportedOnce() {
        let diagnostics = check("{{titel}}\n{{#partys}}{{whatever}}{{/partys}}\n{{centre.nmae}}\n")
        #expect(diagnostics.map(\.location.line) == [1, 2, 3])
    }

    @Test func namesInListsAreCheckedByTheirTypeEvenWhenTheListIsEmpty() {
        let report = ReportContext.Values.shape
        #expect(
            TemplateContract.check(
                "{{title}}{{#quotes}}{{text}}{{gender}}{{/quotes}}{{centre.name}}", path: "t.md", against: report
            ).isEmpty)
        #expect(TemplateContract.check("{{#quotes}}{{txet}}{{/quotes}}", path: "t.md", against: report).count == 1)
        #expect(TemplateContract.check("{{centre.nmae}}", path: "t.md", against: report).count == 1)
    }

    /// Each name the shape lists is in the rendered values (an absent record is left out).
    @Test func everyListedNameResolvesOnTheValues() throws {
        let file = try #require(ConfigCheck.run(path: TestPaths.fixture("jamtlands-lan/ostersund-lugnvik.yaml")).centre)
        let values: [any TemplateValues] = [
            AgreementContext.make(file, copies: 3), try CoordinatorContext.make(file, copies: 4),
            CoordinationFunctionContext.make(file),
        ]
        for value in values {
            guard case .record(let fields) = shape(of: value) else {
                Issue.record("not a record")
                continue
            }
            for field in fields where field.name != "cost" {
                #expect(value.rendered[field.name] != nil, "\(type(of: value)).\(field.name)")
            }
        }
    }

    @Test func anOverrideTemplateIsCheckedWhenItIsLoaded() throws {
        let folder = TestPaths.temporaryFolder()
        try "# {{title}}\n\nVårt avtal.\n{{centre.nmae}}\n".write(
            to: folder.appendingPathComponent("samverkansavtal.md"),
            atomically: true, encoding: .utf8)
        let file = try #require(ConfigCheck.run(path: TestPaths.fixture("vindeln.yaml")).centre)
        #expect {
            try TemplateSet(overrideDirectory: folder.path).template(
                named: "samverkansavtal",
                for: AgreementContext.make(file, copies: 3))
        } throws: { error in
            guard case TemplateSet.LoadError.unknownNames(let diagnostics) = error else { return false }
            return diagnostics.count == 1 && diagnostics[0].location.file.hasSuffix("samverkansavtal.md")
                && diagnostics[0].location.line == 4 && diagnostics[0].message.en.contains("'nmae'")
        }
    }

    @Test func theDocumentedTemplateValuesAreTheCodes() throws {
        let documented = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/template-values.md"),
            encoding: .utf8)
        #expect(
            documented.hasSuffix(TemplateValuesList.markdown()),
            "docs/template-values.md is out of date: run fcdoc template-values and paste its output")
    }
}

/// Every stored value of a context is one of its template fields: a property added to a
/// `TemplateValues` struct without a field would be invisible to its template.
@Suite("Templates: every value a context holds is a field its template can name")
struct TemplateFieldCompletenessTests {
    @Test(arguments: ["vindeln.yaml", "jamtlands-lan/ostersund-lugnvik.yaml", "reports/vindeln-2025.yaml"])
    func everyStoredValueIsAField(fixture: String) throws {
        let check = ConfigCheck.run(path: TestPaths.fixture(fixture))
        let config = try #require(check.config)
        for kind in DocumentKind.all(for: config) {
            let plan = try DocumentPlan.make(kind, from: config, report: check.reportData)
            expectFields(of: plan.context, "\(fixture) \(kind)")
        }
        for plan in [try DocumentPlan.form(.formularSjalvreflektion), try DocumentPlan.form(.formularForaldraenkat)] {
            expectFields(of: plan.context, "\(plan.kind)")
        }
    }

    /// Each property (in snake_case) is a key of the rendered values, or a part whose own
    /// fields are (the forms' heading); nested values are checked the same way.
    func expectFields(of values: any TemplateValues, _ place: String) {
        let rendered = values.rendered
        for child in Mirror(reflecting: values).children {
            guard let label = child.label else { continue }
            let name = label.replacing(/[A-Z]/) { "_" + $0.output.lowercased() }
            if let part = child.value as? any TemplateValues, rendered[name] == nil {
                let fields = Set(part.rendered.keys)
                #expect(fields.isSubset(of: rendered.keys), "\(place): \(label)")
                continue
            }
            let present =
                Mirror(reflecting: child.value).displayStyle != .optional
                || Mirror(reflecting: child.value).children.first != nil
            #expect(!present || rendered[name] != nil, "\(place): \(label) has no field '\(name)'")
            if let part = child.value as? any TemplateValues { expectFields(of: part, "\(place).\(label)") }
            if let list = child.value as? [any TemplateValues], let first = list.first {
                expectFields(of: first, "\(place).\(label)")
            }
        }
    }
}
