import FCDocument
import Foundation
import Testing

@testable import FCRender

@Suite("Verify: the kontrollsumma recomputed from a copy's text")
struct CopyVerifierTests {
    @Test func wordsSurviveTheWaysBackToText() {
        // Line breaks after hyphens and slashes, no-break spaces, a ligature, a soft hyphen.
        #expect(
            Fingerprint.words("mödra- och barn\u{00AD}hälsovård 250\u{00A0}000 kr verksamhet/förvaltning ﬁka")
                == ["mödra-", "och", "barnhälsovård", "250", "000", "kr", "verksamhet/", "förvaltning", "fika"])
        #expect(Fingerprint.of(text: "familjecentrals-\nliknande") == Fingerprint.of(text: "familjecentrals-liknande"))
        // Bullets, list numbers and signing lines are the writers', not the document's.
        #expect(Fingerprint.words("• Punkt 3. Underskrift: ________ 12.") == ["Punkt", "Underskrift:"])
        // Order does not count; every word does.
        #expect(Fingerprint.of(text: "tolv månader") == Fingerprint.of(text: "månader\ntolv"))
        #expect(Fingerprint.of(text: "tolv månader") != Fingerprint.of(text: "tre månader"))
    }

    @Test func aPDFsPageMarksAreTakenOut() {
        let body = "Avtal om samordnare\n\nUppsägningstiden för avtalet är tre månader.\n•\nEn punkt"
        let label = "Exemplar 2 av 4 – för Primärvården, Lugnviks hälsocentral (Region Jämtland Härjedalen)"
        let fingerprint = Fingerprint.of(text: body)
        let groups = fingerprint.split(separator: " ")
        // As pdftotext prints it: the label heading each page, the footer wrapped, the page number alone.
        let text =
            label + "\n\n" + body.replacingOccurrences(of: "\n•\n", with: "\n\u{0C}" + label + "\n•\n")
            + "\n" + label + " · Kontrollsumma " + groups.prefix(4).joined(separator: " ") + "\n" + groups[4]
            + "\nSida\u{00A0}2\u{00A0}av\u{00A0}2\n\u{0C}"
        let copy = CopyText.withoutPageMarks(text)
        #expect(copy.printedFingerprint == fingerprint)
        #expect(Fingerprint.of(text: copy.text) == fingerprint, "\(copy.units)")
        #expect(!copy.text.contains("Exemplar"))
        // A single copy has no label: only "Kontrollsumma … · Sida 1 av 1".
        let single = CopyText.withoutPageMarks(body + "\nKontrollsumma \(fingerprint) · Sida 1 av 1\n")
        #expect(Fingerprint.of(text: single.text) == fingerprint)
    }

    @Test func anODTsParagraphsAreReadFromItsBody() {
        let xml = """
            <?xml version="1.0"?><office:document-content><office:automatic-styles><text:p>stil</text:p></office:automatic-styles>\
            <office:body><office:text><text:h text:outline-level="1">Avtal &amp; <text:span>vill</text:span>kor</text:h>\
            <text:p>Ett<text:s/>två<text:tab/>tre<text:line-break/>fyra &#229;&#xE4;</text:p>\
            <text:p><draw:frame><draw:image/><svg:title>Titel</svg:title><svg:desc>Beskrivning 12 %</svg:desc></draw:frame></text:p>\
            <text:p>Titel</text:p><text:p/></office:text></office:body></office:document-content>
            """
        #expect(
            ODFText.paragraphs(ofBody: xml) == ["Avtal & villkor", "Ett två tre fyra åä", "Beskrivning 12 %", "Titel"])
    }

    @Test func theFirstDifferingParagraphIsNamedWithItsHeading() {
        let document = MarkdownReader.read(
            "# Avtal\n\n## Avtalstid\n\nUppsägningstiden är tolv månader.\n\n## Tvist\n\nLAKO.\n",
            metadata: DocumentMetadata(title: "Avtal"))
        let copy = CopyText(
            units: ["Avtal", "Avtalstid", "Uppsägningstiden är tre månader.", "Tvist", "LAKO."],
            printedFingerprint: nil)
        let comparison = CopyVerifier.compare(copy, path: "samverkansavtal.odt", with: [(.samverkansavtal, document)])
        #expect(comparison?.difference?.heading == "Avtalstid")
        #expect(comparison?.difference?.expected == "Uppsägningstiden är tolv månader.")
        #expect(comparison?.difference?.found == "Uppsägningstiden är tre månader.")
        let same = CopyText(
            units: ["Avtal", "Avtalstid", "Uppsägningstiden är tolv månader.", "Tvist", "LAKO."],
            printedFingerprint: nil)
        #expect(
            CopyVerifier.compare(same, path: "samverkansavtal.odt", with: [(.samverkansavtal, document)])?.difference
                == nil)
    }
}
