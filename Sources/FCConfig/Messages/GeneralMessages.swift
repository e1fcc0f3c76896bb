extension Message {
    /// An error from the system (a file that cannot be written, say) that fcdoc has no words of
    /// its own for: the system's text, quoted.
    public static func failed(reason: String) -> Message {
        Message(.failed, sv: "något gick fel: \(reason)", en: reason)
    }
}
