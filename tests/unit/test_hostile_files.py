"""Hostile and broken files through the import service, each in a child process.

Every file is built here, then a fresh interpreter runs what the import wizard runs
(`importer.open_file`, `importer.plan_sheet`, `importer.preview`, `importer.dry_run`) and
prints one JSON line: the refusal (code and message) or the counts, with its peak memory
(``VmHWM``, else ``ru_maxrss``; worker processes' ``ru_maxrss`` apart) and the time the import
calls took. A child process keeps one file's memory from hiding in another's peak, and shows
that nothing kills the interpreter: every case ends with a clean exit and nothing on stderr.

Run with ``-s`` to see the table of what each file got.
"""

from __future__ import annotations

import csv
import json
import random
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl.xml
import pytest
import xlsxwriter

from crm_desktop.services import importer, spreadsheet

PEAK_LIMIT_MB = 300  # every case; the child starts at ~35 MB, ~90 MB once it converts rows
ZIP_BOMB_PEAK_LIMIT_MB = 200
ZIP_BOMB_SECONDS = 1.0
CASE_SECONDS = 10.0  # any other case, refused or imported
# A sheet of 1,048,576 rows that is small enough to load is read to its end: every blank row
# is passed over (5-15 s on a busy test machine).
MILLION_ROWS_SECONDS = 40.0

EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMN = "XFD"  # column 16,384
EXCEL_MAX_CELL_CHARS = 32_767

# Words of the advice each refusal message gives, at least one of them.
ADVICE_WORDS = ("Open it", "import", "Import", "Split", "delete", "save", "Choose", "Check")

CHILD = """
import json, resource, sys, time

from crm_desktop.services import importer, spreadsheet
from crm_desktop.storage.database import close_database, open_database

def peak_mb():
    # ru_maxrss of a process started by fork and exec keeps the parent's peak when that was
    # higher (Linux carries it across exec); VmHWM is this program's own peak.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

path, database = sys.argv[1], sys.argv[2]
open_database(database)
before_mb = peak_mb()
started = time.perf_counter()
try:
    file_plan = importer.open_file(path)
    plan = importer.plan_sheet(path, file_plan.preselected.index)
    first = importer.preview(plan, plan.mapping, limit=1)
    summary = importer.dry_run(plan, plan.mapping)
except spreadsheet.SpreadsheetError as error:
    result = {"outcome": "refused", "code": error.code, "message": str(error)}
else:
    result = {
        "outcome": "imported",
        "format": file_plan.format,
        "headers": plan.headers[:20],
        "header_count": len(plan.headers),
        "created": summary.created,
        "failed": summary.failed,
        "skipped": summary.skipped,
        "rows_read": summary.rows_read,
        "warnings": plan.warnings,
        "first_values": first[0].values if first else {},
        "first_problems": [problem.code for problem in first[0].problems] if first else [],
    }
result["seconds"] = time.perf_counter() - started
result["before_mb"] = before_mb
result["peak_mb"] = peak_mb()
# dry_run converts long sheets in worker processes: the largest of them counts too.
result["workers_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
close_database()
print(json.dumps(result, ensure_ascii=False, default=str))
"""

REPORT: list[tuple[str, dict[str, Any]]] = []


@dataclass(frozen=True)
class Outcome:
    raw: dict[str, Any]

    @property
    def refused(self) -> bool:
        return bool(self.raw["outcome"] == "refused")

    @property
    def code(self) -> str:
        return str(self.raw.get("code", ""))

    @property
    def message(self) -> str:
        return str(self.raw.get("message", ""))

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]


def run_child(
    case: str, path: Path, tmp_path: Path, *, seconds_limit: float = CASE_SECONDS
) -> Outcome:
    """Import `path` in a fresh interpreter; asserts it exits cleanly and within bounds."""
    completed = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path / "child.db")],
        capture_output=True,
        text=True,
        timeout=seconds_limit + 30,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == "", completed.stderr
    assert "Traceback" not in completed.stdout
    raw = json.loads(completed.stdout.strip().splitlines()[-1])
    REPORT.append((case, raw))
    assert max(raw["peak_mb"], raw["workers_peak_mb"]) < PEAK_LIMIT_MB, raw
    assert raw["seconds"] < seconds_limit, raw
    return Outcome(raw)


