"""Reading spreadsheets for import: formats, refusals, header detection, streaming values.

Every odd file is built here in a temporary folder. The last section runs over the shared
corpus of real third-party files when it is present (../shared/corpus, never copied here).
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import struct
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl
import pytest
import python_calamine
import xlsxwriter
from openpyxl.styles import PatternFill

from crm_desktop.domain.headers import (
    CUSTOMER_FIELDS,
    SKIP_BLANK,
    SKIP_EXAMPLE,
    SKIP_HEADER_PART,
    SKIP_MARKERS,
    SKIP_REPEATED_HEADER,
    SKIP_TOTALS,
    suggest_mapping,
)
from crm_desktop.domain.normalize import parse_date
from crm_desktop.services import spreadsheet
from crm_desktop.services.spreadsheet import (
    DamagedFileError,
    EmptyFileError,
    EmptySheetError,
    FileNotReadableError,
    NotATableError,
    PasswordProtectedError,
    SheetNotFoundError,
    SkippedRow,
    SpreadsheetError,
    Table,
    TooLargeError,
    UnsupportedFileError,
    ZipBombError,
    detect_format,
    list_sheets,
    open_table,
    preselect_sheet,
)

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def rows_of(table: Table) -> list[tuple[int, list[object]]]:
    return [(row.number, list(row.values)) for row in table.rows()]


def read(path: Path, **kwargs: object) -> tuple[Table, list[tuple[int, list[object]]]]:
    table = open_table(path, **kwargs)  # type: ignore[arg-type]
    return table, rows_of(table)


# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------


def xlsx(
    path: Path, rows: Sequence[Sequence[object]], build: Callable[..., None] | None = None
) -> Path:
    """A one-sheet workbook written by openpyxl; ``build(ws)`` adds merges and styles."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "客户"
    for row in rows:
        sheet.append(row)
    if build:
        build(sheet)
    workbook.save(path)
    return path


def cfb(streams: dict[str, bytes], *, first_directory: int = 1) -> bytes:
    """A minimal OLE compound file: FAT in sector 0, directory in sector 1, empty streams."""
    end, free, fat_marker = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, first_directory, 0, 4096, end, 0, end, 0)
    struct.pack_into("<109I", header, 76, 0, *([free] * 108))
    fat = struct.pack("<128I", fat_marker, end, *([free] * 126))

    def entry(name: str, kind: int, right: int, child: int) -> bytes:
        raw = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        raw[: len(encoded)] = encoded
        struct.pack_into("<HBBIII", raw, 64, len(encoded), kind, 1, free, right, child)
        struct.pack_into("<II", raw, 116, end, 0)
        return bytes(raw)

    names = list(streams)
    entries = [entry("Root Entry", 5, free, 1 if names else free)]
    for index, name in enumerate(names, 1):
        entries.append(entry(name, 2, index + 1 if index < len(names) else free, free))
    directory = b"".join(entries).ljust(512, b"\x00")
    return bytes(header) + fat + directory


def ods(path: Path, body: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="客户">'
        '<table:table-column table:number-columns-repeated="3"/>'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        archive.writestr("content.xml", content)
    return path


def ods_row(*cells: str, repeat: int = 1) -> str:
    attributes = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{attributes}>{''.join(cells)}</table:table-row>"


def ods_text(text: str, repeat: int = 1) -> str:
    attributes = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (
        f'<table:table-cell office:value-type="string"{attributes}>'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


# ---------------------------------------------------------------------------------------------
# Formats decided by content
# ---------------------------------------------------------------------------------------------


def test_detect_format_by_content_not_extension(tmp_path: Path) -> None:
    book = xlsx(tmp_path / "a.xlsx", [["客户名称", "手机"], ["张三", 13800000000]])
    renamed = tmp_path / "really-xlsx.xls"
    renamed.write_bytes(book.read_bytes())
    csv_as_xls = tmp_path / "export.xls"
    csv_as_xls.write_bytes("客户名称,手机\n张三,13800000000\n".encode("gbk"))
    ods_file = ods(tmp_path / "a.ods", ods_row(ods_text("客户名称"), ods_text("手机")))
    assert detect_format(book) == "xlsx"
    assert detect_format(renamed) == "xlsx"
    assert detect_format(csv_as_xls) == "csv"
    assert detect_format(ods_file) == "ods"
    table, rows = read(csv_as_xls)
    assert table.format == "csv"
    assert table.headers == ["客户名称", "手机"]
    assert rows == [(2, ["张三", "13800000000"])]


def test_detect_format_xlsb_and_xls_containers(tmp_path: Path) -> None:
    xlsb = tmp_path / "a.xlsb"
    with zipfile.ZipFile(xlsb, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    assert detect_format(xlsb) == "xlsb"
    garbage_xls = tmp_path / "garbage.xls"
    garbage_xls.write_bytes(cfb({"Workbook": b""}))
    assert detect_format(garbage_xls) == "xls"
    # The compound file is sound but its workbook stream is not: a clear error, no crash.
    with pytest.raises(DamagedFileError):
        open_table(garbage_xls)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40), "image"),
        (random.Random(4).randbytes(20_000), "binary"),
        (b"<html><body><table><tr><td>a</td></tr></table></body></html>", "html"),
        (
            b'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook '
            b'xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
            "xml-spreadsheet",
        ),
        (b"{\\rtf1\\ansi hello}", "rtf"),
        (cfb({"WordDocument": b""}), "doc"),
    ],
)
def test_not_a_spreadsheet(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "customers.xls"
    path.write_bytes(content)
    with pytest.raises(UnsupportedFileError) as caught:
        detect_format(path)
    assert caught.value.kind == kind
    assert caught.value.code == "unsupported"
    assert "not a spreadsheet" in str(caught.value)
    with pytest.raises(UnsupportedFileError):
        open_table(path)


def test_docx_and_plain_zip_are_refused(tmp_path: Path) -> None:
    docx = tmp_path / "list.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    plain = tmp_path / "list.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("customers.csv", "a,b\n")
    with pytest.raises(UnsupportedFileError) as caught:
        detect_format(docx)
    assert caught.value.kind == "docx"
    assert "Word document" in str(caught.value)
    with pytest.raises(UnsupportedFileError) as caught:
        list_sheets(plain)
    assert caught.value.kind == "zip"


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFileError):
        detect_format(empty)
    blank = tmp_path / "blank.csv"
    blank.write_text("  \n\n \r\n", encoding="utf-8")
    with pytest.raises(EmptyFileError):
        open_table(blank)
    commas = tmp_path / "commas.csv"
    commas.write_text(",,,\n,,\n", encoding="utf-8")
    with pytest.raises(EmptyFileError):
        open_table(commas)
    with pytest.raises(FileNotReadableError):
        open_table(tmp_path / "missing.xlsx")
    with pytest.raises(FileNotReadableError):
        detect_format(tmp_path)


