/// The language a person reads fcdoc's messages in: Swedish or English.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case sv
    case en

    /// The language gettext would choose from `environment`: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides; Swedish when it starts with
    /// `sv` (`sv`, `sv_SE.UTF-8`, `sv_FI`), English otherwise (`C`, `C.UTF-8`, `POSIX`, `en_GB`, …)
    /// and when none is set.
    public init(environment: [String: String]) {
        let chosen = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = chosen.map { $0.lowercased().hasPrefix("sv") } == true ? .sv : .en
    }
}
