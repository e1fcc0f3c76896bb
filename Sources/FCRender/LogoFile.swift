import FCConfig
import FCDocument
import FCXML
import Foundation

/// Reads a logo (SVG or PNG) named in a file as data: never larger than `maximumSize`, a PNG
/// must be one, an SVG well-formed XML with a size, and an SVG keeps only drawing — no script,
/// no event attribute, no reference outside itself — so that no output can run or fetch
/// anything because of it.
enum LogoFile {
    /// A logo is a few kilobytes; a larger file is refused unread.
    static let maximumSize = 1_048_576

    /// The printed height of a logo, and the widest it may be.
    static let height = 1.4
    static let maximumWidth = 5.0

    /// - Parameters:
    ///   - name: the path as written, relative to `folder`.
    ///   - folder: the folder of the file that names it.
    ///   - pictureName: the picture's name in the documents (`logo`, `logo-part-1`).
    ///   - alternativeText: what it says to a reader who cannot see it.
    ///   - policy: where the file may lie.
    ///   - sink: where its problems go.
    /// - Returns: the picture, or `nil` with one error at `name`'s place.
    static func read(
        _ name: Located<String>, from folder: URL, pictureName: String, alternativeText: String,
        policy: PathPolicy, sink: DiagnosticSink
    ) -> Picture? {
        let path = PathPolicy.resolve(name.value, from: folder)
        guard policy.check(path, named: name.value, at: name.location, sink: sink) else { return nil }
        let lowered = name.value.lowercased()
        let format: Picture.Format
        if lowered.hasSuffix(".svg") {
            format = .svg
        } else if lowered.hasSuffix(".png") {
            format = .png
        } else {
            sink.error(.logoNotSVGOrPNG(name.value), at: name.location)
            return nil
        }
        guard let size = FileSize.of(path),
            let data = size <= maximumSize ? FileManager.default.contents(atPath: path) : Data()
        else {
            sink.error(.logoUnreadable(name.value), at: name.location)
            return nil
        }
        guard size <= maximumSize else {
            sink.error(.logoTooLarge(name.value, bytes: size, maximum: maximumSize), at: name.location)
            return nil
        }
        let read: (bytes: [UInt8], width: Double, height: Double)?
        switch format {
        case .png: read = PNGSize.of(data).map { ([UInt8](data), $0.width, $0.height) }
        case .svg: read = SVGCleaner.clean(data)
        }
        guard let read, read.width > 0, read.height > 0 else {
            sink.error(.logoBroken(name.value, svg: format == .svg), at: name.location)
            return nil
        }
        var width = height * read.width / read.height
        var printedHeight = height
        if width > maximumWidth {
            printedHeight = height * maximumWidth / width
            width = maximumWidth
        }
        return Picture(
            name: pictureName, format: format, data: read.bytes, widthCentimetres: (width * 100).rounded() / 100,
            heightCentimetres: (printedHeight * 100).rounded() / 100, alternativeText: alternativeText)
    }
}

/// A PNG's size in pixels, from its IHDR chunk.
enum PNGSize {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func of(_ data: Data) -> (width: Double, height: Double)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            return nil
        }
        func number(_ at: Int) -> Double {
            Double(bytes[at...at + 3].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }
        return (number(16), number(20))
    }
}

/// An SVG rewritten with only what draws: elements of the SVG namespace but `script`,
/// `foreignObject` and the like; attributes without event handlers; references only inside the
/// picture (`#id`) or to embedded raster data.
enum SVGCleaner {
    static let svgNamespace = "http://www.w3.org/2000/svg"
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"
    /// Elements dropped with everything inside them.
    static let dropped: Set<String> = [
        "script", "foreignObject", "iframe", "object", "embed", "handler", "listener", "set", "animate",
        "animateMotion", "animateTransform", "animateColor", "discard",
    ]
    /// Elements whose content is kept but not the element (a link).
    static let unwrapped: Set<String> = ["a"]

    /// The cleaned SVG and its size (from the viewBox, else width and height), or `nil`.
    static func clean(_ data: Data) -> (bytes: [UInt8], width: Double, height: Double)? {
        guard let events = try? XMLReader.events(data),
            case .start(let root, let rootAttributes)? = events.first,
            root == XMLName(svgNamespace, "svg"), let size = size(rootAttributes)
        else { return nil }
        let writer = XMLWriter(declaration: false)
        var skipping = 0
        var stack: [(name: String, written: Bool)] = []
        for event in events {
            switch event {
            case .start(let name, let attributes):
                if skipping > 0 || name.namespace != svgNamespace || dropped.contains(name.local) {
                    skipping += 1
                    continue
                }
                if unwrapped.contains(name.local) {
                    stack.append((name.local, false))
                    continue
                }
                writer.start(name.local)
                if stack.isEmpty {
                    writer.attribute("xmlns", svgNamespace)
                    writer.attribute("xmlns:xlink", xlinkNamespace)
                }
                for (attribute, value) in attributes.sorted(by: { $0.key.local < $1.key.local })
                where isSafe(attribute, value) {
                    writer.attribute(
                        attribute.namespace == xlinkNamespace ? "xlink:" + attribute.local : attribute.local, value)
                }
                stack.append((name.local, true))
            case .end:
                if skipping > 0 {
                    skipping -= 1
                    continue
                }
                if stack.popLast()?.written == true { writer.end() }
            case .text(let text):
                // A style sheet that fetches anything (`@import`, `url(http…)`) is left out.
                let inStyle = stack.last?.name == "style"
                if skipping == 0, !(inStyle && refersOutside(text.lowercased().filter { !$0.isWhitespace })) {
                    writer.text(text)
                }
            }
        }
        return ([UInt8](writer.finish()), size.width, size.height)
    }

    /// An attribute that draws: no event handler, no namespace but xlink, references inside.
    static func isSafe(_ name: XMLName, _ value: String) -> Bool {
        guard name.namespace.isEmpty || name.namespace == xlinkNamespace else { return false }
        let local = name.local.lowercased()
        if local.hasPrefix("on") { return false }
        let lowered = value.lowercased().filter { !$0.isWhitespace }
        if local == "href" || local == "src" {
            return lowered.hasPrefix("#") || lowered.hasPrefix("data:image/png") || lowered.hasPrefix("data:image/jpeg")
        }
        return !refersOutside(lowered)
    }

    /// A `url(…)` to anything but `#id`, or an `@import`, in an attribute or a `<style>`.
    static func refersOutside(_ lowered: String) -> Bool {
        if lowered.contains("@import") || lowered.contains("javascript:") { return true }
        var rest = Substring(lowered)
        while let range = rest.range(of: "url(") {
            rest = rest[range.upperBound...]
            let target = rest.drop { $0 == "'" || $0 == "\"" }
            if !target.hasPrefix("#") { return true }
        }
        return false
    }

    /// The width and height of the picture's coordinates: the viewBox's, else `width` and `height`.
    static func size(_ attributes: [XMLName: String]) -> (width: Double, height: Double)? {
        if let box = attributes[XMLName("", "viewBox")] {
            let numbers = box.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
            if numbers.count == 4, numbers[2] > 0, numbers[3] > 0 { return (numbers[2], numbers[3]) }
        }
        func length(_ name: String) -> Double? {
            guard let text = attributes[XMLName("", name)] else { return nil }
            return Double(text.prefix { $0.isNumber || $0 == "." })
        }
        guard let width = length("width"), let height = length("height") else { return nil }
        return (width, height)
    }
}
