import Foundation

/// "Did you mean …?" for near-misses: the closest candidate by edit distance, if close enough.
public enum Suggestion {
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let folded = fold(word)
        guard !folded.isEmpty else { return nil }
        var best: (candidate: String, distance: Int, prefix: Int)?
        for candidate in candidates {
            let other = fold(candidate)
            let distance = editDistance(folded, other)
            let prefix = zip(folded, other).prefix { $0 == $1 }.count
            // Among equally near candidates, the one sharing the longest beginning wins.
            let isBetter =
                best.map { distance < $0.distance || (distance == $0.distance && prefix > $0.prefix) } ?? true
            if isBetter { best = (candidate, distance, prefix) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, folded.count / 3))
        if best.distance <= allowed { return best.candidate }
        // A word that is the start of exactly one candidate ("halsofranjande" → "halsofranjande-arena").
        let extensions = candidates.filter { folded.count >= 4 && fold($0).starts(with: folded) }
        return extensions.count == 1 ? extensions[0] : nil
    }

    /// How many edits apart two texts are, ignoring case and diacritics: for naming the nearest
    /// of candidates however far.
    public static func distance(_ a: String, _ b: String) -> Int {
        editDistance(fold(a), fold(b))
    }

    /// Lower-case and without diacritics, so `barnhalsovard` is one step from nothing.
    static func fold(_ text: String) -> [Character] {
        Array(text.lowercased().folding(options: .diacriticInsensitive, locale: nil))
    }

    /// Edit distance where swapping two neighbouring letters counts as one edit ("nmae" → "name").
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
