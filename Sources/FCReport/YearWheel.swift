import FCConfig
import Foundation

/// The year wheel of seed 004's Bilaga 6: what happens each month and who is responsible, with
/// the dates resolved for a given year.
public enum YearWheel {
    /// When an activity happens.
    public enum When: Sendable, Equatable {
        /// Some time during the month.
        case month(Int)
        /// One day, e.g. 28/2.
        case day(month: Int, day: Int)
        /// ISO weeks, e.g. 45–46.
        case weeks(Int, Int)

        /// The month it falls in, for ordering (a week counts by its number: week 39 is September).
        var month: Int {
            switch self {
            case .month(let month), .day(let month, _): return month
            case .weeks(let first, _): return min(12, (first * 7 + 3) / 31 + 1)
            }
        }
    }

    public struct Activity: Sendable, Equatable {
        public var when: When
        public var text: String
        public var responsible: String
    }

    /// The activity whose day is the centre's `follow_up.report_due` (Bilaga 6 has 28/2).
    public static let reportHandIn = "Verksamhetsberättelsen lämnas in"

    public static let activities: [Activity] = [
        Activity(when: .month(1), text: "Självreflektion", responsible: "Samordnare"),
        Activity(when: .month(1), text: "Gå igenom årshjulet", responsible: "Ledningsgruppen"),
        Activity(when: .day(month: 2, day: 28), text: reportHandIn, responsible: "Samordnare"),
        Activity(
            when: .month(3), text: "Ledningsgruppen sammanställer verksamhetsberättelsen",
            responsible: "Ledningsgruppen"),
        Activity(when: .month(3), text: "Planera sommarsemester", responsible: "Samordnare"),
        Activity(when: .month(3), text: "Godkänna sommarsemestrar", responsible: "Respektive verksamhetschef"),
        Activity(when: .month(3), text: "Överenskomma och godkänna gemensam plan", responsible: "Ledningsgruppen"),
        Activity(when: .month(4), text: "Ledningsgruppen gör verksamhetsbesök", responsible: "Ledningsgruppen"),
        Activity(when: .month(5), text: "Ledningsgruppen gör verksamhetsbesök", responsible: "Ledningsgruppen"),
        Activity(when: .month(5), text: "Familjecentralens dag", responsible: "Samordnare"),
        Activity(when: .month(5), text: "FFFF:s årliga konferens", responsible: "Ledningsgruppen"),
        Activity(when: .weeks(39, 39), text: "Hälsovecka – planera aktiviteter", responsible: "Samordnare"),
        Activity(when: .month(9), text: "Tillsammans titta igenom samverkansavtalet", responsible: "Samordnare"),
        Activity(
            when: .month(9), text: "Gå igenom rutiner kring hot/våld och säkerhet på familjecentralen",
            responsible: "Samordnare"),
        Activity(
            when: .month(10), text: "Ledningsgruppen gör verksamhetsbesök med arbetsmiljörond",
            responsible: "Ledningsgruppen"),
        Activity(when: .month(11), text: "Ledningsgruppen gör verksamhetsbesök", responsible: "Ledningsgruppen"),
        Activity(
            when: .day(month: 11, day: 20), text: "Barnkonventionens dag – planera aktiviteter",
            responsible: "Samordnare"),
        Activity(
            when: .month(11), text: "Uppmärksamhetsveckan (alkohol) – planera aktiviteter", responsible: "Samordnare"),
        Activity(when: .weeks(45, 46), text: "Föräldraenkäten delas ut", responsible: "Samordnare"),
        Activity(when: .month(12), text: "Självreflektion", responsible: "Samordnare"),
    ]

    public static let monthNames = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
        "september", "oktober", "november", "december",
    ]

    /// An activity with real dates: `end` is the day after the last day (as iCalendar counts).
    public struct Entry: Sendable, Equatable {
        public var activity: Activity
        public var month: Int
        public var start: DateComponents
        public var end: DateComponents
        /// "28 februari", "v. 45–46 (3–16 november)", "november".
        public var dateText: String
    }

    static var calendar: Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar
    }

    /// The activities of `year` in month order, the report handed in on `reportDue`.
    public static func entries(for year: Int, reportDue: MonthDay) -> [Entry] {
        let activities = activities.map { activity in
            activity.text == reportHandIn
                ? Activity(
                    when: .day(month: reportDue.month, day: reportDue.day), text: activity.text,
                    responsible: activity.responsible)
                : activity
        }
        return activities.enumerated().sorted {
            ($0.element.when.month, $0.offset) < ($1.element.when.month, $1.offset)
        }
        .map(\.element).compactMap { activity in
            let calendar = calendar
            let start: Date?
            let end: Date?
            let text: String
            switch activity.when {
            case .month(let month):
                start = calendar.date(from: DateComponents(year: year, month: month, day: 1))
                end = start.flatMap { calendar.date(byAdding: .month, value: 1, to: $0) }
                text = monthNames[month - 1]
            case .day(let month, let day):
                start = calendar.date(from: DateComponents(year: year, month: month, day: day))
                end = start.flatMap { calendar.date(byAdding: .day, value: 1, to: $0) }
                text = "\(day) \(monthNames[month - 1])"
            case .weeks(let first, let last):
                start = calendar.date(from: DateComponents(weekday: 2, weekOfYear: first, yearForWeekOfYear: year))
                end = calendar.date(from: DateComponents(weekday: 2, weekOfYear: last, yearForWeekOfYear: year))
                    .flatMap { calendar.date(byAdding: .day, value: 7, to: $0) }
                let weeks = first == last ? "v. \(first)" : "v. \(first)–\(last)"
                text = "\(weeks) (\(Self.span(start, end, calendar)))"
            }
            guard let start, let end else { return nil }
            let startParts = calendar.dateComponents([.year, .month, .day], from: start)
            return Entry(
                activity: activity, month: startParts.month ?? 1, start: startParts,
                end: calendar.dateComponents([.year, .month, .day], from: end), dateText: text)
        }
    }

    /// "3–16 november" or "29 september–5 oktober" for a week range (end exclusive).
    static func span(_ start: Date?, _ end: Date?, _ calendar: Calendar) -> String {
        guard let start, let end, let last = calendar.date(byAdding: .day, value: -1, to: end) else { return "" }
        let a = calendar.dateComponents([.month, .day], from: start)
        let b = calendar.dateComponents([.month, .day], from: last)
        if a.month == b.month { return "\(a.day ?? 0)–\(b.day ?? 0) \(monthNames[(b.month ?? 1) - 1])" }
        return "\(a.day ?? 0) \(monthNames[(a.month ?? 1) - 1])–\(b.day ?? 0) \(monthNames[(b.month ?? 1) - 1])"
    }
}
