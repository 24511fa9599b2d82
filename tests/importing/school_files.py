"""Files as schools really have them, built in code so every test can read the bytes.

Each builder returns the bytes of one file; the constants next to it say what is in it
(line numbers as Excel shows them), so tests assert against the file, not the reader.
Reused by the staff, SCR and training import tests.
"""

import codecs
import datetime
import io

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

D = datetime.datetime

# SIMS "Staff list" report saved as CSV on a Windows PC (Windows-1252). ---------------

SIMS_HEADING_LINE = 4
SIMS_LINES = {"obrien": 5, "patel_ta": 6, "patel_mdsa": 7, "smith": 8, "okafor": 9}
SIMS_FOOTER_LINE = 11


def sims_staff_csv():
    """Title, "Printed" and blank rows above the headings; Legal Surname and Surname;
    "2 Sep 2024" dates; Priya Patel twice (two contracts, one payroll number); payroll
    numbers with leading zeros; an NI number column; an "End of report" footer."""
    rows = [
        "Riverside Primary School – Staff list (current staff)",
        "Printed 02/09/2024 14:31 by J Bennett",
        "",
        "Legal Surname,Surname,Legal Forename,Preferred Forename,Payroll Number,Post,"
        "Contract Type,Employment Start Date,End Date,Work Email Address,NI Number,Gender",
        "O’Brien,O’Brien,Siobhán,Shiv,00123,Class Teacher,Permanent,2 Sep 2024,,"
        "s.obrien@riverside.sch.uk,AB123456C,Female",
        "Patel,Patel,Priya,,004512,Teaching Assistant,Permanent,1 Sep 2019,,"
        "p.patel@riverside.sch.uk,CD654321A,Female",
        "Patel,Patel,Priya,,004512,Midday Supervisor,Casual,14 Jan 2021,,"
        "p.patel@riverside.sch.uk,CD654321A,Female",
        "Smith,Smith-Jones,Robert,Rob,010077,School Business Manager,Fixed term,"
        "2 Sept 2024,31 Aug 2025,r.smith@riverside.sch.uk,,Male",
        'Okafor,Okafor,Chidi,,000981,"Teacher, Year 6 & Maths Lead",Permanent,'
        "01/09/2016,,c.okafor@riverside.sch.uk,EF112233B,Male",
        "",
        "End of report",
    ]
    return ("\r\n".join(rows) + "\r\n").encode("cp1252")


# Arbor "All staff" export as XLSX. ----------------------------------------------------

ARBOR_SHEET = "Staff"
ARBOR_LINES = {"ahmed": 2, "brown": 3, "chen": 4}


def arbor_staff_xlsx():
    """Headings on line 1; start dates as Excel date cells, end dates as serial numbers
    (a column formatted General); staff IDs as text with leading zeros except Chen's,
    which Excel turned into the number 414; no School column."""
    book = Workbook()
    sheet = book.active
    sheet.title = ARBOR_SHEET
    sheet.append([
        "Staff ID", "Legal First Name", "Legal Last Name", "Preferred First Name",
        "Business Role", "Start Date", "End Date", "Email Address", "Contract Type",
    ])  # fmt: skip
    sheet.append(["00412", "Amina", "Ahmed", "", "Teacher", D(2024, 9, 2), None,
                  "a.ahmed@oakfield.org.uk", "Permanent"])  # fmt: skip
    sheet.append(["00413", "Daniel", "Brown", "Dan", "Site Manager", D(2018, 4, 16), 45537,
                  "d.brown@oakfield.org.uk", "Fixed Term"])  # fmt: skip
    sheet.append([414, "Wei", "Chen", "", "Cover Supervisor", 45170, None,
                  "w.chen@oakfield.org.uk", "Temporary"])  # fmt: skip
    sheet["F2"].number_format = "dd/mm/yyyy"
    sheet["F3"].number_format = "dd/mm/yyyy"
    return _save(book)


# Bromcom staff export: Excel "Unicode Text" (UTF-16, tab-separated, BOM). --------------

BROMCOM_LINES = {"wright": 2, "nowak": 3}


