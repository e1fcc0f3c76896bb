import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 20: the web application answers in Swedish whatever the server's locale, and its JSON
/// carries a stable `code` per kind of message beside the text.
@Suite("Server: Swedish answers in any locale")
struct SwedishAnswerTests {
    @Test func validateAnswersInSwedishWithCodesUnderTheCLocale() async throws {
        // The locale the issue names; the server must not follow it.
        setenv("LANG", "C.UTF-8", 1)
        unsetenv("LC_ALL")
        unsetenv("LC_MESSAGES")
        try await ServerHarness.with { harness in
            let text = try String(contentsOf: harness.file(RouteTests.centre), encoding: .utf8)
                .replacingOccurrences(of: "  name: Familjecentralen Lugnvik", with: "  nmae: Familjecentralen Lugnvik")
                .replacingOccurrences(of: "      party: saf\n", with: "      party: sa\n")
            let response = try await harness.request(
                "/api/validate", method: .post,
                headers: [HTTPField.Name("X-Fcdoc-Path")!: RouteTests.centre], body: Data(text.utf8))
            #expect(response.status == .ok)
            let items = try #require(
                try JSONSerialization.jsonObject(with: response.data) as? [[String: Any]])
            // The misspelt key: Swedish, the key as typed in ”…”, with the suggestion.
            let typo = try #require(items.first { ($0["message"] as? String)?.contains("nmae”") == true })
            let typoMessage = try #require(typo["message"] as? String)
            #expect(typoMessage.contains("menade du ”name”?"), "\(typoMessage)")
            #expect(!typoMessage.contains("did you mean"), "\(typoMessage)")
            let typoCode = try #require(typo["code"] as? String)
            #expect(!typoCode.isEmpty, "\(typoCode)")
            // The unknown party: Swedish, with its own stable code.
            let party = try #require(items.first { $0["code"] as? String == "validation.undeclared-party" })
            let partyMessage = try #require(party["message"] as? String)
            #expect(partyMessage.contains("hör till parten ”sa”, som inte finns under ”parties”"), "\(partyMessage)")
        }
    }
}