# ---------------------------------------------------------------------------------------------
# Encrypted, damaged and hostile files
# ---------------------------------------------------------------------------------------------


def test_password_protected_ooxml(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(cfb({"EncryptionInfo": b"", "EncryptedPackage": b""}))
    for call in (detect_format, list_sheets, open_table):
        with pytest.raises(PasswordProtectedError) as caught:
            call(path)
        assert "password" in str(caught.value)
        assert caught.value.code == "password_protected"


def test_truncated_files_are_damaged(tmp_path: Path) -> None:
    book = xlsx(tmp_path / "full.xlsx", [["客户名称"], *[[f"客户{i}"] for i in range(200)]])
    data = book.read_bytes()
    truncated = tmp_path / "cut.xlsx"
    truncated.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(DamagedFileError) as caught:
        open_table(truncated)
    assert caught.value.code == "damaged"
    cut_cfb = tmp_path / "cut.xls"
    cut_cfb.write_bytes(cfb({"Workbook": b""}, first_directory=7))
    with pytest.raises(DamagedFileError):
        detect_format(cut_cfb)
    header_only = tmp_path / "header.xls"
    header_only.write_bytes(cfb({"Workbook": b""})[:300])
    with pytest.raises(DamagedFileError):
        detect_format(header_only)


def test_zip_bomb_refused_fast_from_the_directory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            zeros = bytes(1024 * 1024)
            for _ in range(6):
                part.write(zeros)
    assert path.stat().st_size < 64 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with pytest.raises(ZipBombError) as caught:
        open_table(path)
    assert time.perf_counter() - started < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024  # KB
    assert caught.value.code == "zip_bomb"
    assert "expand" in str(caught.value)


def test_zip_total_size_and_entry_count_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = xlsx(tmp_path / "ok.xlsx", [["客户名称", "手机"], ["张三", 13800000000]])
    assert detect_format(book) == "xlsx"
    monkeypatch.setattr(spreadsheet, "MAX_ZIP_TOTAL_UNCOMPRESSED", 1_000)
    with pytest.raises(ZipBombError):
        detect_format(book)
    monkeypatch.undo()
    monkeypatch.setattr(spreadsheet, "MAX_ZIP_ENTRIES", 3)
    with pytest.raises(ZipBombError) as caught:
        list_sheets(book)
    assert "parts" in str(caught.value)


def test_zip_declaring_a_huge_entry_is_refused(tmp_path: Path) -> None:
    """A central directory that claims 3.5 GB for one part is refused without reading it."""
    path = xlsx(tmp_path / "liar.xlsx", [["客户名称"], ["张三"]])
    data = bytearray(path.read_bytes())
    position = data.find(b"PK\x01\x02")  # first central directory header
    struct.pack_into("<I", data, position + 24, 3_500_000_000)  # uncompressed size
    path.write_bytes(bytes(data))
    with pytest.raises(ZipBombError):
        detect_format(path)


def test_xml_entities_in_workbook_part_are_refused(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "entities.xlsx", [["客户名称"], ["张三"]])
    hostile = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(hostile, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = (
                    b'<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa">'
                    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + data
                )
            target.writestr(info, data)
    with pytest.raises(DamagedFileError) as caught:
        open_table(hostile)
    assert "entities" in str(caught.value)


def test_sheet_spanning_all_rows_and_columns_is_refused_before_loading(tmp_path: Path) -> None:
    path = tmp_path / "far.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("客户")
    sheet.write_row(0, 0, ["客户名称", "手机"])
    sheet.write_row(1, 0, ["张三", 13800000000])
    sheet.write("XFD1048576", "stray")  # python-calamine would allocate 17 billion cells
    workbook.close()
    started = time.perf_counter()
    with pytest.raises(TooLargeError) as caught:
        open_table(path)
    assert time.perf_counter() - started < 2.0
    assert "1,048,576 rows by 16,384 columns" in str(caught.value)
    (info,) = list_sheets(path)
    assert (info.rows, info.columns, info.looks_like_customers) == (1_048_576, 16_384, False)


def test_styled_blank_cells_far_away_do_not_count(tmp_path: Path) -> None:
    """Excel's dimension includes formatted empty cells; only cells with values count."""

    def style_far_cell(sheet: openpyxl.worksheet.worksheet.Worksheet) -> None:
        sheet["XFD1048576"].fill = PatternFill("solid", fgColor="FFFF00")

    path = xlsx(
        tmp_path / "styled.xlsx", [["客户名称", "手机"], ["张三", 13800000000]], style_far_cell
    )
    with zipfile.ZipFile(path) as archive:
        assert b"XFD1048576" in archive.read("xl/worksheets/sheet1.xml")
    table, rows = read(path)
    assert table.headers == ["客户名称", "手机"]
    assert rows == [(2, ["张三", 13800000000])]


def test_ods_with_repeated_values_is_refused_and_plain_ods_reads(tmp_path: Path) -> None:
    bomb = ods(
        tmp_path / "bomb.ods",
        ods_row(ods_text("客户名称"), ods_text("手机"))
        + ods_row(ods_text("x", repeat=16_384), repeat=1_048_575),
    )
    with pytest.raises(TooLargeError):
        open_table(bomb)
    plain = ods(
        tmp_path / "plain.ods",
        ods_row(ods_text("客户名称"), ods_text("手机"), ods_text("首次联系"))
        + ods_row(
            ods_text("张三"),
            '<table:table-cell office:value-type="float" office:value="13812345678"/>',
            '<table:table-cell office:value-type="date" office:date-value="2024-03-05"/>',
        )
        + '<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>',
    )
    table, rows = read(plain)
    assert table.format == "ods"
    assert table.headers == ["客户名称", "手机", "首次联系"]
    assert rows == [(2, ["张三", 13812345678, dt.date(2024, 3, 5)])]


# ---------------------------------------------------------------------------------------------
# Header detection on real-looking workbooks
# ---------------------------------------------------------------------------------------------


def test_title_rows_markers_examples_blanks_totals_and_repeated_header(tmp_path: Path) -> None:
    header = ["客户名称*", "手机号（必填）", "邮箱", "地址", "客户等级"]

    def merge_title(sheet: openpyxl.worksheet.worksheet.Worksheet) -> None:
        sheet.merge_cells("A1:E1")

    path = xlsx(
        tmp_path / "list.xlsx",
        [
            ["2024年客户名单"],
            ["导出时间: 2024-05-01 10:00"],
            [],
            header,
            ["必填", "必填", "选填", "选填", "选填"],
            ["示例：某某公司", 13800000000, "demo@example.com", "上海市某路1号", "A"],
            ["上海甲公司", 13812345678, "a@example.com", "上海市浦东新区1号", "A"],
            [],
            ["北京乙公司", "139 1234 5678", None, "北京市朝阳区2号", "B"],
            header,
            ["深圳丙公司", 15912345678.0, "c@example.com", None, "C"],
            ["合计", None, None, None, 3],
        ],
        merge_title,
    )
    table, rows = read(path)
    assert table.header_row_index == 3
    assert table.data_start_index == 4
    assert table.headers == header
    assert [number for number, _ in rows] == [7, 9, 11]
    assert rows[0][1] == ["上海甲公司", 13812345678, "a@example.com", "上海市浦东新区1号", "A"]
    assert rows[1][1][1] == "139 1234 5678"
    assert rows[2][1][1] == 15912345678  # an integral float arrives as int
    assert table.skipped_rows == [
        SkippedRow(5, SKIP_MARKERS),
        SkippedRow(6, SKIP_EXAMPLE),
        SkippedRow(8, SKIP_BLANK),
        SkippedRow(10, SKIP_REPEATED_HEADER),
        SkippedRow(12, SKIP_TOTALS),
    ]
    assert table.total_rows == 8
    mapping = suggest_mapping(table.headers, fields=CUSTOMER_FIELDS)
    assert mapping == {0: "name", 1: "mobile", 2: "email", 3: "address", 4: "tier"}
    # A second pass (preview, then import) gives the same rows and restarts the skips.
    assert rows_of(table) == rows
    assert len(table.skipped_rows) == 5


def test_header_on_row_nine_under_a_note_and_offset_columns(tmp_path: Path) -> None:
    path = tmp_path / "offset.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("S")
    sheet.write("E3", "Note: exported from the old system")
    sheet.write_row("C9", ["客户名称", "手机", "城市"])
    sheet.write_row("C10", ["甲公司", 13800000001, "上海"])
    sheet.write_row("C11", ["乙公司", 13800000002, "北京"])
    workbook.close()
    table, rows = read(path)
    assert table.header_row_index == 8
    assert table.first_column == 2
    assert table.column_letters == ["C", "D", "E"]
    assert table.headers == ["客户名称", "手机", "城市"]
    assert rows == [(10, ["甲公司", 13800000001, "上海"]), (11, ["乙公司", 13800000002, "北京"])]


def test_sheet_without_header_gets_column_letters_and_content_mapping(tmp_path: Path) -> None:
    path = tmp_path / "noheader.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("S")
    sheet.write("B1", "客户名单（无表头）")
    data = [
        ["张三", 13812345678, "zhang@example.com"],
        ["李四", 13912345678, "li@example.com"],
        ["王五", 13712345678, "wang@example.com"],
    ]
    for index, row in enumerate(data):
        sheet.write_row(2 + index, 1, row)
    workbook.close()
    table, rows = read(path)
    assert table.header_row_index is None
    assert table.headers == ["B", "C", "D"]
    assert [number for number, _ in rows] == [3, 4, 5]
    assert rows[0][1] == ["张三", 13812345678, "zhang@example.com"]
    mapping = suggest_mapping(table.headers, [values for _, values in rows])
    assert mapping == {0: "name", 1: "mobile", 2: "email"}
    # The user may insist on a header row, or on none.
    table = open_table(path, header_row=2)
    assert table.headers == ["张三", "13812345678", "zhang@example.com"]
    assert [row.number for row in table.rows()] == [4, 5]
    table = open_table(path, header_row=None)
    assert next(row.number for row in table.rows()) == 1


def test_two_row_merged_header_and_merged_regions_in_the_data(tmp_path: Path) -> None:
    def merges(sheet: openpyxl.worksheet.worksheet.Worksheet) -> None:
        sheet.merge_cells("A1:A2")
        sheet.merge_cells("B1:C1")
        sheet.merge_cells("D1:D2")
        sheet.merge_cells("E1:E2")
        sheet.merge_cells("E3:E5")  # one region for three customers

    path = xlsx(
        tmp_path / "merged.xlsx",
        [
            ["客户名称", "联系人", None, "备注", "区域"],
            [None, "姓名", "电话"],
            ["甲公司", "张三", "13800000001", "老客户", "华东"],
            ["乙公司", "李四", "13800000002", None, None],
            ["丙公司", "王五", "13800000003", None, None],
            ["丁公司", "赵六", "13800000004", None, "华北"],
        ],
        merges,
    )
    table, rows = read(path)
    assert table.header_row_index == 0
    assert table.headers == ["客户名称", "联系人 / 姓名", "联系人 / 电话", "备注", "区域"]
    assert table.skipped_rows == [SkippedRow(2, SKIP_HEADER_PART)]
    assert [values[4] for _, values in rows] == ["华东", "华东", "华东", "华北"]
    assert [values[3] for _, values in rows] == ["老客户", None, None, None]
    mapping = suggest_mapping(table.headers, fields=CUSTOMER_FIELDS)
    assert mapping == {0: "name", 1: "contact_name", 2: "contact_phone", 3: "notes", 4: None}


def test_horizontally_merged_header_names_each_column(tmp_path: Path) -> None:
    def merges(sheet: openpyxl.worksheet.worksheet.Worksheet) -> None:
        sheet.merge_cells("B1:C1")

    path = xlsx(
        tmp_path / "phones.xlsx",
        [["客户名称", "电话", None, None], ["甲", "010-1234567", "13800000000", "x"]],
        merges,
    )
    table, _ = read(path)
    assert table.headers == ["客户名称", "电话", "电话 (2)", "D"]
    assert suggest_mapping(table.headers) == {0: "name", 1: "phone", 2: "phone", 3: None}


def test_form_and_single_column_sheets_are_not_tables(tmp_path: Path) -> None:
    form = xlsx(
        tmp_path / "form.xlsx",
        [
            ["客户信息登记表"],
            ["客户名称：", "某某公司", "联系人：", "张三"],
            ["电话：", "010-12345678", "手机：", 13800000000],
            ["地址：", "上海市某路1号"],
            ["备注：", "老客户"],
        ],
    )
    with pytest.raises(NotATableError) as caught:
        open_table(form)
    assert caught.value.code == "not_a_table"
    assert "form" in str(caught.value)
    single = xlsx(tmp_path / "single.xlsx", [["Stuff"], ["a"], ["b"], ["c"]])
    with pytest.raises(NotATableError):
        open_table(single)
    phones = xlsx(tmp_path / "phones.xlsx", [["手机号"], [13800000000], [13800000001]])
    table, rows = read(phones)
    assert table.headers == ["手机号"]
    assert rows == [(2, [13800000000]), (3, [13800000001])]


def test_empty_sheets_hidden_sheets_and_preselection(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    workbook = openpyxl.Workbook()
    guide = workbook.active
    assert guide is not None
    guide.title = "填写说明"
    guide.append(["请按模板填写客户信息，带*号的列必须填写。"])
    guide.append(["手机号请填写11位数字。"])
    hidden = workbook.create_sheet("数据源")
    hidden.append(["客户名称", "手机"])
    hidden.append(["隐藏公司", 13800000000])
    hidden.sheet_state = "hidden"
    very = workbook.create_sheet("内部")
    very.append(["x"])
    very.sheet_state = "veryHidden"
    workbook.create_sheet("空白")
    customers = workbook.create_sheet("客户列表")
    customers.append(["客户名称", "联系人", "手机", "地址"])
    customers.append(["甲公司", "张三", 13800000001, "上海"])
    workbook.save(path)

    sheets = list_sheets(path)
    assert [(s.name, s.index, s.hidden) for s in sheets] == [
        ("填写说明", 0, False),
        ("数据源", 1, True),
        ("内部", 2, True),
        ("空白", 3, False),
        ("客户列表", 4, False),
    ]
    assert [s.looks_like_customers for s in sheets] == [False, True, False, False, True]
    assert (sheets[3].rows, sheets[3].columns) == (0, 0)
    assert (sheets[4].rows, sheets[4].columns) == (2, 4)
    assert preselect_sheet(sheets).name == "客户列表"
    assert open_table(path).sheet_name == "客户列表"
    assert open_table(path, "数据源").headers == ["客户名称", "手机"]
    assert open_table(path, 1).sheet_name == "数据源"
    with pytest.raises(EmptySheetError):
        open_table(path, "空白")
    with pytest.raises(SheetNotFoundError):
        open_table(path, "不存在")
    with pytest.raises(SheetNotFoundError):
        open_table(path, 9)
    with pytest.raises(EmptyFileError):
        preselect_sheet([spreadsheet.SheetInfo("a", 0, 0, 0, False, False)])


def test_values_numbers_dates_times_booleans_and_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "values.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("S")
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    cn_format = workbook.add_format({"num_format": 'yyyy"年"m"月"d"日"'})
    time_format = workbook.add_format({"num_format": "hh:mm"})
    sheet.write_row(
        0, 0, ["客户名称", "手机", "金额", "首次联系", "创建时间", "时间", "VIP", "备注"]
    )
    sheet.write_string(1, 0, "  甲\u200b公司 \x07")
    sheet.write_number(1, 1, 13812345678)
    sheet.write_number(1, 2, 1234.5)
    sheet.write_datetime(1, 3, dt.datetime(2024, 3, 5), date_format)
    sheet.write_datetime(1, 4, dt.datetime(2024, 3, 5), cn_format)
    sheet.write_datetime(1, 5, dt.datetime(1899, 12, 31, 14, 30), time_format)
    sheet.write_boolean(1, 6, True)
    sheet.write_string(1, 7, "第一行\r\n第二行")
    workbook.close()
    _, rows = read(path)
    assert rows == [
        (
            2,
            [
                "甲公司",
                13812345678,
                1234.5,
                dt.date(2024, 3, 5),
                dt.date(2024, 3, 5),
                dt.time(14, 30),
                True,
                "第一行\n第二行",
            ],
        )
    ]


def test_1904_date_system(tmp_path: Path) -> None:
    path = tmp_path / "mac.xlsx"
    workbook = xlsxwriter.Workbook(str(path), {"date_1904": True})
    sheet = workbook.add_worksheet("S")
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, ["客户名称", "首次联系", "到期日期"])
    sheet.write_string(1, 0, "甲公司")
    sheet.write_datetime(1, 1, dt.datetime(2021, 1, 1), date_format)
    sheet.write_number(1, 2, 42735)  # a serial typed into an unformatted cell
    workbook.close()
    with zipfile.ZipFile(path) as archive:
        assert b'date1904="1"' in archive.read("xl/workbook.xml")
    table, rows = read(path)
    assert table.date1904 is True
    assert rows == [(2, ["甲公司", dt.date(2021, 1, 1), 42735])]
    # The plain serial is converted by the normaliser with the workbook's date system.
    assert parse_date(rows[0][1][2], date1904=table.date1904) == dt.date(2021, 1, 1)
    plain = xlsx(tmp_path / "pc.xlsx", [["客户名称"], ["甲"]])
    assert open_table(plain).date1904 is False


def _count_sheet_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    loads: list[str] = []
    real = spreadsheet._calamine

    def counting(call: Callable[[], object], sheet_name: str = "") -> object:
        result = real(call, sheet_name)
        if isinstance(result, python_calamine.CalamineSheet):
            loads.append(result.name)
        return result

    monkeypatch.setattr(spreadsheet, "_calamine", counting)
    return loads


def test_listing_planning_and_reading_a_sheet_load_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spreadsheet.forget_loaded_sheet()
    loads = _count_sheet_loads(monkeypatch)
    path = xlsx(tmp_path / "customers.xlsx", [["客户名称", "手机"], ["华信", 13812345678]])
    assert [sheet.rows for sheet in list_sheets(path)] == [2]
    for _ in range(2):
        with open_table(path) as table:
            assert rows_of(table) == [(2, ["华信", 13812345678])]
    assert loads == ["客户"]
    spreadsheet.forget_loaded_sheet()
    with open_table(path) as table:
        assert rows_of(table) == [(2, ["华信", 13812345678])]
    assert loads == ["客户", "客户"]


def test_a_sheet_changed_on_disk_is_read_again(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "customers.xlsx", [["客户名称", "手机"], ["华信", 13812345678]])
    with open_table(path) as table:
        assert rows_of(table) == [(2, ["华信", 13812345678])]
    xlsx(path, [["客户名称", "手机"], ["华信", 13812345678], ["恒瑞商行", 13987654321]])
    with open_table(path) as table:
        assert rows_of(table) == [(2, ["华信", 13812345678]), (3, ["恒瑞商行", 13987654321])]
    spreadsheet.forget_loaded_sheet()


# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("gbk", b""),
        ("gb18030", b""),
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
    ],
)
def test_csv_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = "客户名称,手机,地址\n张三烤鸭店,13800000000,北京市朝阳区\n李四,13900000000,上海\n"
    path = tmp_path / "list.csv"
    path.write_bytes(prefix + text.encode(encoding))
    table, rows = read(path)
    assert table.headers == ["客户名称", "手机", "地址"]
    assert rows == [
        (2, ["张三烤鸭店", "13800000000", "北京市朝阳区"]),
        (3, ["李四", "13900000000", "上海"]),
    ]
    assert table.warnings == []