def bromcom_staff_utf16():
    rows = [
        "Staff Code\tTitle\tForename\tSurname\tKnown As\tJob Title\tContract Type\t"
        "Contract Start\tEmail\tDOB",
        "0042\tMrs\tZoë\tWright\t\tDeputy Headteacher\tPRM\t02/09/2024 00:00:00\t"
        "z.wright@hillside.sch.uk\t14/03/1981",
        "0107\tMr\tŁukasz\tNowak\tLuke\tCaretaker\tFXT\t2024-01-08\tl.nowak@hillside.sch.uk\t"
        "02/11/1975",
    ]
    return codecs.BOM_UTF16_LE + ("\r\n".join(rows) + "\r\n").encode("utf-16-le")


# A school's own SCR workbook. ---------------------------------------------------------

SCR_SHEETS = ["Teaching Staff", "Support Staff", "Volunteers", "Governors", "Agency & Supply"]
SCR_TOP_HEADINGS = [
    "Surname", "Forename", "Role", "Start Date", "Identity checked", None, "Right to Work",
    "DBS", None, "List 99", "Prohibition Order Check", "S128 Check", "Overseas Check",
    "Qualifications Checked", "Medical Fitness", "Checked By", "Notes",
]  # fmt: skip
SCR_SUB_HEADINGS = {5: "Date", 6: "By whom", 8: "Cert No", 9: "Issue Date"}  # 1-based columns
SCR_HEADING_LINES = (3, 4)
SCR_TEACHING = {
    "adams": 5, "baker": 6, "carter_hidden": 7, "davies_struck": 8, "evans": 9,
    "blank": 10, "key": 11, "footer": 12,
}  # fmt: skip
TICK = "✓"


