import ArgumentParser
import FCConfig
import Foundation

/// `--lang sv|en`, on every command of `fcdoc` and on `fcdoc-serve`: the language of what the
/// command prints. Without it the environment decides as gettext does (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`: Swedish for `sv…`, English otherwise). The web application's pages and answers are
/// Swedish whatever this says; for `fcdoc-serve` it is the language of the lines on the terminal.
public struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The language of messages: sv (Swedish) or en (English). Default: from LC_ALL, LC_MESSAGES or LANG "
                + "(Swedish for sv_SE and other sv locales, else English).", valueName: "sv|en"))
    public var chosen: Language?

    public init() {}

    /// `--lang` when given, else the process's environment.
    public var language: Language {
        chosen ?? Language(environment: ProcessInfo.processInfo.environment)
    }
}

extension Language: ExpressibleByArgument {}
