#!/usr/bin/env python3
"""The XLSX workbook of sheet::write_xlsx, read by an independent reader (Debian's python3-openpyxl).

Has the unit test write its fixed workbook (tests/sheet/xlsx_writer_test.cpp, the case that
reads GCSJ_XLSX_FIXTURE) and checks, sheet by sheet: the names ("contacts (private)" for a
private table), the header row (bold), the pane frozen under it ("A2"), the autofilter over the
header and every row, column widths from the content (8 to 60), a date cell a datetime with the
yyyy-mm-dd format and an impossible date kept as text, numbers and booleans typed (a number with
a leading zero kept as text), every text cell a string exactly as given (a formula-like "=1+1"
is data_type 's', never a formula, and carries no apostrophe; a literal "_x0041_" has its
underscore escaped; lines kept), and the workbook's title and comment.
Exits 77 (skipped) when the openpyxl module is absent.

Then, given the gcsj binary, `gcsj export examples/registry --table all -f xlsx`: its sheets, and
every cell the same as the CSV export of its table (dates, numbers and booleans typed, the CSV's
apostrophe before a formula-like cell absent), frozen headers, filters and widths; with
--private, the sheets holding private fields named "... (private)" and the workbook's comment.

Usage: check_xlsx.py GCSJ_TESTS_BINARY [GCSJ_BINARY SOURCE_DIR]
"""
import csv
import datetime
import io
import os
import subprocess
import sys
import tempfile

try:
    import openpyxl
except ImportError:
    print("python3-openpyxl is not installed: skipped")
    sys.exit(77)

tests_binary = sys.argv[1]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def check_sheet_shape(sheet, header, rows):
    """Header, frozen pane, autofilter and widths of a sheet of `rows` data rows."""
    got = [cell.value for cell in sheet[1]]
    check(got == header, f"{sheet.title}: header {got}, expected {header}")
    check(all(cell.font.b for cell in sheet[1]), f"{sheet.title}: the header is not bold")
    check(sheet.freeze_panes == "A2", f"{sheet.title}: frozen pane {sheet.freeze_panes}, not A2")
    last = openpyxl.utils.get_column_letter(len(header))
    expected = f"A1:{last}{rows + 1}"
    check(sheet.auto_filter.ref == expected,
          f"{sheet.title}: autofilter {sheet.auto_filter.ref}, expected {expected}")
    check(sheet.max_row == rows + 1, f"{sheet.title}: {sheet.max_row} rows, expected {rows + 1}")
    for index in range(1, len(header) + 1):
        width = sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width
        check(width is not None and 8 <= width <= 61,
              f"{sheet.title}: column {index} width {width}, not within 8 and 60")


with tempfile.TemporaryDirectory(prefix="gcsj-xlsx-") as scratch:
    path = os.path.join(scratch, "fixed.xlsx")
    run = subprocess.run([tests_binary, "-ts=sheet::xlsx_writer", "-tc=*GCSJ_XLSX_FIXTURE*"],
                         env={**os.environ, "GCSJ_XLSX_FIXTURE": path}, capture_output=True,
                         text=True)
    if run.returncode != 0 or not os.path.exists(path):
        print(run.stdout, run.stderr)
        print("FAIL: the unit test wrote no workbook")
        sys.exit(1)
    check(sorted(os.listdir(scratch)) == ["fixed.xlsx"],
          f"files beside the workbook: {sorted(os.listdir(scratch))}")
    book = openpyxl.load_workbook(path)

check(book.sheetnames == ["partners", "contacts (private)"], f"sheet names {book.sheetnames}")
check(book.properties.title == "Global Coalition for Social Justice \u2014 registry",
      f"title {book.properties.title!r}")
check("never publish" in (book.properties.description or ""),
      f"a private workbook's comment: {book.properties.description!r}")

partners = book["partners"]
check_sheet_shape(partners, ["id", "admitted", "actions_count", "international", "name",
                             "progress"], 3)
admitted = partners["B2"]
check(isinstance(admitted.value, datetime.datetime) and admitted.value.date() == datetime.date(2024, 3, 1),
      f"B2 {admitted.value!r} is not the date 2024-03-01")
check(admitted.is_date and admitted.number_format == "yyyy-mm-dd",
      f"B2 number format {admitted.number_format!r}")
check(partners["B3"].value == "2024-02-30" and partners["B3"].data_type == "s",
      f"an impossible date is not kept as text: {partners['B3'].value!r}")
check(partners["B4"].value is None, f"an empty cell holds {partners['B4'].value!r}")
check(partners["C2"].value == 3 and partners["C2"].data_type == "n", f"C2 {partners['C2'].value!r}")
check(partners["C3"].value == "007" and partners["C3"].data_type == "s",
      f"a number with a leading zero is not kept as text: {partners['C3'].value!r}")
