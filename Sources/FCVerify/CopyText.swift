import FCConfig
import FCDocument
import FCXML
import Foundation
import ZIPFoundation

/// The text of a copy that came back, in reading order, as a reader sees it: its paragraphs,
/// headings, list items and table cells (ODT and DOCX from their XML, a PDF through its
/// structure tree) without page headers and footers, and the kontrollsumma printed in it.
public struct CopyText {
    /// Paragraphs, headings, list items, table cells and signature lines, in document order.
    public var units: [String]
    public var printedFingerprint: String?

    public var text: String { units.joined(separator: "\n") }

    /// Why a copy cannot be read or verified, as a clause in both languages.
    public struct Reason: Sendable, Hashable {
        public var sv: String
        public var en: String
    }

    public enum ReadError: MessageError, CustomStringConvertible {
        case unreadable(Reason)
        /// The copy's reading order cannot be established (an untagged PDF, a scan, another format).
        case unverifiable(Reason)

        public var message: Message {
            switch self {
            case .unreadable(let reason): .copyUnreadable(reason)
            case .unverifiable(let reason): .copyUnverifiable(reason)
            }
        }

        public var description: String { message.en }
    }

    /// "Kontrollsumma 8AF0 96AF D911 03F0 62E4", as the footer prints it.
    static let fingerprintPattern = try! NSRegularExpression(pattern: "Kontrollsumma ((?:[0-9A-F]{4} ){4}[0-9A-F]{4})")

    public static func read(path: String) throws -> CopyText {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ReadError.unreadable(Reason(sv: "filen \(path) finns inte", en: "no such file: \(path)"))
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "odt": return try readODT(path: path)
        case "docx": return try readDOCX(path: path)
        case "pdf": return try readPDF(path: path)
        default:
            throw ReadError.unverifiable(
                Reason(sv: "\(path) är ingen ODT-, DOCX- eller PDF-fil", en: "\(path) is not an ODT, DOCX or PDF file"))
        }
    }

    /// The body of `content.xml`; the kontrollsumma from the footer in `styles.xml`.
    public static func readODT(path: String) throws -> CopyText {
        let package = try CopyPackage(path: path, format: "ODT")
        let units = try ODFText.paragraphs(package.events("content.xml"), within: ODFText.body)
        let footer = try ODFText.paragraphs(package.events("styles.xml"), within: ODFText.masterStyles)
        return CopyText(units: units, printedFingerprint: firstFingerprint(in: footer.joined(separator: " ")))
    }

    /// The body of `word/document.xml`; the kontrollsumma from the footers.
    public static func readDOCX(path: String) throws -> CopyText {
        let package = try CopyPackage(path: path, format: "DOCX")
        let units = try WordText.paragraphs(package.events("word/document.xml"))
        let footers = try package.entries(where: { $0.hasPrefix("word/footer") && $0.hasSuffix(".xml") })
            .flatMap { try WordText.paragraphs(package.events($0), within: WordText.footer) }
        return CopyText(units: units, printedFingerprint: firstFingerprint(in: footers.joined(separator: " ")))
    }

    /// The text in the order of the PDF's structure tree; the kontrollsumma from the footers,
    /// which are artifacts outside it. An untagged PDF cannot be verified.
    public static func readPDF(path: String) throws -> CopyText {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReadError.unreadable(Reason(sv: "\(path) går inte att läsa", en: "\(path) cannot be read"))
        }
        do {
            let structure = try PDFStructureText(data)
            return CopyText(units: structure.units, printedFingerprint: firstFingerprint(in: structure.artifacts))
        } catch let error as PDFStructureText.NotTagged {
            throw ReadError.unverifiable(error.reason)
        } catch let error as PDFFile.Unreadable {
            throw ReadError.unverifiable(error.reason)
        }
    }

    static func firstFingerprint(in text: String) -> String? {
        let text = PDFStructureText.collapsed(text)
        let range = NSRange(text.startIndex..., in: text)
        guard let match = fingerprintPattern.firstMatch(in: text, range: range),
            let found = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[found])
    }
}

/// An ODT's or DOCX's ZIP package, its XML parts read with libxml2.
struct CopyPackage {
    let path: String
    let archive: Archive

    init(path: String, format: String) throws {
        self.path = path
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw CopyText.ReadError.unreadable(
                CopyText.Reason(sv: "\(path) är ingen \(format)-fil (ZIP)", en: "\(path) is not a \(format) (ZIP) file")
            )
        }
    }

    func entries(where wanted: (String) -> Bool) -> [String] {
        archive.map(\.path).filter(wanted).sorted()
    }

    func events(_ name: String) throws -> [XMLEvent] {
        guard let entry = archive[name] else {
            throw CopyText.ReadError.unreadable(
                CopyText.Reason(sv: "\(path) saknar \(name)", en: "\(path) has no \(name)"))
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            return try XMLReader.events(data)
        } catch {
            throw CopyText.ReadError.unreadable(
                CopyText.Reason(sv: "\(name) i \(path) är skadad", en: "\(name) in \(path) is damaged"))
        }
    }
}