def assert_clear_refusal(outcome: Outcome, code: str, *phrases: str, advice: bool = True) -> None:
    """Refused with this code, a message naming the case and (`advice`) saying what to do."""
    assert outcome.refused, outcome.raw
    assert outcome.code == code, outcome.raw
    for phrase in phrases:
        assert phrase in outcome.message, outcome.message
    if advice:
        assert any(word in outcome.message for word in ADVICE_WORDS), outcome.message
    assert "Traceback" not in outcome.message


@pytest.fixture(scope="module", autouse=True)
def print_report() -> Any:
    yield
    if not REPORT:
        return
    lines = [f"{'case':40} {'result':58} {'peak MB':>8} {'workers':>8} {'seconds':>8}"]
    for case, raw in REPORT:
        if raw["outcome"] == "refused":
            got = f"refused: {raw['code']}"
        else:
            got = (
                f"imported: {raw['created']} new, {raw['failed']} failed, "
                f"{raw['skipped']} skipped, {len(raw['warnings'])} warning(s)"
            )
        lines.append(
            f"{case:40} {got:58} {raw['peak_mb']:8.1f} {raw['workers_peak_mb']:8.1f} "
            f"{raw['seconds']:8.3f}"
        )
    print("\n" + "\n".join(lines))


# ---------------------------------------------------------------------------------------------
# Building files
# ---------------------------------------------------------------------------------------------

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOCUMENT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _content_types(shared_strings: bool) -> str:
    shared = (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        if shared_strings
        else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        f"{shared}</Types>"
    )


def write_xlsx_parts(
    path: Path,
    sheet_xml: str,
    *,
    shared_strings_xml: str | None = None,
    workbook_prefix: str = "",
) -> Path:
    """A minimal hand-written .xlsx (one sheet "客户") whose XML parts the test controls."""
    workbook = (
        f'{workbook_prefix}<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}"><sheets>'
        '<sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    relationships = [
        f'<Relationship Id="rId1" Type="{_DOCUMENT_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    ]
    if shared_strings_xml is not None:
        relationships.append(
            f'<Relationship Id="rId2" Type="{_DOCUMENT_REL}/sharedStrings" '
            'Target="sharedStrings.xml"/>'
        )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _content_types(shared_strings_xml is not None))
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{_PACKAGE_REL_NS}"><Relationship Id="rId1" '
            f'Type="{_DOCUMENT_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{_PACKAGE_REL_NS}">{"".join(relationships)}</Relationships>',
        )
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        if shared_strings_xml is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings_xml)
    return path


def text_cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet_xml(rows: dict[int, str], *, dimension: str | None = None, doctype: str = "") -> str:
    """A worksheet part; ``rows`` maps a 1-based row number to its cells' XML."""
    dimension_xml = f'<dimension ref="{dimension}"/>' if dimension else ""
    body = "".join(f'<row r="{number}">{cells}</row>' for number, cells in sorted(rows.items()))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="{_MAIN_NS}">'
        f"{dimension_xml}<sheetData>{body}</sheetData></worksheet>"
    )


def customer_rows(count: int, first_row: int = 2) -> dict[int, str]:
    """A header row and `count` customers with a name and a mobile, as sheet rows."""
    rows = {1: text_cell("A1", "客户名称") + text_cell("B1", "手机")}
    for index in range(count):
        number = first_row + index
        rows[number] = text_cell(f"A{number}", f"客户{index}") + (
            f'<c r="B{number}"><v>{13800000000 + index}</v></c>'
        )
    return rows


def billion_laughs(root: str) -> str:
    """A DOCTYPE whose entity ``&lol9;`` is 10**9 copies of "lol" (3 GB) once expanded."""
    levels = "".join(f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10))
    return f'<!DOCTYPE {root} [<!ENTITY lol0 "lol">{levels}]>'


def xlsxwriter_book(path: Path, rows: list[list[Any]]) -> Path:
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    sheet = workbook.add_worksheet("客户")
    for number, values in enumerate(rows):
        sheet.write_row(number, 0, values)
    workbook.close()
    return path


