import FCConfig

/// The values the `samordningsfunktion` template sees: seed 002's role description of the
/// child-level coordination function, with where the centre organises it.
public enum CoordinationFunctionContext {
    public struct Values: TemplateValues {
        public var title: String
        public var centre: AgreementContext.Centre
        /// `coordination_function.organised_at` in paragraphs; empty for the seed's own text.
        public var organisedAtParagraphs: [String]

        public static var fields: [TemplateField<Self>] {
            [
                .text("title", \.title), .record("centre", \.centre),
                .texts("organised_at_paragraphs", \.organisedAtParagraphs),
            ]
        }
    }

    public static func title(for file: CentreFile) -> String {
        "Samordningsfunktion vid \(file.centre.name.value)"
    }

    public static func make(_ file: CentreFile) -> Values {
        Values(
            title: title(for: file), centre: AgreementContext.centre(file),
            organisedAtParagraphs: AgreementContext.paragraphs(file.coordinationFunction.organisedAt))
    }
}