def _scr_sheet(book, title, people):
    sheet = book.create_sheet(title)
    sheet.append([f"Riverside Primary School – Single Central Record: {title}"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    sheet.append(["Last updated 02/09/2024 (JB)"])
    sheet.append(SCR_TOP_HEADINGS)
    sheet.append([SCR_SUB_HEADINGS.get(column) for column in range(1, 18)])
    sheet.merge_cells("E3:F3")
    sheet.merge_cells("H3:I3")
    for column in "ABCDGJKLMNOPQ":  # single headings span both heading rows
        sheet.merge_cells(f"{column}3:{column}4")
    for person in people:
        sheet.append(person)
    return sheet


def scr_workbook_xlsx():
    """A sheet per category; a title and "Last updated" row; "Identity checked" merged
    over Date/By whom and "DBS" over Cert No/Issue Date; names but no staff numbers;
    ticks, "Y", "Seen", "awaiting", "N/A – UK only"; "Sept 2017" in a date column; text
    in a date column; a DBS number that lost its leading zeros; a hidden row (a leaver),
    a struck-through row, a blank row, a colour key and a footer."""
    book = Workbook()
    book.remove(book.active)
    teaching = _scr_sheet(book, "Teaching Staff", [
        ["Adams", "Helen", "Headteacher", D(2015, 9, 1), D(2015, 8, 20), "JB", "Seen",
         "001234567890", D(2015, 8, 10), "Y", "Y", "Y", "N/A – UK only", "Seen", "Y", "JB",
         ""],
        ["Baker", "Tom", "Class Teacher", D(2017, 9, 4), "Sept 2017", "JB", TICK,
         12345678901, "awaiting", TICK, TICK, "N/A", "N/A", TICK, "Y", "JB",
         "DBS applied 28/08/2017"],
        ["Carter", "Sam", "Class Teacher", D(2012, 9, 1), D(2012, 8, 1), "AB", "Y",
         "009876543210", D(2012, 8, 1), "Y", "Y", "N/A", "N/A", "Y", "Y", "AB", "Left 2023"],
        ["Davies", "Gareth", "Class Teacher", D(2019, 9, 2), D(2019, 8, 1), "JB", "Y",
         "000111222333", D(2019, 8, 20), "Y", "Y", "N/A", "N/A", "Y", "Y", "JB", ""],
        ["Evans", "Carys", "Class Teacher", D(2022, 1, 4), "04/01/2022", "JB", "Y",
         "004455667788", "2 Dec 2021", "Y", "Y", "N/A", "Lived in Spain 2019-21", "Seen",
         "pending", "JB", "Certificate of good conduct requested"],
        [],
        ["Key: green = complete, amber = awaiting, red = missing"],
        ["Total: 4 teaching staff"],
    ])  # fmt: skip
    teaching.row_dimensions[SCR_TEACHING["carter_hidden"]].hidden = True
    for cell in teaching[SCR_TEACHING["davies_struck"]]:
        cell.font = Font(strike=True)
    teaching[f"A{SCR_TEACHING['key']}"].fill = PatternFill("solid", fgColor="C6EFCE")
    _scr_sheet(book, "Support Staff", [
        ["Foster", "Jo", "Teaching Assistant", D(2020, 9, 1), "01/09/2020", "JB", "Y",
         "002233445566", "20/08/2020", "Y", "N/A", "N/A", "N/A", "N/A", "Y", "JB", ""],
        ["Green", "Lee", "Cleaner", "6 Jan 2023", "✔", "", "Seen", "", "requested",
         "awaiting", "N/A", "N/A", "not required: UK only", "N/A", "N", "", ""],
    ])  # fmt: skip
    _scr_sheet(book, "Volunteers", [
        ["Hughes", "Margaret", "Reading volunteer", "Sept 2021", "Sept 2021", "JB", "N/A",
         "003344556677", "1 Sept 2021", "Y", "N/A", "N/A", "N/A", "N/A", "N/A", "JB",
         "Supervised at all times"],
    ])  # fmt: skip
    _scr_sheet(book, "Governors", [
        ["Iqbal", "Farah", "Chair of Governors", D(2020, 3, 1), D(2020, 2, 14), "JB", "N/A",
         "005566778899", D(2020, 2, 20), "N/A", "N/A", "Y", "N/A", "N/A", "N/A", "JB", ""],
    ])  # fmt: skip
    agency = _scr_sheet(book, "Agency & Supply", [
        ["Jones", "Rhys", "Supply Teacher", D(2024, 9, 2), "Agency", "", "Agency",
         "006677889900", D(2024, 5, 1), "Agency", "Agency", "N/A", "N/A", "Agency", "Agency",
         "JB", "Teachers Direct: letter on file"],
    ])  # fmt: skip
    agency["R3"] = "Agency Letter Received"
    agency.merge_cells("R3:R4")
    agency["R5"] = D(2024, 8, 30)
    return _save(book)


# Training records: a row per record (CSV, UTF-8 with BOM) and a matrix (XLSX). --------

TRAINING_LINES = {"obrien_safeguarding": 2, "obrien_pfa": 3, "patel_epfa": 4}


def training_records_csv():
    rows = [
        "Staff Name,Course,Date Completed,Expiry,Provider,Certificate No",
        "Siobhán O’Brien,Level 1 Safeguarding,2 Sep 2024,2 Sep 2025,Local Authority,",
        "Siobhán O’Brien,Paediatric First Aid (12 hr),14/03/2023,14/03/2026,St John Ambulance,"
        "SJA-0045123",
        "Priya Patel,EPFA,2023-06-20,,Red Cross,",
        "Priya Patel,Prevent Duty,01.10.2024,,Home Office e-learning,",
        "Robert Smith,Team Teach,5th November 2023,5th November 2024,Team Teach Ltd,TT-00981",
        "Chidi Okafor,Epipen,Sept 2024,,School nurse,",
    ]
    return ("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8")


TRAINING_MATRIX_COURSES = ["Safeguarding", "Prevent", "PFA", "FAW", "Team Teach", "Fire Marshal"]
TRAINING_MATRIX_LINES = {"obrien": 4, "patel": 5, "smith": 6}


def training_matrix_xlsx():
    """People down, courses across, dates (cells, text and serial numbers) in between."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Matrix 2024-25"
    sheet.append(["Riverside Primary – Training matrix 2024/25"])
    sheet.append([])
    sheet.append(["Name", "Role", *TRAINING_MATRIX_COURSES])
    sheet.append(["Siobhán O’Brien", "Class Teacher", D(2024, 9, 2), D(2024, 9, 2),
                  "14/03/2023", None, "N/A", None])  # fmt: skip
    sheet.append(["Priya Patel", "Teaching Assistant", D(2024, 9, 2), "Sept 2024", None,
                  45537, "booked 12/10/2024", "N/A"])  # fmt: skip
    sheet.append(["Robert Smith", "School Business Manager", "02/09/2024", None, None, None,
                  None, D(2023, 1, 9)])  # fmt: skip
    sheet.append([])
    sheet.append(["Key: red = expired, amber = due within 30 days"])
    return _save(book)


def _save(book):
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()