def customers_book(path: Path, count: int) -> Path:
    rows: list[list[Any]] = [["客户名称", "手机", "备注"]]
    rows += [[f"客户{i}", f"138{i:08d}", f"第{i}行的备注"] for i in range(count)]
    return xlsxwriter_book(path, rows)


def encrypted_container() -> bytes:
    """An OLE compound file holding EncryptionInfo and EncryptedPackage streams: what Excel
    writes for a workbook saved with a password (the streams' content is not needed)."""
    end, free, fat_marker = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<109I", header, 76, 0, *([free] * 108))
    fat = struct.pack("<128I", fat_marker, end, *([free] * 126))

    def entry(name: str, kind: int, right: int, child: int) -> bytes:
        raw = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        raw[: len(encoded)] = encoded
        struct.pack_into("<HBBIII", raw, 64, len(encoded), kind, 1, free, right, child)
        struct.pack_into("<II", raw, 116, end, 0)
        return bytes(raw)

    directory = (
        entry("Root Entry", 5, free, 1)
        + entry("EncryptionInfo", 2, 2, free)
        + entry("EncryptedPackage", 2, free, free)
    ).ljust(512, b"\x00")
    return bytes(header) + fat + directory


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


# ---------------------------------------------------------------------------------------------
# XML bombs
# ---------------------------------------------------------------------------------------------


def test_openpyxl_parses_with_defusedxml() -> None:
    """openpyxl (used to read workbooks back in the app's checks) guards its XML parser only
    when it could import defusedxml at start."""
    assert openpyxl.xml.DEFUSEDXML is True


def test_entity_expansion_in_the_sheet_is_not_expanded(tmp_path: Path) -> None:
    rows = customer_rows(3)
    rows[6] = text_cell("A6", "&lol9;")
    path = write_xlsx_parts(
        tmp_path / "laughs_sheet.xlsx", sheet_xml(rows, doctype=billion_laughs("worksheet"))
    )
    outcome = run_child("xml bomb in sheet1.xml", path, tmp_path)
    # python-calamine's XML reader knows only the five predefined entities: it stops at the
    # first undeclared one instead of expanding the DOCTYPE's.
    assert_clear_refusal(outcome, "damaged", "damaged", "entity `&lol9;`")
    assert outcome["seconds"] < 1.0


def test_entity_expansion_in_shared_strings_is_not_expanded(tmp_path: Path) -> None:
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?>{billion_laughs("sst")}'
        f'<sst xmlns="{_MAIN_NS}" count="3" uniqueCount="3"><si><t>客户名称</t></si>'
        "<si><t>手机</t></si><si><t>&lol9;</t></si></sst>"
    )
    rows = {
        1: '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>',
        2: '<c r="A2" t="s"><v>2</v></c><c r="B2"><v>13800000000</v></c>',
    }
    path = write_xlsx_parts(
        tmp_path / "laughs_strings.xlsx", sheet_xml(rows), shared_strings_xml=shared
    )
    outcome = run_child("xml bomb in sharedStrings.xml", path, tmp_path)
    assert_clear_refusal(outcome, "damaged", "damaged", "entity `&lol9;`")
    assert outcome["seconds"] < 1.0


def test_entity_expansion_in_the_workbook_part_is_refused(tmp_path: Path) -> None:
    path = write_xlsx_parts(
        tmp_path / "laughs_workbook.xlsx",
        sheet_xml(customer_rows(2)),
        workbook_prefix=f'<?xml version="1.0" encoding="UTF-8"?>{billion_laughs("workbook")}',
    )
    outcome = run_child("xml bomb in workbook.xml", path, tmp_path)
    assert_clear_refusal(outcome, "damaged", "entities")


# ---------------------------------------------------------------------------------------------
# Zip bombs
# ---------------------------------------------------------------------------------------------


