import FCConfig
import FCDocument
import FCText

/// The values the `samverkansavtal` template sees, built from a valid centre file. Plain text
/// only: escaping for Markdown happens when the template inserts them.
public enum AgreementContext {
    /// Seed 004's dispute body: Jämtland's cooperation body of region and municipalities.
    public static let jamtlandDisputeBody = "kontaktorganet för samarbete mellan landstinget och kommunen (LAKO)"
    /// The region whose body `jamtlandDisputeBody` is.
    public static let jamtlandRegion = "Region Jämtland Härjedalen"
    /// Where a centre elsewhere names no dispute body: the general courts, which decide a dispute
    /// between the parties of an agreement when they have agreed on no other forum.
    public static let neutralDisputeBody = "allmän domstol"
    public static let defaultAppointedBy = "ledningsgruppen"
    public static let defaultNoticeMonths = 12

    public struct Values: TemplateValues {
        public var title: String
        public var centre: Centre
        public var parties: [PartyValues]
        /// "A (X), B (Y) och C (Z)" for the Parter sentence.
        public var partiesSentence: String
        public var catchmentAreaParagraphs: [String]
        public var premisesParagraphs: [String]
        public var budgetParagraphs: [String]
        public var psychologicalCompetenceParagraphs: [String]
        /// The services someone runs, in the seed's order.
        public var services: [ServiceValues]
        public var steeringGroup: GroupValues?
        public var managementGroup: GroupValues
        public var coordinator: CoordinatorValues
        /// "den 1 mars".
        public var reportDueText: String
        /// "tolv månader".
        public var noticePeriodText: String
        public var disputeBody: String
        /// The number of copies rendered, in words: "tre".
        public var copiesText: String
        public var signatories: [SignatoryValues]

        public static var fields: [TemplateField<Self>] {
            [
                .text("title", \.title), .record("centre", \.centre), .list("parties", \.parties),
                .text("parties_sentence", \.partiesSentence),
                .texts("catchment_area_paragraphs", \.catchmentAreaParagraphs),
                .texts("premises_paragraphs", \.premisesParagraphs), .texts("budget_paragraphs", \.budgetParagraphs),
                .texts("psychological_competence_paragraphs", \.psychologicalCompetenceParagraphs),
                .list("services", \.services), .optional("steering_group", \.steeringGroup),
                .record("management_group", \.managementGroup), .record("coordinator", \.coordinator),
                .text("report_due_text", \.reportDueText), .text("notice_period_text", \.noticePeriodText),
                .text("dispute_body", \.disputeBody), .text("copies_text", \.copiesText),
                .list("signatories", \.signatories),
            ]
        }
    }

    public struct Centre: TemplateValues {
        public var name, municipality, region, county, address: String

        public static var fields: [TemplateField<Self>] {
            [
                .text("name", \.name), .text("municipality", \.municipality), .text("region", \.region),
                .text("county", \.county), .text("address", \.address),
            ]
        }
    }

    public struct PartyValues: TemplateValues {
        public var organisation, unit, typeLabel, servicesText: String
        public var hasServices: Bool

        public static var fields: [TemplateField<Self>] {
            [
                .text("organisation", \.organisation), .text("unit", \.unit), .text("type_label", \.typeLabel),
                .text("services_text", \.servicesText), .flag("has_services", \.hasServices),
            ]
        }
    }

    public struct ServiceValues: TemplateValues {
        public var heading, party: String
        public var customDuties: [String]
        public var isMvc, isBvc, isOppenForskola, isSocialtjanst: Bool

        public static var fields: [TemplateField<Self>] {
            [
                .text("heading", \.heading), .text("party", \.party), .texts("custom_duties", \.customDuties),
                .flag("is_mvc", \.isMvc), .flag("is_bvc", \.isBvc), .flag("is_oppen_forskola", \.isOppenForskola),
                .flag("is_socialtjanst", \.isSocialtjanst),
            ]
        }
    }

    public struct GroupValues: TemplateValues {
        public var members: [MemberValues]
        public var customDuties: [String]

        public static var fields: [TemplateField<Self>] {
            [.list("members", \.members), .texts("custom_duties", \.customDuties)]
        }
    }

    public struct MemberValues: TemplateValues {
        public var name, title, party: String
        /// The title already names the party ("Enhetschef, Vindelns kommun"): not said again.
        public var titleNamesParty: Bool

