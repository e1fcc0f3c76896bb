import FCConfig
import FCDocument
import Foundation
import Testing

@testable import FCRender
@testable import FCWriters

/// `--reference-doc`: the styles read from a reference ODT and DOCX (`fixtures/reference/`,
/// made by LibreOffice from `referens.fodt`: headings in DejaVu Sans, #1f4e79, 14 pt × 150 %;
/// body in DejaVu Serif 11 pt; margins 3 / 2 / 3.5 / 1.5 cm), the refusals, and the writers'
/// styles made from them.
@Suite("Reference document: styles read and written")
struct ReferenceDocumentTests {
    static func reference(_ ext: String) throws -> ReferenceStyle {
        try ReferenceStyle.read(path: TestPaths.fixture("reference/referens.\(ext)"))
    }

    @Test(arguments: ["odt", "docx"])
    func headingsBodyAndPageAreRead(_ ext: String) throws {
        let reference = try Self.reference(ext)
        let heading = try #require(reference.looks[.heading1])
        #expect(heading.font == "DejaVu Sans")
        #expect(heading.size == 21)
        #expect(heading.colour == "#1f4e79")
        #expect(heading.bold == true)
        // 14 pt × 110 %: 15.4 pt in the ODT, which LibreOffice rounds to half points in the DOCX.
        #expect(reference.looks[.heading2]?.size == (ext == "odt" ? 15.4 : 15.5))
        let body = try #require(reference.looks[.body])
        #expect(body.font == "DejaVu Serif")
        #expect(body.size == 11)
        #expect(body.spaceAfter == 0.3)
        #expect(reference.looks[.footer]?.size == 8)
        #expect(reference.looks[.footer]?.colour == "#595959")
        #expect(reference.pageWidth == 21)
        #expect(reference.pageHeight == 29.7)
        #expect(reference.marginTop == 3)
        #expect(reference.marginLeft == 3.5)
        #expect(reference.marginRight == 1.5)
        // The ODT's bottom margin holds fcdoc's footer; the DOCX's does not.
        #expect(reference.marginBottom == (ext == "odt" ? 2.5 : 2))
    }

    @Test func appliedOverAProfileItKeepsWhatItDoesNotSay() {
        var reference = ReferenceStyle()
        reference.marginLeft = 3.5
        reference.looks[.heading1] = ParagraphLook(font: "DejaVu Sans", colour: "#1f4e79")
        let profile = PageStyle(ruleColour: "#00ff00", marginTop: 2.5)
        let style = reference.applied(to: profile)
        #expect(style.marginLeft == 3.5)
        #expect(style.marginTop == 2.5)
        #expect(style.ruleColour == "#00ff00")
        #expect(style.headingFont == "DejaVu Sans")
        #expect(style.headingColour == "#1f4e79")
        #expect(style.bodyFont == PageStyle.defaultBodyFont)
    }

    static func package(_ parts: [(String, String)]) throws -> Data {
        try ZIPPackage.copies(shared: parts.map { ZIPPackage.Part(path: $0.0, data: Data($0.1.utf8)) }, copies: [[]])[0]
    }

    static func failure(_ path: String) -> MessageCode? {
        do {
            _ = try ReferenceStyle.read(path: path)
            return nil
        } catch {
            return error.diagnostics.first?.message.code
        }
    }

    @Test func unusableReferencesAreRefusedWithTheirOwnMessage() throws {
        let folder = TestPaths.temporaryFolder()
        let fake = folder.appendingPathComponent("mall.docx")
        try Data("inte en zip".utf8).write(to: fake)
        let pdf = folder.appendingPathComponent("mall.pdf")
        try Data("%PDF".utf8).write(to: pdf)
        // A ZIP with a content but no styles: what fcdoc's own ODT writer would not make.
        let bare = folder.appendingPathComponent("bar.odt")
        try Self.package([("mimetype", "application/vnd.oasis.opendocument.text")]).write(to: bare)
        #expect(Self.failure(folder.appendingPathComponent("saknas.odt").path) == .referenceUnreadable)
        #expect(Self.failure(fake.path) == .referenceNotZIP)
        #expect(Self.failure(pdf.path) == .referenceNotODTOrDOCX)
        #expect(Self.failure(bare.path) == .referenceWithoutStyles)
    }

    /// An ODT's styles.xml that names none of the styles fcdoc takes gives nothing: refused.
    @Test func aReferenceWithoutTheStylesFcdocTakesIsRefused() throws {
        let folder = TestPaths.temporaryFolder()
        let odt = folder.appendingPathComponent("tom.odt")
        let styles = """
            <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>
            """
        try Self.package([("styles.xml", styles)]).write(to: odt)
        #expect(Self.failure(odt.path) == .referenceWithoutStyles)
    }

    static func metadata(_ reference: ReferenceStyle) -> DocumentMetadata {
        DocumentMetadata(title: "Avtal", style: reference.applied(to: PageStyle()))
    }

    @Test func theODTStylesCarryTheReferenceAndKeepFcdocsKeepRules() throws {
        let styles = String(decoding: ODTStyles.write(Self.metadata(try Self.reference("odt"))), as: UTF8.self)
        #expect(styles.contains("fo:margin-left=\"3.5cm\""))
        #expect(styles.contains("fo:margin-right=\"1.5cm\""))
        #expect(
            styles.contains(
                "<style:text-properties fo:font-size=\"21pt\" style:font-name=\"DejaVu Sans\" fo:color=\"#1f4e79\" "
                    + "fo:font-weight=\"bold\"/>"))
        #expect(styles.contains("<style:font-face style:name=\"DejaVu Sans\""))
        // fcdoc's heading keeps its keep-with-next, which the reference's Heading 1 does not name.
        #expect(styles.contains("fo:keep-with-next=\"always\""))
    }

    @Test func theDOCXStylesCarryTheReference() throws {
        let styles = String(decoding: DOCXStyles.write(Self.metadata(try Self.reference("docx"))), as: UTF8.self)
        #expect(styles.contains("<w:sz w:val=\"22\"/>"))
        #expect(
            styles.contains(
                "<w:rFonts w:ascii=\"DejaVu Sans\" w:hAnsi=\"DejaVu Sans\" w:cs=\"DejaVu Sans\"/><w:b/>"
                    + "<w:color w:val=\"1f4e79\"/><w:sz w:val=\"42\"/>"))
        #expect(
            styles.contains(
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"340\" w:after=\"142\" w:line=\"240\" w:lineRule=\"auto\"/>"
            ))
    }

    @Test func withoutAReferenceTheStylesAreFcdocsOwn() {
        let metadata = DocumentMetadata(title: "Avtal")
        #expect(ODTStyles.write(metadata) == ODTStyles.write(Self.metadata(ReferenceStyle())))
        #expect(DOCXStyles.write(metadata) == DOCXStyles.write(Self.metadata(ReferenceStyle())))
    }
}