def test_utf8_cut_in_the_middle_of_a_character_by_the_sample(tmp_path: Path) -> None:
    line = "客户名称,备注\n"
    filler = "甲" * (spreadsheet.SAMPLE_BYTES // 3)  # the sample ends inside a character
    path = tmp_path / "long.csv"
    path.write_text(line + f"乙公司,x{filler}\n", encoding="utf-8")
    table, rows = read(path)
    assert table.headers == ["客户名称", "备注"]
    assert rows[0][1][1] == "x" + filler
    assert table.warnings == []


@pytest.mark.parametrize(
    ("text", "headers", "values"),
    [
        (
            '客户名称;地址;备注\n甲;"上海, 浦东";x\n乙;北京;y\n',
            ["客户名称", "地址", "备注"],
            ["甲", "上海, 浦东", "x"],
        ),
        ("客户名称\t手机\n甲\t13800000000\n", ["客户名称", "手机"], ["甲", "13800000000"]),
        ("客户名称|手机\n甲|13800000000\n", ["客户名称", "手机"], ["甲", "13800000000"]),
        ("sep=;\n客户名称;手机\n甲;13800000000\n", ["客户名称", "手机"], ["甲", "13800000000"]),
        ('name,tags\nACME,"a, b, c"\nBeta,"x; y"\n', ["name", "tags"], ["ACME", "a, b, c"]),
    ],
)
def test_csv_delimiters(tmp_path: Path, text: str, headers: list[str], values: list[str]) -> None:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    table, rows = read(path)
    assert table.headers == headers
    assert rows[0] == (2, values)


def test_csv_cleaning_long_cells_and_excel_text_formulas(tmp_path: Path) -> None:
    long_cell = "备" * 32_767
    huge_field = "x" * 200_000  # over the csv module's default field limit
    text = (
        "客户名称,手机,备注,编号,,\n"
        f'"甲\x00公司\x07",="013800000000","{long_cell}","=""A01""",,\n'
        f'乙公司,13900000000,"{huge_field}",B02\n'
        '"丙\r\n公司", ,  ,C03,,\n'
    )
    path = tmp_path / "clean.csv"
    path.write_bytes(text.encode("utf-8"))
    table, rows = read(path)
    assert table.headers == ["客户名称", "手机", "备注", "编号"]  # trailing commas: no columns
    assert rows[0] == (2, ["甲公司", "013800000000", long_cell, "A01"])
    assert rows[1][1][2] == huge_field
    assert rows[2] == (4, ["丙\n公司", None, None, "C03"])


def test_csv_invalid_bytes_are_replaced_with_a_warning(tmp_path: Path) -> None:
    good = "客户名称,备注\n" + "甲公司,正常\n" * 10_000  # beyond the 64 KB sample
    path = tmp_path / "broken.csv"
    path.write_bytes(good.encode("utf-8") + b"\xe4\xb9\xff\xfe,bad\n" + "乙,ok\n".encode())
    table, rows = read(path)
    assert len(rows) == 10_002
    assert "\ufffd" in str(rows[-2][1][0])
    assert any("not valid UTF-8" in warning for warning in table.warnings)
    early = tmp_path / "early.csv"
    early.write_bytes("客户名称,备注\n甲,".encode() + b"\xff" + ("ok\n" + "乙,好\n" * 100).encode())
    table, rows = read(early)
    assert rows[0][1][1] == "\ufffdok"
    assert table.warnings


def test_csv_ragged_rows_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        "客户名称,手机,地址\n甲,138\n\n乙,139,上海,多余\n,,\n丙,137,北京\n", encoding="utf-8"
    )
    table, rows = read(path)
    assert table.headers == ["客户名称", "手机", "地址", "D"]
    assert rows == [
        (2, ["甲", "138", None, None]),
        (4, ["乙", "139", "上海", "多余"]),
        (6, ["丙", "137", "北京", None]),
    ]
    assert table.skipped_rows == [SkippedRow(3, SKIP_BLANK), SkippedRow(5, SKIP_BLANK)]


