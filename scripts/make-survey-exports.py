#!/usr/bin/env python3
"""Writes the parent survey of fixtures/reports/vindeln-2025-enkat.csv (fcdoc's own CSV: question
keys as headers, answers 1-5) again as two survey tools export it, into fixtures/survey-exports/:

- vindeln-2025-google-forms.csv: Google Forms' CSV download, comma-separated, a `Tidstämpel`
  column first, the question texts as the blank form prints them as headers, the answer labels
  as answers, and the form's free-text question last;
- vindeln-2025-microsoft-forms.xlsx: Microsoft Forms' "Öppna i Excel" workbook, sheet `Form1`,
  the tool's own columns (ID, Starttid, Sluttid, E-post, Namn) first, times as Excel serial
  dates in a date format, texts as shared strings, the "Jag är" answers as inline strings.

The same answers, so the counts must be the original's. Run from the repository's root:
`python3 scripts/make-survey-exports.py` (the output is the same on every run).
"""
import csv
import datetime
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "fixtures/reports/vindeln-2025-enkat.csv"
OUT = ROOT / "fixtures/survey-exports"

# The built-in questions as `fcdoc form parent-survey` prints them (Sources/FCReport/Survey.swift).
QUESTIONS = {
    "mal1a": "Familjecentralen är lätt att besöka och har öppettider som passar mig.",
    "mal1b": "Jag känner mig välkommen på familjecentralen.",
    "mal2a": "Jag har fått kontakt med andra föräldrar genom familjecentralen.",
    "mal2b": "Familjecentralen har erbjudit mig föräldraskapsstöd i grupp.",
    "mal3a": "Jag kan vara med och påverka verksamheten på familjecentralen.",
    "mal3b": "Mitt barn får vara delaktigt i verksamheten.",
    "mal4a": "Jag vet vart jag kan vända mig på familjecentralen när jag behöver stöd.",
    "mal4b": "Jag har fått det stöd jag behövt.",
    "mal5a": "Jag har fått kunskap och information som är till nytta för mig som förälder.",
    "mal5b": "Familjecentralen informerar om samhällets stöd till barnfamiljer.",
}
LABELS = {
    "1": "Instämmer inte alls",
    "2": "Instämmer till liten del",
    "3": "Instämmer delvis",
    "4": "Instämmer till stor del",
    "5": "Instämmer helt",
}
COMMENT = "Vill du berätta något mer?"
# A few free-text answers with the characters CSV must quote: commas, quotes, a line break.
COMMENTS = ['Bra, trevlig personal!', 'Mer "öppen förskola" på eftermiddagen', "Tack.\nVi kommer igen."]


def read_source():
    with SOURCE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header, answers = rows[0], rows[1:]
    return [dict(zip(header, row)) for row in answers]


def label(value):
    return LABELS.get(value, value)  # "Vet ej" and empty cells stay as they are


def answered_at(row, index):
    """A time of day for the row's date, so that rows of one day differ."""
    day = datetime.datetime.strptime(row["datum"], "%Y-%m-%d")
    return day + datetime.timedelta(hours=8, minutes=(index * 37) % 600, seconds=(index * 13) % 60)


def google_forms(rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["Tidstämpel", "Jag är"] + list(QUESTIONS.values()) + [COMMENT])
    for index, row in enumerate(rows):
        comment = COMMENTS[index % len(COMMENTS)] if index % 5 == 0 else ""
        writer.writerow(
            [answered_at(row, index).strftime("%Y-%m-%d %H:%M:%S"), row["kon"].capitalize()]
            + [label(row[key]) for key in QUESTIONS]
            + [comment])
    (OUT / "vindeln-2025-google-forms.csv").write_text(buffer.getvalue(), encoding="utf-8")


def serial(moment):
    delta = moment - datetime.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400


def column_name(number):
    name = ""
    while number:
        number, digit = divmod(number - 1, 26)
        name = chr(65 + digit) + name
    return name


def microsoft_forms(rows):
    header = ["ID", "Starttid", "Sluttid", "E-post", "Namn", "Jag är"] + list(QUESTIONS.values())
    shared = []
    index_of = {}

    def shared_string(text):
        if text not in index_of:
            index_of[text] = len(shared)
            shared.append(text)
        return index_of[text]

    def string_cell(ref, text):
        return f'<c r="{ref}" t="s"><v>{shared_string(text)}</v></c>'

    sheet_rows = []
    cells = "".join(string_cell(f"{column_name(i + 1)}1", text) for i, text in enumerate(header))
    sheet_rows.append(f'<row r="1" spans="1:{len(header)}">{cells}</row>')
    for index, row in enumerate(rows):
        number = index + 2
        started = answered_at(row, index)
        finished = started + datetime.timedelta(minutes=3, seconds=index % 50)
        cells = [
            f'<c r="A{number}"><v>{index + 1}</v></c>',
            f'<c r="B{number}" s="1"><v>{serial(started):.10f}</v></c>',
            f'<c r="C{number}" s="1"><v>{serial(finished):.10f}</v></c>',
            string_cell(f"D{number}", "anonymous"),
            # Microsoft Forms leaves Namn empty for anonymous answers: no cell at all.
            f'<c r="F{number}" t="inlineStr"><is><t>{escape(row["kon"].capitalize())}</t></is></c>',
        ]
        for offset, key in enumerate(QUESTIONS):
            value = label(row[key])
            if value:  # an unanswered question is a missing cell
                cells.append(string_cell(f"{column_name(7 + offset)}{number}", value))
        sheet_rows.append(f'<row r="{number}" spans="1:{len(header)}">{"".join(cells)}</row>')
    last = f"{column_name(len(header))}{len(rows) + 1}"
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>"),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{package}">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{main}" xmlns:r="{rel}">'
            '<workbookPr/><sheets><sheet name="Form1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{package}">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"),
        "xl/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{main}">'
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd\\ hh:mm:ss"/></numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            "</styleSheet>"),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{main}" xmlns:r="{rel}">'
            f'<dimension ref="A1:{last}"/><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>'),
    }
    items = "".join(f"<si><t>{escape(text)}</t></si>" for text in shared)
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{main}" '
        f'count="{len(shared)}" uniqueCount="{len(shared)}">{items}</sst>')
    with zipfile.ZipFile(OUT / "vindeln-2025-microsoft-forms.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 12, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def main():
    OUT.mkdir(exist_ok=True)
    rows = read_source()
    google_forms(rows)
    microsoft_forms(rows)


if __name__ == "__main__":
    main()
