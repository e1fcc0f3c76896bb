import FCText
import Foundation

/// The four services a family centre joins under one roof (seed 004, "Ansvarsfördelning").
public enum Service: String, CaseIterable, Sendable, Hashable, Codable {
    case maternalHealth = "mödrahälsovård"
    case childHealth = "barnhälsovård"
    case openPreschool = "öppen förskola"
    case socialServices = "förebyggande socialtjänst"

    /// Accepted spellings besides the canonical name (the clinics' everyday abbreviations).
    public static let aliases: [String: Service] = [
        "mvc": .maternalHealth, "mhv": .maternalHealth,
        "bvc": .childHealth, "bhv": .childHealth,
    ]

    /// Every spelling a config may use, for messages and the JSON Schema.
    public static let acceptedNames: [String] = allCases.map(\.rawValue) + ["MVC", "BVC"]

    public init?(configName: String) {
        let trimmed = configName.trimmingSpaces()
        if let service = Service(rawValue: trimmed.lowercased()) {
            self = service
        } else if let service = Service.aliases[trimmed.lowercased()] {
            self = service
        } else {
            return nil
        }
    }
}
