import Testing

@testable import FCCostSharing

@Suite("Cost sharing: exact kronor, three methods")
struct CostSharingTests {
    @Test func theSeedsCountyExample() throws {
        // Seed 001: 500 tkr, the region 250 tkr, the municipalities the rest by population.
        let split = try CostSharing.population(
            total: 500_000, regionShare: 250_000,
            municipalities: [("A", 10_000), ("B", 20_000), ("C", 30_000)])
        #expect(split.regionAmount == 250_000)
        #expect(split.municipalities.map(\.amount) == [41_667, 83_333, 125_000])
        #expect(split.regionAmount + split.municipalTotal == 500_000)
    }

    @Test func leftoverKronorGoToTheLargestRemaindersThenTheLargerWeight() throws {
        #expect(try Apportionment.split(10, by: [1, 1, 1]) == [4, 3, 3])
        #expect(try Apportionment.split(100, by: [1, 2, 3]) == [17, 33, 50])
        // Equal remainders: the larger weight gets the krona.
        #expect(try Apportionment.split(1, by: [1, 1]) == [1, 0])
        #expect(try Apportionment.split(5, by: [2, 2, 3]) == [2, 1, 2])
    }

    @Test func edgeCases() throws {
        #expect(try Apportionment.split(999, by: [7]) == [999])
        #expect(try Apportionment.split(0, by: [3, 4]) == [0, 0])
        #expect(try Apportionment.split(0, by: [0, 0]) == [0, 0])
        #expect(try Apportionment.split(7, by: []) == [])
        #expect(try Apportionment.split(9, by: [5, 5, 5]) == [3, 3, 3])
        #expect(try Apportionment.split(10, by: [5, 5, 5]) == [4, 3, 3])
        #expect(throws: Apportionment.Problem.noWeight) { try Apportionment.split(5, by: [0, 0]) }
        #expect(throws: Apportionment.Problem.negativeTotal(-1)) { try Apportionment.split(-1, by: [1]) }
        #expect(throws: Apportionment.Problem.negativeWeight(index: 1, weight: -2)) {
            try Apportionment.split(3, by: [1, -2])
        }
        // Large numbers do not overflow.
        let big = try Apportionment.split(Int.max / 2, by: [Int.max / 3, Int.max / 3, 1])
        #expect(big.reduce(0, +) == Int.max / 2)
    }

    @Test func equalSharesAndRotation() throws {
        #expect(try CostSharing.equal(total: 100, payers: ["a", "b", "c"]).map(\.amount) == [34, 33, 33])
        #expect(try CostSharing.equal(total: 60_000, payers: ["a"]).map(\.amount) == [60_000])
        let turns = CostSharing.rotating(
            total: 40_000, order: ["region", "bou", "soc"], firstYear: 2026, lastYear: 2030)
        #expect(turns.map(\.payer) == ["region", "bou", "soc", "region", "bou"])
        #expect(turns.map(\.year) == [2026, 2027, 2028, 2029, 2030])
        #expect(turns.allSatisfy { $0.amount == 40_000 })
        #expect(CostSharing.rotating(total: 1, order: [], firstYear: 2026, lastYear: 2027).isEmpty)
    }

    @Test func aRegionShareAboveTheTotalIsRefused() {
        #expect(throws: CostSharing.PopulationProblem.regionShareAboveTotal(regionShare: 600, total: 500)) {
            try CostSharing.population(total: 500, regionShare: 600, municipalities: [("A", 1)])
        }
    }

    @Test func propertiesHoldForRandomPopulationsAndTotals() throws {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...20, using: &generator)
            let weights = (0..<count).map { _ in Int.random(in: 1...1_000_000, using: &generator) }
            let total = Int.random(in: 0...10_000_000, using: &generator)
            let parts = try Apportionment.split(total, by: weights)
            let sum = weights.reduce(0, +)
            #expect(parts.reduce(0, +) == total)
            for index in weights.indices {
                // Each part is its exact share rounded down or up.
                let exactFloor = total.multipliedFullWidth(by: weights[index])
                let floor = sum.dividingFullWidth(exactFloor).quotient
                #expect(parts[index] == floor || parts[index] == floor + 1)
                for other in weights.indices where weights[index] > weights[other] {
                    #expect(parts[index] >= parts[other], "a larger population paid less")
                }
            }
            // Same input, same answer.
            #expect(try Apportionment.split(total, by: weights) == parts)
        }
    }
}