def test_csv_extra_cells_beyond_the_sampled_width_warn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spreadsheet, "CSV_WIDTH_ROWS", 3)
    path = tmp_path / "late.csv"
    path.write_text("客户名称,手机\n甲,1\n乙,2\n丙,3,extra\n", encoding="utf-8")
    table, rows = read(path)
    assert rows[-1] == (4, ["丙", "3"])
    assert any("more cells than the header" in warning for warning in table.warnings)


def test_csv_line_without_end_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheet, "MAX_CSV_LINE_CHARS", 10_000)
    path = tmp_path / "oneline.csv"
    path.write_text("客户名称,手机\n" + "a," * 20_000, encoding="utf-8")
    with pytest.raises(TooLargeError):
        rows_of(open_table(path))


def test_csv_list_sheets_and_sheet_argument(tmp_path: Path) -> None:
    path = tmp_path / "客户.csv"
    path.write_text("客户名称,手机\n甲,13800000000\n乙,13900000000\n", encoding="utf-8")
    (info,) = list_sheets(path)
    assert (info.name, info.index, info.rows, info.columns, info.hidden) == ("客户", 0, 3, 2, False)
    assert info.looks_like_customers
    assert open_table(path, 0).sheet_name == "客户"
    assert open_table(path, "客户").total_rows == 2
    with pytest.raises(SheetNotFoundError):
        open_table(path, "Sheet2")


