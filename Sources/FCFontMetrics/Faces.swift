extension FontFace {
    /// Liberation Sans, the charts' font: Adobe's Helvetica AFM widths (the fonts are metric-
    /// compatible). A letter with a diacritic is as wide as its base letter; any other character
    /// the table lacks counts as a full em.
    public static let liberationSans = FontFace(
        Rules(
            ascii: [
                278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space … /
                556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 … ?
                1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ … O
                667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P … _
                333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` … o
                556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p … ~
            ], named: sansPunctuation, accentsAsBase: true, otherWidth: 1000, wideWidth: 1000))

    /// Liberation Sans Bold, same rules.
    public static let liberationSansBold = FontFace(
        Rules(
            ascii: [
                278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
                556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
                975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
                667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
                333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
                611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
            ], named: sansPunctuation, accentsAsBase: true, otherWidth: 1000, wideWidth: 1000))

    /// Punctuation outside ASCII that Swedish text uses, the same in both weights of Liberation Sans.
    private static let sansPunctuation: [Unicode.Scalar: Int] = [
        "\u{00A0}": 278, "–": 556, "—": 1000, "”": 500, "“": 500, "’": 278, "‘": 278, "…": 1000, "×": 584,
        "«": 556, "»": 556, "§": 556, "°": 400,
    ]

    /// Liberation Serif, the tables' font (Times New Roman's widths): the Swedish letters and a
    /// few other accented ones as wide as their base letters, dashes and spaces by their own
    /// widths, anything else as wide as a digit or, for the wide East Asian scripts, a full em.
    public static let liberationSerif = FontFace(
        Rules(
            ascii: [
                250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,  // space … /
                500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,  // 0 … ?
                921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,  // @ … O
                556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,  // P … _
                333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,  // ` … o
                500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,  // p … ~
            ],
            named: [
                "å": 444, "ä": 444, "à": 444, "á": 444, "â": 444, "é": 444, "è": 444, "ê": 444, "ë": 444,
                "ö": 500, "ø": 500, "ó": 500, "ò": 500, "ô": 500, "ü": 500, "ú": 500,
                "Å": 722, "Ä": 722, "Ö": 722, "Ø": 722, "Ü": 722, "À": 722, "Á": 722, "Ó": 722, "É": 611, "È": 611,
                "\u{00A0}": 250, "\u{202F}": 250, "–": 564, "−": 564, "—": 1000, "…": 1000,
            ], accentsAsBase: false, otherWidth: 500, wideWidth: 1000))
}
