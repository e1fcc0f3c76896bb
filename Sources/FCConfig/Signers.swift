/// Who signs a centre's documents: the count of copies and their recipients follow from it.
extension CentreFile {
    /// The ids of the parties that sign, in the order their first signatory appears.
    public var signingPartyIDs: [String] {
        signatories.map(\.party.value).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// How many keep a copy of a document: every signing party, and for the samordnaravtal also
    /// every coordinator, who signs it too.
    public func signerCount(includingCoordinators: Bool) -> Int {
        signingPartyIDs.count + (includingCoordinators ? coordinator.persons.count : 0)
    }
}
