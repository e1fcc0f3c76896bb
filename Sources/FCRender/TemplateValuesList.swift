import FCTemplates

/// The values each typed template sees, as a Markdown list read from the types themselves:
/// `fcdoc template-values` prints it and `docs/template-values.md` holds it (a test keeps the
/// two equal), so the documentation cannot drift from the code.
public enum TemplateValuesList {
    /// Every document with the shape of its template's values.
    public static var documents: [(kind: DocumentKind, shape: ValueShape)] {
        [
            (.samverkansavtal, AgreementContext.Values.shape),
            (.samordnaravtal, CoordinatorContext.Values.shape),
            (.samordningsfunktion, CoordinationFunctionContext.Values.shape),
            (.lanssamordnare, CountyContext.Values.shape),
            (.verksamhetsberattelse, ReportContext.Values.shape),
            (.lansrapport, RollupContext.Values.shape),
            (.formularSjalvreflektion, FormContext.SelfReflectionValues.shape),
            (.formularForaldraenkat, FormContext.ParentSurveyValues.shape),
        ]
    }

    public static func markdown(for kinds: [DocumentKind]? = nil) -> String {
        var text = ""
        for (kind, shape) in documents where kinds?.contains(kind) ?? true {
            text += "## \(kind.rawValue)\n\n" + lines(shape, indent: "").joined(separator: "\n") + "\n\n"
        }
        return text
    }

    static func lines(_ shape: ValueShape, indent: String) -> [String] {
        guard case .record(let fields) = shape else { return [] }
        return fields.flatMap { field -> [String] in
            switch field.shape {
            case .text: return ["\(indent)- `\(field.name)`: text"]
            case .flag: return ["\(indent)- `\(field.name)`: yes/no, for `{{#\(field.name)}}` and `{{^\(field.name)}}`"]
            case .list(.text): return ["\(indent)- `\(field.name)`: list of texts, each `{{.}}`"]
            case .list(let element):
                return ["\(indent)- `\(field.name)`: list, each with"] + lines(element, indent: indent + "  ")
            case .record:
                return ["\(indent)- `\(field.name)`: with"] + lines(field.shape, indent: indent + "  ")
            case .unknown: return ["\(indent)- `\(field.name)`"]
            }
        }
    }
}
