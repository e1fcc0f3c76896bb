import Yams

/// A YAML parser error as one diagnostic a person can act on: the mistake `YAMLMistakes`
/// recognises, at its own line and column, or else the parser's words at the place it names.
enum YAMLProblem {
    static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
        if let finding = YAMLMistakes.first(in: text, upTo: lastLineRead(error)) {
            return Diagnostic(
                .error, at: SourceLocation(file: file, line: finding.line, column: finding.column),
                finding.message,
                notes: finding.notes.map {
                    Diagnostic.Note(at: SourceLocation(file: file, line: $0.line, column: $0.column), $0.message)
                })
        }
        return Diagnostic(.error, at: location(error, file: file), message(error))
    }

    /// The parser read the file correctly up to this line; a duplicate key is found only after the whole file.
    static func lastLineRead(_ error: YamlError) -> Int {
        switch error {
        case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _),
            .composer(let context, _, let mark, _):
            return max(mark.line, context?.mark.line ?? 0)
        default:
            return Int.max
        }
    }

    static func message(_ error: YamlError) -> Message {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            guard let context else { return .yamlMalformed(problem) }
            if context.text.contains("quoted scalar"), problem.contains("end of stream") {
                return .yamlUnclosedQuote
            }
            // Reported where the construct began (e.g. the opening quote); say where it broke.
            return .yamlMalformed(context.text, problem: problem, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, _):
            return .yamlDuplicateKeys(duplicates)
        case .reader(let problem, _, _, _):
            return .yamlMalformed(problem)
        default:
            return .yamlMalformed("\(error)")
        }
    }

    static func location(_ error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _),
            .composer(let context, _, let mark, _):
            let start = context?.mark ?? mark
            return SourceLocation(file: file, line: start.line, column: start.column)
        case .duplicatedKeysInMapping(_, let context):
            return SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        default:
            return SourceLocation.wholeFile(file)
        }
    }
}
