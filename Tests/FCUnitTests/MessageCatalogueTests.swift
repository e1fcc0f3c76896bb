import FCConfig
import Testing

@Suite("Messages: every kind in Swedish and in English")
struct MessageCatalogueTests {
    /// Every kind of message has a sample, so every kind is checked below.
    @Test func everyKindHasASample() {
        let sampled = Set(MessageSamples.all.map(\.code))
        let missing = MessageCode.allCases.filter { !sampled.contains($0) }
        #expect(missing.isEmpty, "kinds without a sample in MessageSamples: \(missing.map(\.rawValue))")
    }

    @Test(arguments: MessageSamples.all)
    func bothTextsAreWrittenAndDiffer(message: Message) {
        #expect(!message.sv.isEmpty && !message.en.isEmpty, "\(message.code.rawValue)")
        #expect(message.sv != message.en, "\(message.code.rawValue) has no Swedish text of its own: \(message.sv)")
    }

    /// The Swedish texts are Swedish: none of the English words every English message uses,
    /// and ”…” quotes, not the English messages' '…'.
    @Test(arguments: MessageSamples.all)
    func theSwedishTextIsSwedish(message: Message) {
        let words = message.sv.lowercased().split { !$0.isLetter }.map(String.init)
        let english: Set = ["the", "is", "must", "should", "and", "found", "expected", "line", "missing", "with"]
        #expect(Set(words).isDisjoint(with: english), "\(message.code.rawValue): \(message.sv)")
        #expect(!message.sv.contains("'"), "\(message.code.rawValue): \(message.sv)")
    }

    @Test func codesAreStableNames() {
        for code in MessageCode.allCases {
            #expect(
                code.rawValue.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "." || $0 == "-" }, "\(code.rawValue)"
            )
        }
        #expect(Set(MessageCode.allCases.map(\.rawValue)).count == MessageCode.allCases.count)
    }

    @Test func textPicksTheLanguage() {
        let message = Message.yamlTab(line: 3, column: 1)
        #expect(message.text(in: .sv) == message.sv && message.text(in: .en) == message.en)
        #expect(message.code == .yamlTab)
    }

    @Test func swedishNumbersHaveNoBreakSpaces() {
        #expect(Wording.number(20_000) == "20\u{00A0}000")
        #expect(Wording.number(1_234_567) == "1\u{00A0}234\u{00A0}567")
        #expect(Wording.number(999) == "999")
        #expect(Wording.number(-1_500) == "-1\u{00A0}500")
    }
}