def zip_bomb(path: Path, base: Path, bomb_name: str, blocks: int) -> Path:
    """The parts of `base` plus `bomb_name`: `blocks` x 16 MB of zeros deflated to ~16 KB
    each. Written by hand from one compressed block (deflating a gigabyte takes 20 s): a
    full flush makes each block's compressed bytes independent, so they can be repeated."""
    block = bytes(16 * 1024**2)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    compressed_block = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    final = compressor.flush()
    checksum = 0
    for _ in range(blocks):
        checksum = zlib.crc32(block, checksum)
    entries: list[tuple[str, int, bytes, int, int]] = []  # name, crc, data, size, method
    with zipfile.ZipFile(base) as source:
        for info in source.infolist():
            data = source.read(info.filename)
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            packed = packer.compress(data) + packer.flush()
            entries.append((info.filename, zlib.crc32(data), packed, len(data), 8))
    with path.open("wb") as handle:
        directory = b""
        for name, crc, data, size, method in [*entries, (bomb_name, checksum, b"", 0, 8)]:
            encoded = name.encode()
            offset = handle.tell()
            repeat = blocks if name == bomb_name else 0
            compressed = len(data) if not repeat else len(compressed_block) * repeat + len(final)
            size = size if not repeat else len(block) * repeat
            sizes = (method, 0, 0, crc, compressed, size, len(encoded), 0)
            handle.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, *sizes) + encoded)
            if repeat:
                for _ in range(repeat):
                    handle.write(compressed_block)
                handle.write(final)
            else:
                handle.write(data)
            directory += struct.pack(
                "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, *sizes, 0, 0, 0, 0, offset
            )
            directory += encoded
        start = handle.tell()
        count = len(entries) + 1
        handle.write(directory)
        handle.write(
            struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), start, 0)
        )
    return path


def test_zip_bomb_is_refused_fast_in_little_memory(tmp_path: Path) -> None:
    """A sheet part of 1 GB of zeros in a file of about a megabyte: refused from the zip
    directory, before a byte of it is inflated."""
    base = write_xlsx_parts(tmp_path / "base.xlsx", sheet_xml(customer_rows(2)))
    path = zip_bomb(tmp_path / "bomb.xlsx", base, "xl/media/padding.bin", 64)
    assert path.stat().st_size < 2 * 1024**2
    with zipfile.ZipFile(path) as archive:  # a well-formed archive: it would inflate
        (bomb,) = [info for info in archive.infolist() if info.filename.endswith(".bin")]
        assert bomb.file_size == 1024**3
        with archive.open(bomb) as part:
            assert part.read(1024) == bytes(1024)
    outcome = run_child("zip bomb (1 GB entry in 1 MB)", path, tmp_path)
    assert_clear_refusal(outcome, "zip_bomb", "would expand", "xl/media/padding.bin", advice=False)
    assert outcome["seconds"] < ZIP_BOMB_SECONDS
    assert outcome["peak_mb"] < ZIP_BOMB_PEAK_LIMIT_MB


def test_zip_with_too_many_entries_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "parts.xlsx"
    write_xlsx_parts(path, sheet_xml(customer_rows(2)))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        for index in range(10_001):
            archive.writestr(f"xl/media/p{index}.bin", b"")
    outcome = run_child("zip with 10,006 entries", path, tmp_path)
    assert_clear_refusal(outcome, "zip_bomb", "10,006 parts", "at most 10,000", advice=False)
    assert outcome["seconds"] < ZIP_BOMB_SECONDS
    assert outcome["peak_mb"] < ZIP_BOMB_PEAK_LIMIT_MB


# ---------------------------------------------------------------------------------------------
# Encrypted, damaged, truncated, empty
# ---------------------------------------------------------------------------------------------


