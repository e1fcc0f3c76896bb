import Crypto
import FCText
import Foundation

/// A short, readable SHA-256 of a document's canonical text, so the parties can see at a glance
/// that their signed copies say the same thing. Copy labels are metadata and do not count.
public enum Fingerprint {
    /// 20 hex digits in groups of four: `3F2A 9C1B 77D0 12EE 4A0B` (80 bits).
    public static func of(_ document: Document) -> String {
        let digest = SHA256.hash(data: Data(document.plainText.utf8))
        let hex = Hex.encode(digest.prefix(10), uppercase: true)
        var groups: [String] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 4)
            groups.append(String(hex[index..<next]))
            index = next
        }
        return groups.joined(separator: " ")
    }
}
