/// One message for a person, in Swedish and in English, with a stable `code` for its kind so
/// that scripts need not read the text. Messages are made only by the catalogue's factories
/// (`Message.unknownKey(…)`), each a whole sentence per language with the user's values in it.
public struct Message: Sendable, Hashable, Codable {
    /// The kind of message, the same whatever the language and whatever values it carries.
    public let code: MessageCode
    /// The Swedish text.
    public let sv: String
    /// The English text.
    public let en: String

    /// A message of kind `code` with both its texts; neither can be left out.
    public init(_ code: MessageCode, sv: String, en: String) {
        self.code = code
        self.sv = sv
        self.en = en
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .sv: sv
        case .en: en
        }
    }
}
