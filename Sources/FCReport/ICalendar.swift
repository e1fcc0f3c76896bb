import Foundation

/// The year wheel as an iCalendar file (RFC 5545): one all-day event per activity. UIDs and
/// DTSTAMP are derived from the input, so the same year and centre give the same bytes.
public enum ICalendar {
    public static func write(entries: [YearWheel.Entry], calendarName: String, uidPrefix: String, year: Int) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fcdoc//Årshjul familjecentral//SV", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(calendarName),
        ]
        for (index, entry) in entries.enumerated() {
            lines += [
                "BEGIN:VEVENT",
                "UID:\(uidPrefix)-\(year)-\(String(format: "%02d", index + 1))@fcdoc",
                "DTSTAMP:\(year)0101T000000Z",
                "DTSTART;VALUE=DATE:" + date(entry.start),
                "DTEND;VALUE=DATE:" + date(entry.end),
                "SUMMARY:" + escape(entry.activity.text),
                "DESCRIPTION:"
                    + escape("Ansvarig: \(entry.activity.responsible). Årshjul familjecentraler (Bilaga 6)."),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func date(_ components: DateComponents) -> String {
        String(format: "%04d%02d%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0)
    }

    /// TEXT values escape backslash, semicolon, comma and line ends (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n", "\r": result += "\\n"
            default:
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
                    result.append(character)
                }
            }
        }
        return result
    }

    /// Lines longer than 75 octets are folded with CRLF and a space (RFC 5545 §3.1), never
    /// inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result
    }
}