def test_errors_have_codes_and_messages() -> None:
    classes = [
        FileNotReadableError,
        PasswordProtectedError,
        DamagedFileError,
        UnsupportedFileError,
        EmptyFileError,
        EmptySheetError,
        NotATableError,
        ZipBombError,
        TooLargeError,
        SheetNotFoundError,
    ]
    codes = {cls.code for cls in classes}
    assert len(codes) == len(classes)
    for cls in classes:
        assert issubclass(cls, SpreadsheetError)
        assert len(str(cls())) > 30


# ---------------------------------------------------------------------------------------------
# The shared corpus of real third-party files
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is absent (looked in {CORPUS})")
    return CORPUS


def test_corpus_header_row_on_row_nine(corpus: Path) -> None:
    table, rows = read(corpus / "edge-calamine" / "header-row.xlsx")
    assert table.header_row_index == 8
    assert table.headers == ["Columns", "Column A", "Column B", "Column C"]
    assert rows == [(10, ["put data here", 1, 2, 3])]


def test_corpus_no_header(corpus: Path) -> None:
    table, rows = read(corpus / "edge-calamine" / "no-header.xlsx")
    assert table.header_row_index is None
    assert table.headers == ["A", "B"]
    assert rows == [(3, ["a", 0]), (4, ["b", 1])]