check(partners["C4"].value == -12, f"C4 {partners['C4'].value!r}")
check(partners["D2"].value is True and partners["D2"].data_type == "b", f"D2 {partners['D2'].value!r}")
check(partners["D4"].value is False and partners["D4"].data_type == "b", f"D4 {partners['D4'].value!r}")
check(partners["D3"].value == "yes" and partners["D3"].data_type == "s", f"D3 {partners['D3'].value!r}")
check(partners["E2"].value == "=1+1" and partners["E2"].data_type == "s",
      f"a formula-like text is not a string: {partners['E2'].value!r} ({partners['E2'].data_type})")
check(partners["E4"].value == "@SUM(A1)" and partners["E4"].data_type == "s",
      f"E4 {partners['E4'].value!r} ({partners['E4'].data_type})")
# Excel and LibreOffice read "_xHHHH_" as U+HHHH: the writer writes the underscore of a literal
# one as "_x005F_", which they read back as written; openpyxl shows the escape undecoded.
check(partners["E3"].value == "_x005F_x0041_ and \u00e9t\u00e9", f"E3 {partners['E3'].value!r}")
check(partners["F2"].value == "2024-05-01: first\n: second", f"F2 {partners['F2'].value!r}")

contacts = book["contacts (private)"]
check_sheet_shape(contacts, ["partner", "email"], 1)
check(contacts["B2"].value == "a@example.org", f"contacts B2 {contacts['B2'].value!r}")



def as_csv_text(value):
    """A workbook cell as the CSV writes the same value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else str(value)
    return value


def check_export(gcsj, source):
    """`gcsj export REGISTRY --table all -f xlsx`: the same cells as each table's CSV."""
    registry = os.path.join(source, "examples", "registry")
    tables = ["partners", "actions", "group", "applications", "forum"]
    with tempfile.TemporaryDirectory(prefix="gcsj-xlsx-") as scratch:
        path = os.path.join(scratch, "registry.xlsx")
        subprocess.run([gcsj, "export", registry, "--table", "all", "-f", "xlsx", "-o", path],
                       check=True, capture_output=True)
        check(sorted(os.listdir(scratch)) == ["registry.xlsx"],
              f"export: files beside the workbook: {sorted(os.listdir(scratch))}")
        book = openpyxl.load_workbook(path)
        private_path = os.path.join(scratch, "private.xlsx")
        subprocess.run([gcsj, "export", registry, "--table", "all", "--private", "-f", "xlsx",
                        "-o", private_path], check=True, capture_output=True)
        private = openpyxl.load_workbook(private_path)
    check(book.sheetnames == tables, f"export: sheet names {book.sheetnames}")
    # The sheets that hold private fields say so (the workbook's comment says it of the file).
    check(private.sheetnames == ["partners (private)", "actions", "group",
                                 "applications (private)", "forum", "contacts (private)"],
          f"export --private: sheet names {private.sheetnames}")
    check("never publish" in (private.properties.description or "")
          and not book.properties.description,
          f"export: comments {book.properties.description!r}, {private.properties.description!r}")
    dates = 0
    for table in tables:
        raw = subprocess.run([gcsj, "export", registry, "--table", table, "-f", "csv"],
                             check=True, capture_output=True, text=True).stdout
        rows = list(csv.reader(io.StringIO(raw, newline="")))
        sheet = book[table]
        check_sheet_shape(sheet, rows[0], len(rows) - 1)
        for number, row in enumerate(rows[1:], 2):
            cells = [as_csv_text(cell.value) for cell in sheet[number]][:len(row)]
            # The CSV's apostrophe before a formula-like cell (or before a value's own
            # apostrophes in front of one) is the CSV's alone.
            expected = [c[1:] if c[:1] == "'" and c.lstrip("'")[:1] in ("=", "+", "-", "@", "\t", "\r")
                        else c for c in row]
            check(cells == expected, f"export: {table} row {number}: {cells} != {expected}")
        for column, name in enumerate(rows[0], 1):
            if name in ("admitted", "start", "end", "adherence.declared", "date"):
                for cell in list(sheet.iter_cols(column, column, 2))[0]:
                    if cell.value is None:
                        continue
                    dates += 1
                    check(isinstance(cell.value, datetime.datetime)
                          and cell.number_format == "yyyy-mm-dd",
                          f"export: {table} {cell.coordinate} ({name}) {cell.value!r} is not a date")
    check(dates > 0, "export: no date cell checked")


if len(sys.argv) > 2:
    check_export(sys.argv[2], sys.argv[3])

for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
