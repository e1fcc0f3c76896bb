import FCConfig
import FCRender
import Foundation
import Testing

@testable import FCValidation

@Suite("Privacy: personal data in free text")
struct PrivacyTests {
    @Test(arguments: ["811218-9876", "8112189876", "19811218-9876", "198112189876", "121212+1212"])
    func personalNumbersWithAValidCheckDigitAreFound(text: String) {
        let found = PrivacyScanner.findings(in: "Mamman (\(text)) kom på besök.")
        #expect(found.map(\.finding) == [.personalNumber])
    }

    @Test func coordinationNumbersAreFound() {
        #expect(PrivacyScanner.findings(in: "Nr 701063-2391.").map(\.finding) == [.coordinationNumber])
    }

    @Test(arguments: ["811218-9875", "811318-9876", "2025-11-03", "100 000 kr", "5 234 besök", "år 2024–2025"])
    func lookAlikesAreNotPersonalNumbers(text: String) {
        #expect(
            PrivacyScanner.findings(in: text).allSatisfy {
                $0.finding != .personalNumber && $0.finding != .coordinationNumber
            })
    }

    @Test func emailAndPhoneNumbersAreFound() {
        let found = PrivacyScanner.findings(in: "Ring 070-123 45 67 eller 0933-140 00, mejla anna.a@vindeln.se.")
        #expect(found.map(\.finding) == [.phone, .phone, .email])
        #expect(PrivacyScanner.findings(in: "Besöken ökade från 140 till 230.").isEmpty)
    }

    @Test func foundDataIsAWarningOrWithStrictAnErrorAtTheText() throws {
        let folder = TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("centre.yaml").path
        let yaml = try String(contentsOfFile: TestPaths.fixture("vindeln.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  premises: ", with: "  premises: Kontakt 070-123 45 67. ")
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let relaxed = ConfigCheck.run(path: path)
        #expect(!relaxed.hasErrors)
        let warning = try #require(relaxed.diagnostics.first { $0.message.en.contains("phone number") })
        #expect(warning.severity == .warning)
        #expect(warning.message.en.contains("070-"))
        #expect(!warning.message.en.contains("45 67"))
        let strict = ConfigCheck.run(path: path, strict: true)
        #expect(strict.hasErrors)
        #expect(strict.diagnostics.first { $0.message.en.contains("phone number") }?.location == warning.location)
    }
}