def test_corpus_merged_header_cells(corpus: Path) -> None:
    table, rows = read(corpus / "edge-calamine" / "merged_range.xlsx", sheet="Sheet1")
    assert table.header_row_index == 0
    assert table.headers == ["A1", "B1", "C1", "C1 (2)", "E1", "F1", "G1", "H1"]
    assert table.skipped_rows == [SkippedRow(2, SKIP_HEADER_PART)]
    assert [number for number, _ in rows] == [3, 4]
    assert rows[0][1][:3] == ["A3", "B3", "C3"]
    table, _ = read(corpus / "edge-calamine" / "merged_range.xlsx", sheet="Sheet2")
    assert table.headers[:3] == ["A1", "B1", "C1"]


def test_corpus_hidden_sheets(corpus: Path) -> None:
    sheets = list_sheets(corpus / "edge-calamine" / "any_sheets.xlsx")
    assert [(s.name, s.hidden) for s in sheets] == [
        ("Visible", False),
        ("Hidden", True),
        ("VeryHidden", True),
    ]  # the chart sheet holds no table and is left out
    assert preselect_sheet(sheets).name == "Visible"


def test_corpus_1904_dates(corpus: Path) -> None:
    table, rows = read(corpus / "edge-calamine" / "date_1904.xlsx")
    assert table.date1904 is True
    assert rows[0][1][0] == dt.date(2021, 1, 1)  # serial 42735 in the 1904 system
    assert rows[1][1][0] == dt.date(2021, 1, 2)
    assert rows[2][1][0] == "255:10:10"  # a [hh]:mm:ss duration


