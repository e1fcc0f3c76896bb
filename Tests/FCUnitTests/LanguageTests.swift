import FCConfig
import Testing

@Suite("Language: chosen from the environment as gettext does")
struct LanguageTests {
    @Test(arguments: [
        (["LANG": "sv_SE.UTF-8"], Language.sv),
        (["LANG": "sv"], .sv),
        (["LANG": "sv_FI.UTF-8"], .sv),
        (["LANG": "SV_se"], .sv),
        (["LANG": "C.UTF-8"], .en),
        (["LANG": "C"], .en),
        (["LANG": "POSIX"], .en),
        (["LANG": "en_GB.UTF-8"], .en),
        (["LANG": "nb_NO.UTF-8"], .en),
        ([:], .en),
        (["LANG": ""], .en),
    ])
    func langAlone(environment: [String: String], expected: Language) {
        #expect(Language(environment: environment) == expected)
    }

    @Test func lcAllWinsOverLcMessagesWhichWinsOverLang() {
        #expect(Language(environment: ["LC_ALL": "C", "LC_MESSAGES": "sv_SE.UTF-8", "LANG": "sv_SE.UTF-8"]) == .en)
        #expect(Language(environment: ["LC_ALL": "sv_SE.UTF-8", "LANG": "C.UTF-8"]) == .sv)
        #expect(Language(environment: ["LC_MESSAGES": "sv_SE.UTF-8", "LANG": "C.UTF-8"]) == .sv)
        #expect(Language(environment: ["LC_MESSAGES": "POSIX", "LANG": "sv_SE.UTF-8"]) == .en)
    }

    @Test func anEmptyVariableIsPassedOver() {
        #expect(Language(environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "sv_SE.UTF-8"]) == .sv)
        #expect(Language(environment: ["LC_ALL": "", "LANG": "C.UTF-8"]) == .en)
    }

    @Test func otherLocaleVariablesDoNotChoose() {
        #expect(Language(environment: ["LC_CTYPE": "sv_SE.UTF-8", "LC_TIME": "sv_SE.UTF-8"]) == .en)
    }
}
