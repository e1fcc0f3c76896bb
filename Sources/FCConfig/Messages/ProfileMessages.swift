import Foundation

/// What fcdoc says about a graphic profile and the logos files name: a logo it cannot use, a
/// profile file that is none or has errors, a margin, font or colour the documents cannot have.
extension Message {
    public static func logoNotSVGOrPNG(_ name: String) -> Message {
        Message(
            .logoNotSVGOrPNG,
            sv: "logotypen \(Wording.quoted(name)) måste vara en SVG- eller PNG-fil (sluta på .svg eller .png)",
            en: "the logo '\(name)' must be an SVG or PNG file (ending in .svg or .png)")
    }

    public static func logoUnreadable(_ name: String) -> Message {
        Message(
            .logoUnreadable, sv: "logotypen \(Wording.quoted(name)) går inte att läsa (finns filen?)",
            en: "cannot read the logo '\(name)' (does the file exist?)")
    }

    public static func logoTooLarge(_ name: String, bytes: Int, maximum: Int) -> Message {
        Message(
            .logoTooLarge,
            sv: "logotypen \(Wording.quoted(name)) är \(Wording.number(bytes)) byte, men en logotyp får vara högst "
                + "\(Wording.number(maximum)) byte: spara den mindre, eller som SVG",
            en:
                "the logo '\(name)' is \(bytes) bytes; a logo may be at most \(maximum) bytes (save it smaller, or as SVG)"
        )
    }

    /// A file that is not the picture its name says: damaged, or of another kind.
    public static func logoBroken(_ name: String, svg: Bool) -> Message {
        Message(
            .logoBroken,
            sv: "logotypen \(Wording.quoted(name)) är ingen "
                + (svg ? "SVG-bild (välformad XML med viewBox, eller width och height)" : "PNG-bild")
                + "; den kan vara skadad eller av något annat slag",
            en: "the logo '\(name)' is not "
                + (svg ? "an SVG picture (well-formed XML with a viewBox or width and height)" : "a PNG picture")
                + "; it may be damaged or of another kind")
    }

    public static func profileNotAProfile(_ name: String) -> Message {
        Message(
            .profileNotAProfile, sv: "\(Wording.quoted(name)) är ingen profilfil (kind: profile)",
            en: "'\(name)' is not a profile file (kind: profile)")
    }

    public static func profileUnreadable(_ name: String) -> Message {
        Message(
            .profileUnreadable, sv: "profilen \(Wording.quoted(name)) går inte att läsa",
            en: "cannot read the profile '\(name)'")
    }

    public static func profileHasErrors(_ name: String) -> Message {
        Message(
            .profileHasErrors, sv: "profilen \(Wording.quoted(name)) har fel (se ovan)",
            en: "the profile '\(name)' has errors (listed above)")
    }

    /// `centimetres` as written, in each language's way.
    public static func marginOutOfRange(_ key: String, centimetres: Double, range: ClosedRange<Double>) -> Message {
        func swedish(_ value: Double) -> String { value.formatted().replacingOccurrences(of: ".", with: ",") }
        return Message(
            .marginOutOfRange,
            sv: "margins.\(key) är \(swedish(centimetres)) cm, men en marginal ska vara från "
                + "\(swedish(range.lowerBound)) till \(swedish(range.upperBound)) cm",
            en: "margins.\(key) is \(centimetres.formatted()) cm; a margin must be from "
                + "\(range.lowerBound.formatted()) to \(range.upperBound.formatted()) cm")
    }

    public static func fontNotInstalled(_ key: String, font: String) -> Message {
        Message(
            .fontNotInstalled,
            sv: "\(key): typsnittet \(Wording.quoted(font)) finns inte på den här datorn, och texten skulle då "
                + "sättas med ett annat: installera det, eller välj ett som finns (fc-list : family visar dem)",
            en: "\(key): the font '\(font)' is not installed on this computer; install it, or name an installed font "
                + "(fc-list : family lists them); without it the text would be set in another font")
    }