        public static var fields: [TemplateField<Self>] {
            [
                .text("name", \.name), .text("title", \.title), .text("party", \.party),
                .flag("title_names_party", \.titleNamesParty),
            ]
        }
    }

    public struct CoordinatorValues: TemplateValues {
        public var appointedBy: String
        public var hasScope: Bool
        public var scopeText: String
        public var persons: [PersonValues]
        /// "tre år": the term the samordnaravtal gives the assignment.
        public var termText: String
        /// How the parties share the coordinator's cost: the seed's yearly turns, or equal parts.
        public var costIsRotating, costIsEqual: Bool

        public static var fields: [TemplateField<Self>] {
            [
                .text("appointed_by", \.appointedBy), .flag("has_scope", \.hasScope), .text("scope_text", \.scopeText),
                .list("persons", \.persons), .text("term_text", \.termText),
                .flag("cost_is_rotating", \.costIsRotating), .flag("cost_is_equal", \.costIsEqual),
            ]
        }
    }

    public struct PersonValues: TemplateValues {
        public var name, party: String

        public static var fields: [TemplateField<Self>] {
            [.text("name", \.name), .text("party", \.party)]
        }
    }

    public struct SignatoryValues: TemplateValues {
        public var partyName, organisation, place, dateText, name, title: String
        /// Whether the block needs its "Förvaltning/enhet" line: not when the organisation is the
        /// party the block is for or the title already names it.
        public var hasOrganisation: Bool

        public static var fields: [TemplateField<Self>] {
            [
                .text("party_name", \.partyName), .text("organisation", \.organisation), .text("place", \.place),
                .text("date_text", \.dateText), .text("name", \.name), .text("title", \.title),
                .flag("has_organisation", \.hasOrganisation),
            ]
        }
    }

    public static func title(for file: CentreFile) -> String {
        "Samverkansavtal för \(file.centre.name.value) i \(file.centre.municipality.value)"
    }

    /// - Parameters:
    ///   - file: the checked centre file.
    ///   - copies: the number of copies rendered; the sentence on copies says it.
    /// - Returns: the values the samverkansavtal template reads.
    public static func make(_ file: CentreFile, copies: Int) -> Values {
        let centre = file.centre
        let noticeMonths = file.agreement.noticeMonths?.value ?? defaultNoticeMonths
        return Values(
            title: title(for: file),
            centre: Self.centre(file),
            parties: file.parties.map(party),
            partiesSentence: SwedishText.list(file.parties.map { partyDisplayName(file, $0.id.value) }),
            catchmentAreaParagraphs: paragraphs(centre.catchmentArea),
            premisesParagraphs: paragraphs(centre.premises),
            budgetParagraphs: paragraphs(file.budget),
            psychologicalCompetenceParagraphs: paragraphs(file.psychologicalCompetence),
            services: services(file),
            steeringGroup: file.steeringGroup.map { group(file, $0) },
            managementGroup: group(file, file.managementGroup),
            coordinator: coordinator(file),
            reportDueText: "den " + file.followUp.due.swedish,
            noticePeriodText: SwedishText.months(noticeMonths),
            disputeBody: disputeBody(file),
            copiesText: copiesText(copies),
            signatories: file.signatories.map { signatory(file, $0) })
    }

    /// Who settles disputes: the centre's `agreement.dispute_body`; without one, seed 004's LAKO
    /// for a centre in Region Jämtland Härjedalen, whose body it is, and elsewhere the general
    /// courts (`neutralDisputeBody`) rather than another region's body.
    public static func disputeBody(_ file: CentreFile) -> String {
        if let own = file.agreement.disputeBody?.value { return own }
        let region = file.centre.region.value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return region.lowercased() == jamtlandRegion.lowercased() ? jamtlandDisputeBody : neutralDisputeBody
    }

    /// "ett", "två", … "tjugo": how the seeds write the number of likalydande exemplar.
    public static func copiesText(_ copies: Int) -> String {
        SwedishText.number(copies, neuter: true)
    }

    static func centre(_ file: CentreFile) -> Centre {
        let centre = file.centre
        return Centre(
            name: centre.name.value, municipality: centre.municipality.value, region: centre.region.value,
            county: centre.county.value, address: centre.address.value)
    }