def test_encrypted_workbook_is_refused_with_the_way_out(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(encrypted_container())
    outcome = run_child("encrypted (CFB EncryptedPackage)", path, tmp_path)
    assert_clear_refusal(outcome, "password_protected", "password", "remove the password")


def test_random_bytes_in_the_middle_are_refused_as_damaged(tmp_path: Path) -> None:
    data = bytearray(customers_book(tmp_path / "whole.xlsx", 3_000).read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = random.Random(6).randbytes(4096)
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    outcome = run_child("damaged (4 KB of noise mid-file)", path, tmp_path)
    assert_clear_refusal(outcome, "damaged", "damaged or incomplete", "fresh copy")


def test_truncated_workbook_is_refused_as_damaged(tmp_path: Path) -> None:
    data = customers_book(tmp_path / "whole.xlsx", 3_000).read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    outcome = run_child("truncated (first half of an xlsx)", path, tmp_path)
    assert_clear_refusal(outcome, "damaged", "damaged or incomplete", "cut off")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nothing.xlsx"
    path.write_bytes(b"")
    outcome = run_child("empty file (0 bytes)", path, tmp_path)
    assert outcome.refused and outcome.code == "empty_file", outcome.raw
    assert "nothing.xlsx is empty (0 bytes)" in outcome.message


# ---------------------------------------------------------------------------------------------
# Wrong extensions: the content decides
# ---------------------------------------------------------------------------------------------


def test_csv_saved_as_xls_imports(tmp_path: Path) -> None:
    rows = [["客户名称", "手机"], *[[f"客户{i}", f"139{i:08d}"] for i in range(50)]]
    path = write_csv(tmp_path / "export.xls", rows, encoding="gb18030")
    outcome = run_child("CSV (GBK) saved as .xls", path, tmp_path)
    assert not outcome.refused, outcome.raw
    assert (outcome["format"], outcome["created"], outcome["failed"]) == ("csv", 50, 0)
    assert outcome["first_values"]["name"] == "客户0"
    assert outcome["first_values"]["mobile"] == "13900000000"


def test_xlsx_saved_as_csv_imports(tmp_path: Path) -> None:
    path = customers_book(tmp_path / "book.csv", 50)
    outcome = run_child("xlsx saved as .csv", path, tmp_path)
    assert not outcome.refused, outcome.raw
    assert (outcome["format"], outcome["created"], outcome["failed"]) == ("xlsx", 50, 0)
    assert outcome["first_values"]["name"] == "客户0"
    assert outcome["first_values"]["mobile"] == "13800000000"


# ---------------------------------------------------------------------------------------------
# Sheets as large as Excel allows
# ---------------------------------------------------------------------------------------------


def test_dimension_of_a_million_rows_with_data_at_the_top_imports(tmp_path: Path) -> None:
    """The dimension record claims every row; the real cells are 21 rows at the top."""
    path = write_xlsx_parts(
        tmp_path / "tall_dimension.xlsx",
        sheet_xml(customer_rows(20), dimension=f"A1:B{EXCEL_MAX_ROWS}"),
    )
    outcome = run_child("dimension A1:B1048576, 21 real rows", path, tmp_path)
    assert not outcome.refused, outcome.raw
    assert (outcome["created"], outcome["failed"]) == (20, 0)


def test_dimension_of_a_million_rows_in_one_column_imports(tmp_path: Path) -> None:
    rows = {1: text_cell("A1", "客户名称")}
    rows.update({number: text_cell(f"A{number}", f"客户{number}") for number in range(2, 12)})
    path = write_xlsx_parts(
        tmp_path / "one_column.xlsx", sheet_xml(rows, dimension=f"A1:A{EXCEL_MAX_ROWS}")
    )
    outcome = run_child("dimension A1:A1048576, 11 real rows", path, tmp_path)
    assert not outcome.refused, outcome.raw
    assert (outcome["created"], outcome["failed"]) == (10, 0)


def test_real_cell_in_the_last_row_of_a_wide_sheet_is_refused(tmp_path: Path) -> None:
    """15 columns down to row 1,048,576 is 15.7 million cells: refused from the sheet's
    dimension and a scan of its (small) XML, before python-calamine allocates the grid."""
    header = "".join(
        text_cell(f"{chr(ord('A') + column)}1", name)
        for column, name in enumerate(["客户名称", "手机", *[f"字段{i}" for i in range(13)]])
    )
    rows = {
        1: header,
        2: text_cell("A2", "客户甲"),
        EXCEL_MAX_ROWS: text_cell(f"O{EXCEL_MAX_ROWS}", "stray"),
    }
    path = write_xlsx_parts(
        tmp_path / "last_row.xlsx", sheet_xml(rows, dimension=f"A1:O{EXCEL_MAX_ROWS}")
    )
    outcome = run_child("real cell at O1048576 (15 columns)", path, tmp_path)
    assert_clear_refusal(outcome, "too_large", "1,048,576 rows by 15 columns", "delete")
    assert outcome["seconds"] < 1.0


@pytest.mark.slow
def test_real_cell_in_the_last_row_of_a_narrow_sheet(tmp_path: Path) -> None:
    """Two columns down to row 1,048,576 (2 million cells) is within what the reader loads:
    the blank rows are passed over and the customers at both ends import."""
    rows = customer_rows(3)
    rows[EXCEL_MAX_ROWS] = text_cell(f"A{EXCEL_MAX_ROWS}", "末行客户") + (
        f'<c r="B{EXCEL_MAX_ROWS}"><v>13900000000</v></c>'
    )
    path = write_xlsx_parts(
        tmp_path / "last_row_narrow.xlsx", sheet_xml(rows, dimension=f"A1:B{EXCEL_MAX_ROWS}")
    )
    outcome = run_child(
        "real cell at B1048576 (2 columns)", path, tmp_path, seconds_limit=MILLION_ROWS_SECONDS
    )
    assert not outcome.refused, outcome.raw
    assert (outcome["created"], outcome["failed"]) == (4, 0)


def test_dimension_of_all_columns_with_data_at_the_left_imports(tmp_path: Path) -> None:
    path = write_xlsx_parts(
        tmp_path / "wide_dimension.xlsx",
        sheet_xml(customer_rows(5), dimension=f"A1:{EXCEL_MAX_COLUMN}6"),
    )
    outcome = run_child("dimension A1:XFD6, 2 real columns", path, tmp_path)
    assert not outcome.refused, outcome.raw
    assert outcome["header_count"] == 2
    assert (outcome["created"], outcome["failed"]) == (5, 0)


def test_real_cell_in_the_last_column(tmp_path: Path) -> None:
    rows = customer_rows(5)
    rows[1] += text_cell(f"{EXCEL_MAX_COLUMN}1", "最后一列")
    path = write_xlsx_parts(tmp_path / "last_column.xlsx", sheet_xml(rows))
    outcome = run_child("real cell at XFD1 (16,384 columns)", path, tmp_path)
    assert not outcome.refused, outcome.raw
    assert outcome["header_count"] == 16_384
    assert outcome["headers"][:3] == ["客户名称", "手机", "C"]
    assert (outcome["created"], outcome["failed"]) == (5, 0)


def test_real_cell_in_the_last_row_and_column_is_refused(tmp_path: Path) -> None:
    rows = customer_rows(5)
    rows[EXCEL_MAX_ROWS] = text_cell(f"{EXCEL_MAX_COLUMN}{EXCEL_MAX_ROWS}", "stray")
    path = write_xlsx_parts(tmp_path / "corner.xlsx", sheet_xml(rows))
    outcome = run_child("real cell at XFD1048576, no dimension", path, tmp_path)
    assert_clear_refusal(outcome, "too_large", "1,048,576 rows by 16,384 columns")
    assert outcome["seconds"] < 1.0


# ---------------------------------------------------------------------------------------------
# Long cells, control characters, invalid UTF-8
# ---------------------------------------------------------------------------------------------


def test_cell_of_32767_characters_is_kept_whole(tmp_path: Path) -> None:
    long_note = ("备注" * EXCEL_MAX_CELL_CHARS)[:EXCEL_MAX_CELL_CHARS]
    path = xlsxwriter_book(
        tmp_path / "long_cell.xlsx",
        [["客户名称", "手机", "备注"], ["甲公司", "13800000000", long_note]],
    )
    outcome = run_child("cell of 32,767 characters (xlsx)", path, tmp_path)
    assert not outcome.refused, outcome.raw
    assert (outcome["created"], outcome["failed"]) == (1, 0)
    assert outcome["first_values"]["notes"] == long_note
    assert outcome["first_problems"] == []


def test_longer_cell_in_a_csv_is_cut_with_a_problem(tmp_path: Path) -> None:
    """More than a cell can hold in Excel (only a CSV can carry it): stored cut to 32,767
    characters, and the row's problem says the text was too long."""
    long_note = "长" * (EXCEL_MAX_CELL_CHARS + 1_000)
    path = write_csv(
        tmp_path / "long.csv", [["客户名称", "手机", "备注"], ["甲公司", "13800000000", long_note]]
    )
    outcome = run_child("CSV cell of 33,767 characters", path, tmp_path)
    assert not outcome.refused, outcome.raw
    assert (outcome["created"], outcome["failed"]) == (1, 0)
    assert outcome["first_values"]["notes"] == long_note[:EXCEL_MAX_CELL_CHARS]


def test_notes_cut_to_the_cell_limit_are_reported(tmp_path: Path, db: Any) -> None:
    long_note = "长" * (EXCEL_MAX_CELL_CHARS + 1_000)
    path = write_csv(
        tmp_path / "long.csv", [["客户名称", "手机", "备注"], ["甲公司", "13800000000", long_note]]
    )
    plan = importer.plan_sheet(path)
    (row,) = importer.preview(plan, plan.mapping)
    assert row.values["notes"] == long_note[:EXCEL_MAX_CELL_CHARS]
    # The customer is imported with what fits, and the cut is told as a warning.
    assert row.problems == []
    assert [(problem.field, problem.code) for problem in row.warnings] == [("notes", "too_long")]
    summary = importer.dry_run(plan, plan.mapping)
    assert (summary.created, summary.failed, summary.warned) == (1, 0, 1)


def test_csv_with_control_characters_and_invalid_utf8_imports_with_a_warning(
    tmp_path: Path,
) -> None:
    lines = ["客户名称,手机,备注"]
    lines += [f"客户{i},138{i:08d},正常备注" for i in range(2_000)]
    data = bytearray("\n".join(lines).encode("utf-8"))
    # Control characters in the first customer's name and note, broken bytes in its note.
    first = data.index("客户0".encode())
    data[first : first + len("客户0".encode())] = "客\x00户\x1b0\x07".encode()
    note = data.index("正常备注".encode())
    data[note : note + 3] = b"\xff\xfe\x80"
    path = tmp_path / "controls.csv"
    path.write_bytes(bytes(data))
    outcome = run_child("CSV with \\x00 \\x1b \\x07 and bad UTF-8", path, tmp_path)
    assert not outcome.refused, outcome.raw
    assert (outcome["created"], outcome["failed"]) == (2_000, 0)
    assert outcome["first_values"]["name"] == "客户0"
    assert outcome["first_values"]["notes"] == "\ufffd\ufffd\ufffd常备注"
    assert any("not valid UTF-8" in warning for warning in outcome["warnings"]), outcome.raw


def test_csv_of_mostly_invalid_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.csv"
    path.write_bytes(random.Random(7).randbytes(20_000))
    outcome = run_child("CSV of random bytes", path, tmp_path)
    assert_clear_refusal(outcome, "unsupported", "not a spreadsheet")


def _ratio_bomb(tmp_path: Path) -> Path:
    base = write_xlsx_parts(tmp_path / "base.xlsx", sheet_xml(customer_rows(2)))
    return zip_bomb(tmp_path / "bomb.xlsx", base, "xl/media/padding.bin", 1)


def _many_parts(tmp_path: Path) -> Path:
    path = write_xlsx_parts(tmp_path / "parts.xlsx", sheet_xml(customer_rows(2)))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        for index in range(spreadsheet.MAX_ZIP_ENTRIES + 1):
            archive.writestr(f"xl/media/p{index}.bin", b"")
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "nothing.xlsx"
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(_ratio_bomb, id="zip-ratio"),
        pytest.param(_many_parts, id="zip-entries"),
        pytest.param(_empty, id="empty-file"),
    ],
)
def test_refusals_say_what_to_do(tmp_path: Path, build: Callable[[Path], Path]) -> None:
    with pytest.raises(spreadsheet.SpreadsheetError) as caught:
        spreadsheet.detect_format(build(tmp_path))
    assert any(word in str(caught.value) for word in ADVICE_WORDS), str(caught.value)
