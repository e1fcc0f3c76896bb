import FCDocument

/// The words every writer prints at the foot of a document: which copy, and its fingerprint.
/// Page numbers are added by writers that have pages.
enum FooterText {
    static func line(for metadata: DocumentMetadata) -> String? {
        let parts = [metadata.copyLabel, metadata.fingerprint.map { "Kontrollsumma \($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