    public static func fontNotEmbeddable(_ key: String, font: String) -> Message {
        Message(
            .fontNotEmbeddable,
            sv: "\(key): typsnittets licens tillåter inte att \(Wording.quoted(font)) bäddas in, så det kan inte "
                + "stå i en PDF/A: välj ett annat typsnitt",
            en: "\(key): the font '\(font)' does not allow embedding (its licence), so it cannot be put in a PDF/A; "
                + "choose another font")
    }

    public static func fontCannotCheck(_ key: String, font: String) -> Message {
        Message(
            .fontCannotCheck,
            sv: "\(key): det går inte att kontrollera om typsnittet \(Wording.quoted(font)) finns, eftersom "
                + "fontconfigs fc-list saknas (sudo apt-get install fontconfig)",
            en: "\(key): cannot check whether the font '\(font)' is installed (fontconfig's fc-list is missing; "
                + "sudo apt-get install fontconfig)")
    }

    public static func colourMalformed(_ key: String, value: String) -> Message {
        Message(
            .colourMalformed,
            sv: "\(key) är \(Wording.quoted(value)); skriv en färg som # och sex hexadecimala siffror, till "
                + "exempel \(Wording.quoted("#1f4e79")), inom citattecken (YAML läser det som följer efter # som en "
                + "kommentar)",
            en: "\(key) is '\(value)'; write a colour as # and six hexadecimal digits, e.g. '#1f4e79' (put it in "
                + "quotes: YAML reads what follows # as a comment)")
    }

    /// `contrast` against white, below the 3:1 a colour needs.
    public static func colourTooLight(_ key: String, value: String, contrast: Double) -> Message {
        let ratio = String(format: "%.1f", contrast)
        return Message(
            .colourTooLight,
            sv: "\(key) \(Wording.quoted(value)) är för ljus för att synas: kontrasten mot det vita papperet är "
                + "\(ratio.replacingOccurrences(of: ".", with: ",")):1, och det behövs minst 3:1. Välj en mörkare färg",
            en: "\(key) '\(value)' is too light: its contrast against the white page is \(ratio):1, and at least "
                + "3:1 is needed to be seen; choose a darker colour")
    }

    /// More chart colours than a chart uses: this year's and last year's.
    public static func chartColoursTooMany(_ count: Int) -> Message {
        Message(
            .chartColoursTooMany,
            sv: "colours.charts har \(Wording.number(count)) färger, men diagrammen använder högst två: den första "
                + "för i år (och skalans positiva ände), den andra för förra året (och skalans negativa ände). "
                + "Ta bort de övriga",
            en: "colours.charts has \(count) colours; the charts use at most two: the first for this year (and the "
                + "positive end of a scale), the second for last year (and the negative end). Remove the others")
    }

    /// This year's and last year's chart colours that readers with a red–green deficiency
    /// (or anyone) can hardly tell apart; `given`: the second was written, not fcdoc's orange.
    public static func chartColoursAlike(_ first: String, _ second: String, given: Bool) -> Message {
        let svSecond = given ? Wording.quoted(second) : "fcdoc:s orange för förra året (\(Wording.quoted(second)))"
        let enSecond = given ? "'\(second)'" : "fcdoc's orange for last year ('\(second)')"
        return Message(
            .chartColoursAlike,
            sv: "colours.charts: \(Wording.quoted(first)) och \(svSecond) är svåra att skilja åt, särskilt för den "
                + "som har nedsatt färgseende (rödgrönt), och i diagrammen står de för i år och förra året. Välj två "
                + "färger som skiljer sig mer, till exempel en blå och en orange",
            en: "colours.charts: '\(first)' and \(enSecond) are hard to tell apart, especially for readers with a "
                + "red-green colour-vision deficiency, and in the charts they stand for this year and last year; "
                + "choose two colours that differ more, e.g. a blue and an orange")
    }

    public static func agreementDateInvalid(_ value: String) -> Message {
        Message(
            .agreementDateInvalid,
            sv: "agreement.date \(Wording.quoted(value)) är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, till exempel "
                + "2026-03-15",
            en: "agreement.date '\(value)' is not a valid date; expected YYYY-MM-DD, e.g. 2026-03-15")
    }
}