def test_corpus_password_protected(corpus: Path) -> None:
    path = corpus / "edge-calamine" / "pass_protected.xlsx"
    with pytest.raises(PasswordProtectedError):
        detect_format(path)
    with pytest.raises(PasswordProtectedError):
        open_table(path)


def test_corpus_corrupted_compound_document_is_read(corpus: Path) -> None:
    """xlrd refuses this file ("Workbook corruption: seen[2] == 4"), but its damage is an
    overlap in the compound file's sector map that Excel and LibreOffice ignore and
    python-calamine reads through; the price list inside is intact, so it is read rather
    than refused (refusing would block a file the user can open in Excel)."""
    path = corpus / "edge-xlrd" / "corrupted_error.xls"
    assert detect_format(path) == "xls"
    sheets = list_sheets(path)
    assert len(sheets) == 9
    table, rows = read(path, sheet=0)
    assert table.header_row_index == 3  # under a merged title and a merged date
    assert table.headers[:3] == ["ТИП", "Наименование", "ГОСТ"]
    assert len(rows) == 13
    assert rows[0] == (5, ["Труба вгп", "ду 15х2,5", 3262, 8, 10, 1.21, 55800])


def test_corpus_oom_alloc_is_bounded(corpus: Path) -> None:
    path = corpus / "edge-calamine" / "OOM_alloc.xls"
    started = time.perf_counter()
    sheets = list_sheets(path)
    assert len(sheets) == 10
    assert [s.hidden for s in sheets].count(False) == 1
    for info in sheets:
        try:
            table = open_table(path, info.index)
        except SpreadsheetError:
            continue
        for _ in table.rows():
            pass
    assert time.perf_counter() - started < 5.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1024 * 1024  # KB: < 1 GB


def test_corpus_formate_xls_dates_and_times(corpus: Path) -> None:
    path = corpus / "edge-xlrd" / "Formate.xls"
    sheets = list_sheets(path)
    assert [s.name for s in sheets] == ["Blätt1", "ÖÄÜ", "Blätt3", "Formate"]
    table, rows = read(path, sheet="Blätt1")
    assert table.header_row_index is None
    assert rows[0] == (1, ["Huber", dt.date(1907, 7, 3)])
    assert rows[1][1][1] == dt.date(2005, 2, 23)
    assert rows[3][1][1] == dt.time(6, 34)
    with pytest.raises(NotATableError):
        open_table(path, sheet="Blätt3")  # one column of numbers, no header


def test_corpus_atomic_crm_contacts(corpus: Path) -> None:
    table, rows = read(corpus / "en-atomic-crm" / "contacts_import_sample.csv")
    mapping = suggest_mapping(table.headers, fields=CUSTOMER_FIELDS)
    by_header = {table.headers[index]: field for index, field in mapping.items()}
    assert by_header["first_name"] == "first_name"
    assert by_header["last_name"] == "last_name"
    assert by_header["company"] == "name"
    assert by_header["tags"] == "tags"
    assert by_header["status"] == "status"
    assert by_header["first_seen"] == "first_contact_date"
    assert [by_header[h] for h in ("email_work", "email_home", "email_other")] == ["email"] * 3
    assert [by_header[h] for h in ("phone_work", "phone_home", "phone_other")] == ["phone"] * 3
    assert rows[0][1][table.headers.index("tags")] == "influencer, developer"
    table, rows = read(corpus / "en-atomic-crm" / "test-data_contacts.csv")
    assert len(rows) >= 499
    phones = {value for _, values in rows for value in values[-3:] if value}
    assert "(484) 491-4638" in phones or any(" x" in str(phone) for phone in phones)
    mapping = suggest_mapping(table.headers, fields=CUSTOMER_FIELDS)
    assert mapping[table.headers.index("company_name")] == "name"
    assert mapping[table.headers.index("sales")] == "owner"


def test_corpus_civicrm_headers(corpus: Path) -> None:
    folder = corpus / "civicrm"
    for path in sorted(folder.glob("*.csv")):
        table, rows = read(path)
        assert table.header_row_index == 0, path.name
        assert rows, path.name
        mapping = suggest_mapping(table.headers, fields=CUSTOMER_FIELDS)
        fields = set(mapping.values())
        if path.name != "organization_multiple_duplicates_invalid.csv":
            assert {"first_name", "last_name"} <= fields, path.name
    table, rows = read(folder / "organization_multiple_duplicates_invalid.csv")
    assert suggest_mapping(table.headers) == {0: "name", 1: "email"}
    assert rows == [
        (2, ["BobCo", None]),
        (3, ["Cindy", "bobco@null.com"]),
        (4, ["BobCo", "bobco@null.com"]),
    ]
    table, rows = read(folder / "individual_dates_type1.csv")
    assert rows[2][1][2] == "2008-9-1"  # dates stay text for the normaliser, trimmed
    table, _ = read(folder / "column_names_casing.csv")
    assert suggest_mapping(table.headers)[2] == "code"


def test_corpus_odoo_partners(corpus: Path) -> None:
    table, _ = read(corpus / "odoo" / "res.partner.csv")
    mapping = suggest_mapping(table.headers, fields=CUSTOMER_FIELDS)
    by_header = {table.headers[index]: field for index, field in mapping.items()}
    assert by_header == {
        "ID": "code",
        "Name": "name",
        "Company Type": "kind",
        "Related Company": None,
        "Customer": None,
        "Supplier": None,
        "Address Type": None,
        "Street": "address",
        "Street2": "address",
        "City": "city",
        "State": "province",
        "ZIP": None,
        "Country": None,
        "Website": "website",
        "Phone": "phone",
        "Mobile": "mobile",
        "Email": "email",
    }


