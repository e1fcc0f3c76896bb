/// Splits a whole number of kronor between parties in proportion to their weights, so that the
/// parts add up exactly to the total (largest-remainder method, Hamilton's method).
///
/// Each party first gets its exact share rounded down; the kronor left over (fewer than the
/// number of parties) go one each to the parties whose exact shares lost most in rounding.
/// Ties are broken by the larger weight first, then by the order the parties were given in, so
/// the result is deterministic and a larger weight never pays less than a smaller one. Every
/// part is its exact share rounded down or up. Arithmetic is exact (128-bit intermediate
/// products), so no floating point can make a krona appear or vanish.
public enum Apportionment {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case negativeTotal(Int)
        case negativeWeight(index: Int, weight: Int)
        case noWeight

        public var description: String {
            switch self {
            case .negativeTotal(let total): return "the total \(total) is negative"
            case .negativeWeight(let index, let weight): return "weight \(weight) of party \(index + 1) is negative"
            case .noWeight: return "there is nothing to share by: every weight is zero"
            }
        }
    }

    /// The parts of `total` for each weight, in the order given.
    public static func split(_ total: Int, by weights: [Int]) throws -> [Int] {
        guard total >= 0 else { throw Problem.negativeTotal(total) }
        if let index = weights.firstIndex(where: { $0 < 0 }) {
            throw Problem.negativeWeight(index: index, weight: weights[index])
        }
        guard !weights.isEmpty else { return [] }
        let sum = weights.reduce(0, +)
        guard sum > 0 else {
            if total == 0 { return weights.map { _ in 0 } }
            throw Problem.noWeight
        }
        var parts: [Int] = []
        var remainders: [Int] = []
        for weight in weights {
            let product = total.multipliedFullWidth(by: weight)
            let (quotient, remainder) = sum.dividingFullWidth(product)
            parts.append(quotient)
            remainders.append(remainder)
        }
        let leftover = total - parts.reduce(0, +)
        let order = weights.indices.sorted { a, b in
            if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
            if weights[a] != weights[b] { return weights[a] > weights[b] }
            return a < b
        }
        for index in order.prefix(leftover) { parts[index] += 1 }
        return parts
    }
}
