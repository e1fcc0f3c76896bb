import FCConfig
import FCRender
import Foundation
import Testing

@testable import FCTemplates
@testable import FCValidation

@Suite("Templates: coordinator contract and county agreement values")
struct ContractContextTests {
    func config(_ name: String) throws -> ConfigFile {
        try #require(ConfigCheck.run(path: TestPaths.fixture(name)).config)
    }

    @Test func termsEndTheDayBeforeTheAnniversary() throws {
        #expect(try #require(ISODate("2026-01-01")).termEnd(years: 3).description == "2028-12-31")
        #expect(try #require(ISODate("2026-03-01")).termEnd(years: 3).description == "2029-02-28")
        #expect(try #require(ISODate("2027-03-01")).termEnd(years: 1).description == "2028-02-29")
        #expect(try #require(ISODate("2024-02-29")).addingYears(1).description == "2025-02-28")
    }

    @Test func theContractListsTheChosenTasksInCatalogueOrder() throws {
        let file = try #require(try config("vindeln.yaml").centre)
        let context = try CoordinatorContext.make(file, copies: 4)
        let tasks = context.taskGroups.flatMap(\.tasks)
        #expect(tasks.count == 7)
        #expect(tasks.first == CoordinatorTasks.groups[0].tasks[0].text)
        #expect(context.endDateText == "28 februari 2029")
        #expect(context.termText == "tre år")
        #expect(context.noticePeriodText == "tre månader")
        let cost = try #require(context.cost)
        #expect(
            cost.shares.map(\.amountText) == [
                "33\u{00A0}334\u{00A0}kr", "33\u{00A0}333\u{00A0}kr", "33\u{00A0}333\u{00A0}kr",
            ])
        #expect(cost.totalText == "100\u{00A0}000\u{00A0}kr")
    }

    @Test func allButLeavesOutTheNamedTasksAndRotationFollowsTheOrder() throws {
        let file = try #require(try config("jamtlands-lan/ostersund-lugnvik.yaml").centre)
        let context = try CoordinatorContext.make(file, copies: 4)
        let tasks = context.taskGroups.flatMap(\.tasks)
        #expect(tasks.count == CoordinatorTasks.allKeys.count - 1)
        #expect(!tasks.contains("Vara barnrättsombud."))
        let schedule = try #require(context.cost?.schedule)
        #expect(schedule.map(\.year) == ["2026", "2027", "2028"])
        #expect(schedule.first?.party == "Primärvården, Lugnviks hälsocentral (Region Jämtland Härjedalen)")
    }

    @Test func theCountyTableIsExactAndInSwedishFormat() throws {
        let file = try #require(try config("jonkopings-lan/county.yaml").county)
        let context = try CountyContext.make(file)
        let rows = context.rows
        #expect(rows.count == 13)
        let amounts = rows.compactMap { Int($0.amountText.filter(\.isNumber)) }
        #expect(amounts.reduce(0, +) == 250_000)
        #expect(rows.first?.populationText == "6\u{00A0}797")
        #expect(rows.first?.shareText == "1,8\u{00A0}%")
        #expect(context.scopeText == "en halvtidstjänst")
        #expect(context.isEqualSplit == true)
        #expect(CountyContext.percent(1, of: 3) == "33,3\u{00A0}%")
        #expect(CountyContext.percent(0, of: 0) == "0,0\u{00A0}%")
    }

    @Test func everyDocumentRendersWithoutPlaceholders() throws {
        for (name, kinds) in [
            ("vindeln.yaml", DocumentKind.forCentres),
            ("jamtlands-lan/ostersund-lugnvik.yaml", DocumentKind.forCentres),
            ("jamtlands-lan/county.yaml", DocumentKind.forCounties),
        ] {
            let config = try config(name)
            for kind in kinds {
                let text = try DocumentRenderer().document(DocumentPlan.make(kind, from: config)).plainText
                for placeholder in ["fyll i", "XX", "ange namn", "aktuell familjecentral", "{{", "}}"] {
                    #expect(!text.contains(placeholder), "\(name) \(kind) contains \(placeholder)")
                }
            }
        }
    }

    @Test func mergedTasksAreOneTaskAndTheirOldKeysStillWork() throws {
        let texts = CoordinatorTasks.groups.flatMap(\.tasks).map(\.text)
        #expect(Set(texts).count == texts.count)
        // Each phrase the seeds repeated is in exactly one task now.
        for phrase in [
            "fördela gemensamma arbetsuppgifter", "verksamhetsberättelse", "hemsida", "studiebesök",
            "introduktion av nyanställd", "husmöten",
        ] {
            #expect(texts.filter { $0.lowercased().contains(phrase) }.count == 1, "\(phrase)")
        }
        for (old, new) in CoordinatorTasks.mergedKeys {
            #expect(!CoordinatorTasks.allKeys.contains(old))
            #expect(CoordinatorTasks.allKeys.contains(new))
        }
        let location = SourceLocation(file: "f.yaml", line: 1, column: 1)
        let chosen = CoordinatorContext.taskGroups(
            .only([Located("arshjul", at: location), Located("husmoten", at: location)]), hasSteeringGroup: true
        )
        .flatMap(\.tasks)
        #expect(
            chosen == [
                CoordinatorTasks.groups[0].tasks.first { $0.key == "verksamhetsplan" }!.text,
                CoordinatorTasks.groups[1].tasks.first { $0.key == "familjecentralsmoten" }!.text,
            ])
        let sink = DiagnosticSink()
        CoordinatorRules.checkTasks(
            .only([Located("verksamhetsplan", at: location), Located("arshjul", at: location)]), sink: sink)
        #expect(
            sink.diagnostics.map(\.message.en) == [
                "coordinator task 'arshjul' is part of 'verksamhetsplan', which is already listed"
            ])
    }
}