    static func paragraphs(_ text: Located<String>?) -> [String] {
        text.map { SwedishText.paragraphs($0.value) } ?? []
    }

    static func party(_ party: Party) -> PartyValues {
        let names = party.services.map(\.value.rawValue)
        return PartyValues(
            organisation: party.organisation.value, unit: party.unit.value,
            typeLabel: party.type?.value.rawValue ?? "", servicesText: SwedishText.list(names),
            hasServices: !names.isEmpty)
    }

    static let serviceHeadings: [Service: String] = [
        .maternalHealth: "Mödrahälsovården",
        .childHealth: "Barnhälsovården",
        .openPreschool: "Öppna förskolan",
        .socialServices: "Den förebyggande socialtjänsten",
    ]

    static func services(_ file: CentreFile) -> [ServiceValues] {
        Service.allCases.compactMap { service in
            guard let party = file.parties.first(where: { $0.services.contains { $0.value == service } }),
                let heading = serviceHeadings[service]
            else { return nil }
            return ServiceValues(
                heading: heading, party: SwedishText.unit(party.unit.value, in: party.organisation.value),
                customDuties: (file.responsibilities[service] ?? []).map(\.value),
                isMvc: service == .maternalHealth, isBvc: service == .childHealth,
                isOppenForskola: service == .openPreschool, isSocialtjanst: service == .socialServices)
        }
    }

    static func partyName(_ file: CentreFile, _ id: String) -> String {
        file.party(withID: id)?.organisation.value ?? id
    }

    /// "Vindelns hälsocentral (Region Västerbotten)": tells apart two parties of one organisation.
    public static func partyDisplayName(_ file: CentreFile, _ id: String) -> String {
        guard let party = file.party(withID: id) else { return id }
        return SwedishText.unit(party.unit.value, of: party.organisation.value)
    }

    static func group(_ file: CentreFile, _ group: Group) -> GroupValues {
        GroupValues(
            members: group.members.map {
                let party = partyName(file, $0.party.value)
                return MemberValues(
                    name: $0.name.value, title: $0.title.value, party: party,
                    titleNamesParty: SwedishText.names($0.title.value, party))
            }, customDuties: group.duties.map(\.value))
    }

    static func coordinator(_ file: CentreFile) -> CoordinatorValues {
        let scope = file.coordinator.scopePercent?.value
        let method = file.coordinator.cost?.method?.value ?? .rotating
        return CoordinatorValues(
            appointedBy: file.coordinator.appointedBy?.value ?? defaultAppointedBy,
            hasScope: scope != nil,
            scopeText: scope.map(percentOfFullTime) ?? "",
            persons: file.coordinator.persons.map {
                PersonValues(name: $0.name.value, party: partyName(file, $0.party.value))
            },
            termText: CoordinatorContext.termText(CoordinatorTerm(file.coordinator)),
            costIsRotating: method == .rotating, costIsEqual: method == .equal)
    }

    /// "50 % av en heltid".
    static func percentOfFullTime(_ percent: Double) -> String {
        "\(SwedishNumber.decimal(percent)) % av en heltid"
    }

    static func signatory(_ file: CentreFile, _ signatory: Signatory) -> SignatoryValues {
        let party = file.party(withID: signatory.party.value)
        let partyName = party?.organisation.value ?? signatory.party.value
        // The party's name stands on the line "För:"; the organisation line does not repeat it.
        let organisation = SwedishText.dropping(
            partyName, from: signatory.organisation?.value ?? party?.unit.value ?? "")
        return SignatoryValues(
            partyName: partyName, organisation: organisation,
            place: signatory.place.value, dateText: signingDate(file),
            name: signatory.name.value, title: signatory.title.value,
            hasOrganisation: !organisation.trimmingSpaces().isEmpty
                && organisation.lowercased() != partyName.lowercased()
                && !SwedishText.names(signatory.title.value, organisation))
    }

    /// The date on the signature line: the agreement's signing date as written (ISO, as dates
    /// on signature lines are), else seed 004's "20 - -", to be filled in by hand.
    static func signingDate(_ file: CentreFile) -> String {
        file.agreement.signingDate?.value ?? unsetSigningDate
    }

    static let unsetSigningDate = "20 - -"
}