def test_every_corpus_file_reads_or_is_refused_clearly(corpus: Path) -> None:
    for path in sorted(corpus.rglob("*")):
        if not path.is_file() or path.suffix == ".md":
            continue
        started = time.perf_counter()
        try:
            sheets = list_sheets(path)
            for info in sheets:
                try:
                    table = open_table(path, info.index)
                except (NotATableError, EmptySheetError):
                    continue
                assert table.headers, path.name
                for row in table.rows():
                    assert len(row.values) == len(table.headers), path.name
        except SpreadsheetError as error:
            assert path.name == "pass_protected.xlsx", (path.name, error)
        assert time.perf_counter() - started < 5.0, path.name


def _biff12(record: int, body: bytes = b"") -> bytes:
    """One BIFF12 record: 1-2 byte type, 1-4 byte length, both 7 bits a byte."""
    kind = bytes([record]) if record < 0x80 else bytes([(record & 0x7F) | 0x80, record >> 7])
    length, size = b"", len(body)
    while True:
        byte = size & 0x7F
        size >>= 7
        length += bytes([byte | (0x80 if size else 0)])
        if not size:
            return kind + length + body


def test_xlsb_dimension_is_checked_before_loading(tmp_path: Path) -> None:
    def wide(text: str) -> bytes:
        return struct.pack("<I", len(text)) + text.encode("utf-16-le")

    workbook_bin = (
        _biff12(131)  # BrtBeginBook
        + _biff12(153, struct.pack("<I", 1) + bytes(20))  # BrtWbProp with f1904
        + _biff12(143)  # BrtBeginBundleShs
        + _biff12(156, struct.pack("<II", 0, 1) + wide("rId1") + wide("客户"))
        + _biff12(144)
        + _biff12(132)
    )
    sheet_bin = (
        _biff12(129)  # BrtBeginSheet
        + _biff12(148, struct.pack("<IIII", 0, 1_048_575, 0, 16_383))  # BrtWsDim
        + _biff12(145)  # BrtBeginSheetData
    )
    path = tmp_path / "big.xlsb"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.bin", workbook_bin)
        archive.writestr(
            "xl/_rels/workbook.bin.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="worksheet" '
            'Target="worksheets/sheet1.bin"/></Relationships>',
        )
        archive.writestr("xl/worksheets/sheet1.bin", sheet_bin)
    assert detect_format(path) == "xlsb"
    layout = spreadsheet._workbook_layout(path, "xlsb")
    assert layout.date1904 is True
    assert layout.extents == [(1_048_576, 16_384)]
    with pytest.raises(TooLargeError):
        spreadsheet._check_extent("客户", layout.extents[0])


def test_corpus_xls_with_the_1904_date_system(corpus: Path, tmp_path: Path) -> None:
    """Formate.xls with its DATEMODE record switched to 1904 (a copy in tmp_path): the flag
    is read, and python-calamine shifts the date cells by the 1,462 days between systems."""
    data = (corpus / "edge-xlrd" / "Formate.xls").read_bytes()
    record = b"\x22\x00\x02\x00\x00\x00"
    assert data.count(record) == 1
    path = tmp_path / "mac.xls"
    path.write_bytes(data.replace(record, b"\x22\x00\x02\x00\x01\x00"))
    table, rows = read(path, sheet="Blätt1")
    assert table.date1904 is True
    assert rows[0][1][1] == dt.date(1907, 7, 3) + dt.timedelta(days=1462)


def test_group_row_above_the_header_joins_it_but_a_title_does_not(tmp_path: Path) -> None:
    def merges(sheet: openpyxl.worksheet.worksheet.Worksheet) -> None:
        sheet.merge_cells("A1:C1")  # a title over part of the table only
        sheet.merge_cells("A2:B2")
        sheet.merge_cells("C2:D2")

    path = xlsx(
        tmp_path / "groups.xlsx",
        [
            ["2024年客户名单"],
            ["客户信息", None, "联系人", None],
            ["客户名称", "客户编号", "姓名", "电话"],
            ["甲公司", "C001", "张三", "13800000001"],
        ],
        merges,
    )
    table, rows = read(path)
    assert table.header_row_index == 1
    assert table.headers == [
        "客户信息 / 客户名称",
        "客户信息 / 客户编号",
        "联系人 / 姓名",
        "联系人 / 电话",
    ]
    assert table.skipped_rows == [SkippedRow(3, SKIP_HEADER_PART)]
    assert rows == [(4, ["甲公司", "C001", "张三", "13800000001"])]
    mapping = suggest_mapping(table.headers, fields=CUSTOMER_FIELDS)
    assert mapping == {0: "name", 1: "code", 2: "contact_name", 3: "contact_phone"}


def test_table_far_below_the_top(tmp_path: Path) -> None:
    path = tmp_path / "low.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("S")
    sheet.write_row(59, 1, ["客户名称", "手机"])
    sheet.write_row(60, 1, ["甲公司", 13800000001])
    workbook.close()
    table, rows = read(path)
    assert (table.header_row_index, table.headers) == (59, ["客户名称", "手机"])
    assert rows == [(61, ["甲公司", 13800000001])]
    assert list_sheets(path)[0].looks_like_customers
    csv_path = tmp_path / "low.csv"
    csv_path.write_text(
        "\n" * 50 + "客户名称,手机\n甲公司,13800000001\n客户名称,手机\n", encoding="utf-8"
    )
    table, rows = read(csv_path)
    assert (table.header_row_index, table.headers) == (50, ["客户名称", "手机"])
    assert rows == [(52, ["甲公司", "13800000001"])]
    assert table.skipped_rows == [SkippedRow(53, SKIP_REPEATED_HEADER)]
    table, rows = read(csv_path, header_row=51)
    assert table.headers == ["甲公司", "13800000001"]
    assert rows == [(53, ["客户名称", "手机"])]
