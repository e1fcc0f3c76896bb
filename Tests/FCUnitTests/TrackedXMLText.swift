import FCDocument
import FCXML
import Foundation
import ZIPFoundation

/// Accepting or rejecting every tracked change of a written ODT or DOCX, read from its XML as
/// a word processor would: the words of the body that remain. Independent of the writers' code,
/// so a test can hold the files to what the marked `Document` says.
enum TrackedXMLText {
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func part(_ path: String, of package: Data) throws -> Data {
        let archive = try Archive(data: package, accessMode: .read)
        guard let entry = archive[path] else { throw CocoaError(.fileReadCorruptFile) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    /// The words of an ODT's body with every change accepted (`keep: .inserted`) or rejected.
    static func odt(_ package: Data, keep: Change) throws -> [String] {
        let events = try XMLReader.events(try part("content.xml", of: package))
        // First the regions: which are insertions, and the text each deletion holds.
        var insertions: Set<String> = []
        var deletions: [String: String] = [:]
        var region: String?
        var inDeletion = false
        var deletedText = ""
        var inTrackedChanges = false
        var inChangeInfo = false
        for event in events {
            switch event {
            case .start(XMLName(office, "change-info"), _): inChangeInfo = true
            case .end(XMLName(office, "change-info")): inChangeInfo = false
            case _ where inChangeInfo: continue
            case .start(XMLName(text, "tracked-changes"), _): inTrackedChanges = true
            case .end(XMLName(text, "tracked-changes")): inTrackedChanges = false
            case .start(XMLName(text, "changed-region"), let attributes) where inTrackedChanges:
                region = attributes[XMLName(text, "id")]
            case .start(XMLName(text, "insertion"), _): if let region { insertions.insert(region) }
            case .start(XMLName(text, "deletion"), _):
                inDeletion = true
                deletedText = ""
            case .end(XMLName(text, "deletion")):
                inDeletion = false
                if let region { deletions[region] = deletedText }
            case .end(XMLName(text, "p")) where inDeletion: deletedText += " "
            case .text(let string) where inDeletion: deletedText += string
            case .start(XMLName(text, "s"), _) where inDeletion,
                .start(XMLName(text, "line-break"), _) where inDeletion:
                deletedText += " "
            default: break
            }
        }
        // Then the body, without the regions.
        var result = ""
        var skipping: String?
        var depthInTracked = 0
        for event in events {
            switch event {
            case .start(XMLName(text, "tracked-changes"), _): depthInTracked += 1
            case .end(XMLName(text, "tracked-changes")): depthInTracked -= 1
            case _ where depthInTracked > 0: continue
            case .start(XMLName(text, "change-start"), let attributes):
                if keep == .deleted, let id = attributes[XMLName(text, "change-id")], insertions.contains(id) {
                    skipping = id
                }
            case .start(XMLName(text, "change-end"), let attributes):
                if attributes[XMLName(text, "change-id")] == skipping { skipping = nil }
            case .start(XMLName(text, "change"), let attributes):
                if keep == .deleted, let id = attributes[XMLName(text, "change-id")] {
                    result += " " + (deletions[id] ?? "") + " "
                }
            case .text(let string): if skipping == nil { result += string }
            case .start(XMLName(text, "s"), _), .start(XMLName(text, "line-break"), _), .start(XMLName(text, "tab"), _),
                .end(XMLName(text, "p")), .end(XMLName(text, "h")):
                if skipping == nil { result += " " }
            case .start(XMLName("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", "title"), _):
                skipping = skipping ?? "title"
            case .end(XMLName("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0", "title")):
                if skipping == "title" { skipping = nil }
            default: break
            }
        }
        return Fingerprint.words(result)
    }

    /// The words of a DOCX's body with every change accepted (`keep: .inserted`) or rejected.
    static func docx(_ package: Data, keep: Change) throws -> [String] {
        let events = try XMLReader.events(try part("word/document.xml", of: package))
        var result = ""
        var skipped = 0
        var inText = 0
        let dropped = keep == .inserted ? "del" : "ins"
        for event in events {
            switch event {
            case .start(XMLName(word, dropped), _): skipped += 1
            case .end(XMLName(word, dropped)): skipped -= 1
            case .start(XMLName(word, "t"), _), .start(XMLName(word, "delText"), _): inText += 1
            case .end(XMLName(word, "t")), .end(XMLName(word, "delText")): inText -= 1
            case .text(let string): if inText > 0, skipped == 0 { result += string }
            case .start(XMLName(word, "tab"), _), .start(XMLName(word, "br"), _), .end(XMLName(word, "p")):
                result += " "
            case .start(
                XMLName("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "docPr"),
                let attributes):
                if skipped == 0 { result += " " + (attributes[XMLName("", "descr")] ?? "") + " " }
            default: break
            }
        }
        return Fingerprint.words(result)
    }
}
