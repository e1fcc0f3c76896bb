import Foundation

/// A calendar date written `YYYY-MM-DD`, checked to exist (no 2025-02-30).
public struct ISODate: Sendable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The date as prose writes it, "31 december 2024"; tables keep `description`.
    public var swedish: String { "\(MonthDay(month: month, day: day).swedish) \(year)" }

    private init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The same day `years` later; 29 February becomes 28 February in a common year.
    public func addingYears(_ years: Int) -> ISODate {
        let year = self.year + years
        return ISODate(checkedYear: year, month: month, day: min(day, Self.daysIn(month: month, year: year)))
    }

    public var previousDay: ISODate {
        if day > 1 { return ISODate(checkedYear: year, month: month, day: day - 1) }
        if month > 1 {
            return ISODate(checkedYear: year, month: month - 1, day: Self.daysIn(month: month - 1, year: year))
        }
        return ISODate(checkedYear: year - 1, month: 12, day: 31)
    }

    /// The last day of a term of `years` years that starts on this day.
    public func termEnd(years: Int) -> ISODate {
        addingYears(years).previousDay
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A yearly date written `MM-DD`; 02-29 is refused because it does not come every year.
public struct MonthDay: Sendable, Hashable {
    public let month: Int
    public let day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            let month = Int(parts[0]), let day = Int(parts[1]),
            (1...12).contains(month), (1...ISODate.daysIn(month: month, year: 2025)).contains(day)
        else { return nil }
        self.init(month: month, day: day)
    }

    init(month: Int, day: Int) {
        self.month = month
        self.day = day
    }

    static let monthNames = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
        "september", "oktober", "november", "december",
    ]

    /// "1 mars"
    public var swedish: String { "\(day) \(Self.monthNames[month - 1])" }
}
