import FCConfig

/// The messages of reading a returned copy, each once in Swedish and English (issue 20).
extension Message {
    static func copyUnreadable(_ reason: CopyText.Reason) -> Message {
        Message(
            .verifyCopyUnreadable, sv: "kopian går inte att läsa: \(reason.sv)",
            en: "cannot read the copy: \(reason.en)")
    }

    static func copyUnverifiable(_ reason: CopyText.Reason) -> Message {
        Message(
            .verifyCopyUnverifiable,
            sv:
                "kopian går inte att kontrollera: \(reason.sv); kontrollera den ODT-, DOCX- eller PDF-fil som fcdoc skrev",
            en: "cannot be verified: \(reason.en); verify the ODT, DOCX or PDF copy that fcdoc wrote")
    }
}
