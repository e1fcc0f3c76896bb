import FCConfig
import FCDocument

/// The values the `samverkansavtal` template sees, built from a valid centre file. Plain text
/// only: escaping for Markdown happens when the template inserts them.
public enum AgreementContext {
    public static let defaultDisputeBody = "kontaktorganet för samarbete mellan landstinget och kommunen (LAKO)"
    public static let defaultAppointedBy = "ledningsgruppen"
    public static let defaultNoticeMonths = 12

    public static func title(for file: CentreFile) -> String {
        "Samverkansavtal för \(file.centre.name.value) i \(file.centre.municipality.value)"
    }

    /// Signed copies default to one per signing party ("varav parterna tagit var sitt").
    public static func copies(for file: CentreFile) -> Int {
        file.agreement.copies?.value ?? max(1, signingParties(of: file).count)
    }

    /// The ids of the parties that sign, in the order their first signatory appears.
    public static func signingParties(of file: CentreFile) -> [String] {
        file.signatories.map(\.party.value).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    public static func make(_ file: CentreFile) -> [String: Any] {
        let centre = file.centre
        let noticeMonths = file.agreement.noticeMonths?.value ?? defaultNoticeMonths
        return [
            "title": title(for: file),
            "centre": Self.centre(file),
            "parties": file.parties.map(party),
            "parties_sentence": SwedishText.list(file.parties.map { partyDisplayName(file, $0.id.value) }),
            "catchment_area_paragraphs": paragraphs(centre.catchmentArea),
            "premises_paragraphs": paragraphs(centre.premises),
            "budget_paragraphs": paragraphs(file.budget),
            "psychological_competence_paragraphs": paragraphs(file.psychologicalCompetence),
            "services": services(file),
            "steering_group": file.steeringGroup.map { group(file, $0) } as Any,
            "management_group": group(file, file.managementGroup),
            "coordinator": coordinator(file),
            "report_due_text": "den " + file.followUp.reportDueDay.swedish,
            "notice_period_text": SwedishText.months(noticeMonths),
            "dispute_body": file.agreement.disputeBody?.value ?? defaultDisputeBody,
            "copies_text": SwedishText.number(copies(for: file), neuter: true),
            "signatories": file.signatories.map { signatory(file, $0) },
        ]
    }

    static func centre(_ file: CentreFile) -> [String: Any] {
        let centre = file.centre
        return [
            "name": centre.name.value, "municipality": centre.municipality.value, "region": centre.region.value,
            "county": centre.county.value, "address": centre.address.value,
        ]
    }

    static func paragraphs(_ text: Located<String>?) -> [String] {
        text.map { SwedishText.paragraphs($0.value) } ?? []
    }

    static func party(_ party: Party) -> [String: Any] {
        let names = party.services.map(\.value.rawValue)
        return [
            "organisation": party.organisation.value, "unit": party.unit.value,
            "type_label": party.type?.value.rawValue ?? "",
            "services_text": SwedishText.list(names), "has_services": !names.isEmpty,
        ]
    }

    static let serviceHeadings: [Service: (heading: String, flag: String)] = [
        .maternalHealth: ("Mödrahälsovården", "is_mvc"),
        .childHealth: ("Barnhälsovården", "is_bvc"),
        .openPreschool: ("Öppna förskolan", "is_oppen_forskola"),
        .socialServices: ("Den förebyggande socialtjänsten", "is_socialtjanst"),
    ]

    static func services(_ file: CentreFile) -> [[String: Any]] {
        Service.allCases.compactMap { service in
            guard let party = file.parties.first(where: { $0.services.contains { $0.value == service } }),
                  let naming = serviceHeadings[service] else { return nil }
            var entry: [String: Any] = [
                "heading": naming.heading,
                "party": "\(party.unit.value), \(party.organisation.value)",
                "custom_duties": (file.responsibilities[service] ?? []).map(\.value),
            ]
            for (_, other) in serviceHeadings { entry[other.flag] = other.flag == naming.flag }
            return entry
        }
    }

    static func partyName(_ file: CentreFile, _ id: String) -> String {
        file.party(withID: id)?.organisation.value ?? id
    }

    /// "Vindelns hälsocentral (Region Västerbotten)": tells apart two parties of one organisation.
    public static func partyDisplayName(_ file: CentreFile, _ id: String) -> String {
        guard let party = file.party(withID: id) else { return id }
        return "\(party.unit.value) (\(party.organisation.value))"
    }

    static func group(_ file: CentreFile, _ group: Group) -> [String: Any] {
        [
            "members": group.members.map {
                ["name": $0.name.value, "title": $0.title.value, "party": partyName(file, $0.party.value)]
            },
            "custom_duties": group.duties.map(\.value),
        ]
    }

    static func coordinator(_ file: CentreFile) -> [String: Any] {
        let scope = file.coordinator.scopePercent?.value
        return [
            "appointed_by": file.coordinator.appointedBy?.value ?? defaultAppointedBy,
            "has_scope": scope != nil,
            "scope_text": scope.map { "\(SwedishNumber.decimal($0)) % av en heltid" } ?? "",
            "persons": file.coordinator.persons.map {
                ["name": $0.name.value, "party": partyName(file, $0.party.value)]
            },
        ]
    }

    static func signatory(_ file: CentreFile, _ signatory: Signatory) -> [String: Any] {
        let party = file.party(withID: signatory.party.value)
        return [
            "party_name": party?.organisation.value ?? signatory.party.value,
            "organisation": signatory.organisation?.value ?? party?.unit.value ?? "",
            "place": signatory.place.value,
            "date_text": file.agreement.signingDate?.value ?? "",
            "name": signatory.name.value,
            "title": signatory.title.value,
        ]
    }
}
