"""Opening spreadsheets for import and reading their tables, without a database or Qt.

The reading half of the importer: decide what a file is (by content, not extension), refuse
files that cannot or must not be read with one error class per case, list the sheets, find
the header row, and stream the data rows with their row numbers as Excel shows them.

What a caller must know about the values in `Row.values`:

- Cells are ``str`` (stripped; control characters other than tab and newline removed;
  ``\\r\\n`` became ``\\n``), ``int``, ``float``, ``bool``, ``datetime.date``,
  ``datetime.datetime``, ``datetime.time`` (a cell formatted as a time of day), or ``None``
  (an empty cell, or text that was only whitespace).
- Numbers: Excel stores every number as a float. Integral values become ``int`` (up to 2**53,
  where floats are exact), so a phone typed as a number arrives as ``13812345678``, never
  ``13812345678.0``; other numbers stay ``float``. Legacy .xls integers already arrive as
  ``int``. Nothing is turned into text: phones stored as numbers stay numbers for the
  normaliser.
- Dates: a cell formatted as a date comes as ``datetime.date`` (or ``datetime.datetime`` when
  it has a time), already converted with the workbook's date system, the 1904 system included
  (python-calamine reads ``workbookPr date1904``; the 1904 serial 42735 arrives as
  2021-01-01). A date typed into a cell *without* a date format arrives as a plain number (an
  Excel serial): convert it with ``crm_desktop.domain.normalize.parse_datetime(value,
  date1904=table.date1904)``. Duration cells (``[h]:mm:ss``) arrive as text such as
  "255:10:10".
- CSV cells are always ``str`` or ``None`` (no type guessing: "0012" stays "0012"). Excel's
  ``="0123"`` trick for keeping leading zeros is unwrapped to ``0123``, and the apostrophe a
  CSV export puts before = + - @ tab or CR (so no formula runs) is taken off again.
- Formula cells give their cached result; error results (#N/A, #DIV/0!) give ``None``.
- Vertically merged cells in the data (a region merged down over several customers) give
  every row the merged value in the merge's first column; other cells of a merge are ``None``.

Headers (`Table.headers`): the header row's text; a header spanning several rows (merged
cells, or a row of merged group names right above) joins its parts with " / " ("联系人 /
电话"); a merged header cell names every column it spans ("电话", "电话 (2)"); an empty header
cell gets its column letter as Excel shows it ("C"); repeats get " (2)", " (3)". A sheet
without a header gets the column letters of its columns ("A", "B", ... or "C", "D" when the
table starts in column C), `Table.header_row_index` is None, and single-value title rows
above the data are left out. Map headers with `crm_desktop.domain.headers.suggest_mapping`
(pass a few rows as ``sample_rows`` so a header-less sheet is mapped by content).

Rows: `Row.number` is the row number Excel shows (1-based; for CSV the record number, header
included). Rows under the header that are not data (blank rows, 必填/选填 markers, 示例
rows, instructions, 合计 totals, a repeated header) are not yielded but listed in
`Table.skipped_rows`; rows above the header (titles, notes) are neither.

Decisions worth knowing: a legacy .xls whose compound-file sector map is irregular but
readable (xlrd calls such files "corrupted"; Excel and LibreOffice open them, and so does
python-calamine) is read, not refused. An OLE container holding EncryptionInfo /
EncryptedPackage streams is a password-protected OOXML workbook, whatever its extension.

Memory: CSV streams through the csv module a line at a time. Workbooks are read by
python-calamine, which holds one sheet's cells (about 32 bytes per cell of the sheet's used
rectangle) while `Table.rows` converts one row at a time; a sheet whose used rectangle exceeds
`MAX_SHEET_CELLS` is refused with `TooLargeError` before it is loaded (from the .xlsx/.xlsb
``dimension`` record, or a scan of the cells when it is missing or huge; .ods by a scan).
Legacy .xls sheets are at most 65,536 x 256 cells by format (~540 MB at worst) and are not
checked. An .xlsx whose ``dimension`` record is forged smaller than its cells is trusted:
scanning every sheet to catch that would cost as much as reading it. python-calamine can
only load a sheet whole, so the last sheet loaded is kept for the next open of the same
sheet of the unchanged file (listing, planning, previewing and importing load it once);
loading another sheet or `forget_loaded_sheet` releases it.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import os
import posixpath
import re
import struct
import threading
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal, Protocol, TypeVar
from xml.etree import ElementTree

import python_calamine
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

from crm_desktop.domain.headers import (
    CUSTOMER_FIELDS,
    HEADER_PART_SEPARATOR,
    SKIP_BLANK,
    SKIP_HEADER_PART,
    SKIP_REPEATED_HEADER,
    SKIP_TOTALS,
    column_letter,
    find_header_row,
    find_table_start,
    is_annotation_row,
    is_totals_row,
    looks_like_form,
    match_header,
    suggest_mapping,
    unique_headers,
)

# ---------------------------------------------------------------------------------------------
# Limits
# ---------------------------------------------------------------------------------------------

# Zip archives (.xlsx, .xlsm, .xlsb, .ods) are checked from their central directory before
# anything is decompressed.
MAX_ZIP_TOTAL_UNCOMPRESSED = 2 * 1024**3
MAX_ZIP_ENTRY_RATIO = 200
ZIP_RATIO_MIN_ENTRY_SIZE = 1024**2  # small parts compress wildly (empty styles) and are harmless
MAX_ZIP_ENTRIES = 10_000
MAX_ZIP_DIRECTORY_BYTES = 16 * 1024**2
# python-calamine materialises a sheet's used rectangle at ~32 bytes a cell: 12 million cells
# is ~400 MB, enough for 800,000 rows of 15 columns.
MAX_SHEET_CELLS = 12_000_000
MAX_COLUMNS = 16_384  # Excel's own limit
# One CSV field may be big (a 32,767-character cell is normal); the csv module refuses fields
# over its limit (128 KB by default), which would reject legitimate long notes.
MAX_CSV_FIELD_CHARS = 10 * 1024**2
# A physical CSV line is read with this bound so a file without line breaks cannot fill memory.
MAX_CSV_LINE_CHARS = 16 * 1024**2
# Small XML parts read whole (workbook.xml, relationships).
_MAX_SMALL_PART = 16 * 1024**2

SAMPLE_BYTES = 65_536  # bytes looked at for the file type, the encoding and the delimiter
HEAD_ROWS = 40  # rows read to find the header (candidates in the first 30, see headers.py)
CSV_WIDTH_ROWS = 1_000  # CSV rows that decide the number of columns
ANNOTATION_ROWS = 5  # rows under the header checked for 必填/示例 annotation rows
MAX_RECORDED_SKIPS = 10_000  # SkippedRow entries kept (a file of blank lines stays small)
_MAX_HEADER_SPAN = 3  # rows a merged header may span

_INT_LIMIT = 2**53

# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


class SpreadsheetError(Exception):
    """A file the importer cannot read; the UI translates by class (see ``code``).

    ``str(error)`` is a plain English message saying what is wrong and what to do.
    """

    code = "spreadsheet_error"
    default_message = "The file cannot be read as a spreadsheet."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class FileNotReadableError(SpreadsheetError):
    """The file could not be opened at all (missing, no permission, locked)."""

    code = "unreadable"
    default_message = (
        "The file could not be opened. Check that it still exists and that you may read it, "
        "then try again."
    )


class PasswordProtectedError(SpreadsheetError):
    """The workbook is encrypted with a password."""

    code = "password_protected"
    default_message = (
        "This workbook is protected with a password. Open it in Excel or WPS, remove the "
        "password (File > Info > Protect Workbook > Encrypt with Password, clear it), save, "
        "and import the saved file."
    )


class DamagedFileError(SpreadsheetError):
    """The file is a spreadsheet but is damaged or incomplete."""

    code = "damaged"
    default_message = (
        "The file is damaged or incomplete (it may have been cut off while downloading or "
        "copying). Open it in Excel or WPS; if it opens, save it again as .xlsx and import "
        "that, otherwise get a fresh copy."
    )


class UnsupportedFileError(SpreadsheetError):
    """Not a spreadsheet (a PDF, a Word document, an image, ...); ``kind`` says what it is."""

    code = "unsupported"
    default_message = (
        "This file is not a spreadsheet. Import an Excel workbook (.xlsx, .xls, .xlsb), an "
        "OpenDocument spreadsheet (.ods) or a CSV file."
    )

    def __init__(self, message: str | None = None, *, kind: str = "unknown") -> None:
        super().__init__(message)
        self.kind = kind


class EmptyFileError(SpreadsheetError):
    """The file holds no data at all."""

    code = "empty_file"
    default_message = "The file is empty: it holds no cells with data."


class EmptySheetError(SpreadsheetError):
    """The chosen sheet holds no data."""

    code = "empty_sheet"
    default_message = "The chosen sheet is empty. Choose the sheet that holds the customer list."


class NotATableError(SpreadsheetError):
    """The sheet is a form (label/value pairs) or a single column without a header."""

    code = "not_a_table"
    default_message = (
        "This sheet is not a table: it looks like a form with labels and values side by side. "
        "Import a list with one row per customer and one column per field, with the column "
        "names in the first row."
    )


_TRUSTED_COPY_ADVICE = (
    "If you trust the file, open it in Excel, copy the data to a new workbook and import that."
)


class ZipBombError(SpreadsheetError):
    """The archive would expand to an unreasonable size (a "zip bomb")."""

    code = "zip_bomb"
    default_message = (
        "The file was refused because it would expand to an unreasonable size when opened "
        "(it may be damaged or built to attack the computer). If you trust it, open it in "
        "Excel, copy the data to a new workbook and import that."
    )


class TooLargeError(SpreadsheetError):
    """The sheet (or a CSV line or cell) is too large to import safely."""

    code = "too_large"
    default_message = (
        "The sheet is too large to import at once. Split it into several files, or delete "
        "empty rows and columns far below or right of the data, then import again."
    )


class SheetNotFoundError(SpreadsheetError):
    """The requested sheet does not exist in the workbook."""

    code = "sheet_not_found"
    default_message = "The workbook has no sheet by that name. Choose one of its sheets."


# ---------------------------------------------------------------------------------------------
# Data types
# ---------------------------------------------------------------------------------------------

CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | None


@dataclass(frozen=True)
class SkippedRow:
    """A row under the header that is not data. ``row_number`` is 1-based as Excel shows it;
    ``reason`` is one of the stable texts in ``crm_desktop.domain.headers.SKIP_REASONS``."""

    row_number: int
    reason: str


@dataclass(slots=True)
class Row:
    """One data row: ``number`` is the 1-based row number in the sheet (as Excel shows it;
    for CSV the record number, counting the header), ``values`` are aligned to
    `Table.headers`."""

    number: int
    values: list[CellValue]


@dataclass
class SheetInfo:
    """A worksheet of a workbook (chart sheets are left out).

    ``index`` is the sheet's position in the workbook (pass it to `open_table`); ``rows`` and
    ``columns`` are the size of its used area (0 when empty; a line count estimate for CSV);
    ``hidden`` covers hidden and very hidden sheets; ``looks_like_customers`` is true when
    its header (or, without one, its content) maps to customer fields.
    """

    name: str
    index: int
    rows: int | None
    columns: int | None
    hidden: bool
    looks_like_customers: bool


# ---------------------------------------------------------------------------------------------
# What the file is
# ---------------------------------------------------------------------------------------------

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"

# (magic prefix, kind, what it is in a message). Only prefixes no CSV can start with: a text
# file may begin with "BM" or "MZ", so bitmaps and programs are left to the binary test.
_BINARY_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "pdf", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "image", "an image"),
    (b"\xff\xd8\xff", "image", "an image"),
    (b"GIF87a", "image", "an image"),
    (b"GIF89a", "image", "an image"),
    (b"II*\x00", "image", "an image"),
    (b"MM\x00*", "image", "an image"),
    (b"Rar!\x1a\x07", "archive", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "archive", "a 7-Zip archive"),
    (b"\x1f\x8b", "archive", "a compressed (gzip) file"),
    (b"\x7fELF", "program", "a program"),
    (b"SQLite format 3\x00", "database", "a database file"),
)

_KIND_TEXT = {
    "docx": "a Word document",
    "doc": "a Word document",
    "pptx": "a PowerPoint presentation",
    "ppt": "a PowerPoint presentation",
    "odt": "an OpenDocument text document",
    "odp": "an OpenDocument presentation",
    "zip": "a zip archive (extract the spreadsheet from it first)",
    "ole": "an Office file of an unknown kind",
    "html": "a web page (HTML) saved with a spreadsheet name",
    "xml": "an XML file",
    "xml-spreadsheet": "an Excel 2003 XML spreadsheet",
    "rtf": "a rich-text (RTF) document",
    "binary": "an unknown binary file",
}


def _unsupported(kind: str, what: str | None = None) -> UnsupportedFileError:
    what = what or _KIND_TEXT.get(kind, "not a spreadsheet")
    if kind in ("html", "xml-spreadsheet"):
        advice = "Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that."
    else:
        advice = (
            "Import an Excel workbook (.xlsx, .xls, .xlsb), an OpenDocument spreadsheet (.ods) "
            "or a CSV file."
        )
    return UnsupportedFileError(f"This file is {what}, not a spreadsheet. {advice}", kind=kind)


@dataclass
class _Inspection:
    format: str
    date1904: bool = False
    # CSV only
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    sample: str = ""


def _open_binary(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except FileNotFoundError as exc:
        raise FileNotReadableError(f"The file {path.name} does not exist any more.") from exc
    except PermissionError as exc:
        raise FileNotReadableError(
            f"You are not allowed to read {path.name}. Copy it somewhere you can read it, "
            "or ask whoever manages the computer."
        ) from exc
    except IsADirectoryError as exc:
        raise FileNotReadableError(f"{path.name} is a folder, not a file.") from exc
    except OSError as exc:
        raise FileNotReadableError(
            f"The file {path.name} could not be opened ({exc.strerror or exc}). If another "
            "program has it open, close it and try again."
        ) from exc


def detect_format(path: str | os.PathLike[str]) -> str:
    """The file's format decided by its content, never its extension.

    Returns "xlsx" (a zip with ``xl/workbook.xml``, .xlsm included), "xlsb" (a zip with
    ``xl/workbook.bin``), "ods", "xls" (an OLE compound file with a Workbook/Book stream) or
    "csv" (text in UTF-8 with or without BOM, UTF-16/32 with BOM, or GB18030/GBK: a CSV saved
    with an .xls name is "csv").

    Raises `EmptyFileError`, `PasswordProtectedError` (an encrypted OOXML package),
    `ZipBombError` (checked from the zip directory before anything is decompressed),
    `DamagedFileError` (a truncated zip or compound file), `UnsupportedFileError` (with
    ``kind``: pdf, image, docx, doc, html, zip, binary, ...) or `FileNotReadableError`.
    """
    return _inspect(Path(path)).format


def _inspect(path: Path) -> _Inspection:
    with _open_binary(path) as handle:
        head = handle.read(SAMPLE_BYTES)
        size = os.fstat(handle.fileno()).st_size
        if not head:
            raise EmptyFileError(
                f"The file {path.name} is empty (0 bytes). Check that you chose the right "
                "file; if it was copied or downloaded, copy it again."
            )
        if head.startswith(_ZIP_MAGIC):
            return _Inspection(_inspect_zip(handle, size))
        if head.startswith(_CFB_MAGIC):
            fmt, date1904 = _inspect_cfb(handle, size)
            return _Inspection(fmt, date1904=date1904)
    for magic, kind, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise _unsupported(kind, what)
    if (head[8:12] == b"WEBP" and head.startswith(b"RIFF")) or (
        head.startswith(b"BM") and head[6:10] == bytes(4)  # bitmap: reserved zero bytes
    ):
        raise _unsupported("image", "an image")
    return _inspect_text(head, at_eof=size <= len(head))


# --- zip ---------------------------------------------------------------------------------


def _zip_directory_size(handle: IO[bytes], size: int) -> tuple[int, int]:
    """(entry count, central directory bytes) from the end-of-central-directory record, read
    before zipfile loads the whole directory into memory."""
    tail_length = min(size, 22 + 65_535 + 20)
    handle.seek(size - tail_length)
    tail = handle.read(tail_length)
    position = tail.rfind(b"PK\x05\x06")
    if position < 0 or len(tail) - position < 22:
        raise DamagedFileError()
    entries, directory_size = struct.unpack("<HI", tail[position + 10 : position + 16])
    if entries == 0xFFFF or directory_size == 0xFFFFFFFF:
        # Zip64: the locator just before the record points at the zip64 end record.
        locator = tail[position - 20 : position] if position >= 20 else b""
        if locator[:4] == b"PK\x06\x07":
            (offset,) = struct.unpack("<Q", locator[8:16])
            handle.seek(offset)
            record = handle.read(56)
            if record[:4] == b"PK\x06\x06" and len(record) == 56:
                entries, directory_size = struct.unpack("<QQ", record[32:48])
    return entries, directory_size


def _check_zip(handle: IO[bytes], size: int) -> zipfile.ZipFile:
    """Open the archive after checking its directory for bombs; the caller closes it."""
    entries, directory_size = _zip_directory_size(handle, size)
    if entries > MAX_ZIP_ENTRIES or directory_size > MAX_ZIP_DIRECTORY_BYTES:
        raise ZipBombError(
            f"The file was refused: it holds {entries:,} parts, far more than a spreadsheet "
            f"has (at most {MAX_ZIP_ENTRIES:,} are accepted). It may be damaged or built to "
            f"attack the computer. {_TRUSTED_COPY_ADVICE}"
        )
    handle.seek(0)
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise DamagedFileError() from exc
    try:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise ZipBombError()
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > ZIP_RATIO_MIN_ENTRY_SIZE:
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > MAX_ZIP_ENTRY_RATIO:
                    raise ZipBombError(
                        f"The file was refused: its part {info.filename!r} would expand "
                        f"{ratio:,.0f} times (from {info.compress_size:,} to "
                        f"{info.file_size:,} bytes), the mark of a zip bomb. It may be "
                        f"damaged or built to attack the computer. {_TRUSTED_COPY_ADVICE}"
                    )
        if total > MAX_ZIP_TOTAL_UNCOMPRESSED:
            raise ZipBombError(
                f"The file was refused: it would expand to {total / 1024**3:,.1f} GB, more "
                f"than the {MAX_ZIP_TOTAL_UNCOMPRESSED / 1024**3:,.0f} GB accepted. "
                f"{_TRUSTED_COPY_ADVICE}"
            )
    except BaseException:
        archive.close()
        raise
    return archive


def _zip_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Lower-cased part name -> stored name (OOXML part names are case-insensitive)."""
    return {info.filename.lower(): info.filename for info in archive.infolist()}


def _read_part(archive: zipfile.ZipFile, name: str, limit: int = _MAX_SMALL_PART) -> bytes:
    with archive.open(name) as part:
        data = part.read(limit + 1)
    if len(data) > limit:
        raise ZipBombError(
            f"The file was refused: its part {name!r} is unreasonably large. "
            f"{_TRUSTED_COPY_ADVICE}"
        )
    return data


def _inspect_zip(handle: IO[bytes], size: int) -> str:
    archive = _check_zip(handle, size)
    with archive:
        names = _zip_names(archive)
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "xl/workbook.bin" in names:
            return "xlsb"
        if "mimetype" in names:
            try:
                mimetype = _read_part(archive, names["mimetype"], 200).decode("ascii", "replace")
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise DamagedFileError() from exc
            mimetype = mimetype.strip()
            if mimetype.startswith(_ODS_MIMETYPE):
                return "ods"
            if mimetype.startswith("application/vnd.oasis.opendocument.text"):
                raise _unsupported("odt")
            if mimetype.startswith("application/vnd.oasis.opendocument.presentation"):
                raise _unsupported("odp")
        if "word/document.xml" in names:
            raise _unsupported("docx")
        if "ppt/presentation.xml" in names:
            raise _unsupported("pptx")
        raise _unsupported("zip")


# --- OLE compound files (.xls, encrypted .xlsx, .doc) --------------------------------------

_CFB_FREE = 0xFFFFFFFA  # sector ids at or above this are markers, not sectors
_CFB_MAX_DIRECTORY_SECTORS = 100_000


@dataclass
class _CfbEntry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    start: int
    size: int


class _Cfb:
    """Just enough of the compound file format to list its streams and read the start of one.

    python-calamine reads .xls itself; this only tells .xls from an encrypted .xlsx (an OLE
    container with EncryptionInfo/EncryptedPackage streams) or a Word file, and reads the
    date system, without trusting any size or chain in the file.
    """

    def __init__(self, handle: IO[bytes], size: int) -> None:
        self.handle = handle
        self.size = size
        header = self._read_at(0, 512)
        if len(header) < 512:
            raise DamagedFileError()
        (shift,) = struct.unpack("<H", header[30:32])
        if shift not in (9, 12):
            raise DamagedFileError()
        self.sector_size = 1 << shift
        self.sector_count = max(0, (size - self.sector_size) // self.sector_size + 1)
        fat_count, self.first_directory = struct.unpack("<II", header[44:52])
        (self.mini_cutoff,) = struct.unpack("<I", header[56:60])
        first_difat, difat_count = struct.unpack("<II", header[68:76])
        difat = list(struct.unpack("<109I", header[76:512]))
        sector = first_difat
        per_sector = self.sector_size // 4
        for _ in range(min(difat_count, self.sector_count)):
            if sector >= _CFB_FREE:
                break
            ids = struct.unpack(f"<{per_sector}I", self._sector(sector))
            difat.extend(ids[:-1])
            sector = ids[-1]
        self.fat_sectors = [s for s in difat[: min(fat_count, self.sector_count)] if s < _CFB_FREE]

    def _read_at(self, offset: int, length: int) -> bytes:
        self.handle.seek(offset)
        return self.handle.read(length)

    def _sector(self, sector: int) -> bytes:
        if sector >= self.sector_count:
            raise DamagedFileError()
        data = self._read_at((sector + 1) * self.sector_size, self.sector_size)
        if not data:
            raise DamagedFileError()
        return data.ljust(self.sector_size, b"\x00")

    def _next(self, sector: int) -> int:
        per_sector = self.sector_size // 4
        index, slot = divmod(sector, per_sector)
        if index >= len(self.fat_sectors):
            raise DamagedFileError()
        data = self._sector(self.fat_sectors[index])
        (following,) = struct.unpack("<I", data[slot * 4 : slot * 4 + 4])
        return int(following)

    def chain(self, start: int, limit: int) -> Iterator[bytes]:
        """Up to ``limit`` sectors of the chain from ``start``; loops end it."""
        seen: set[int] = set()
        sector = start
        while sector < _CFB_FREE and len(seen) < limit:
            if sector in seen:
                raise DamagedFileError()
            seen.add(sector)
            yield self._sector(sector)
            sector = self._next(sector)

    def entries(self) -> list[_CfbEntry]:
        found: list[_CfbEntry] = []
        for data in self.chain(self.first_directory, _CFB_MAX_DIRECTORY_SECTORS):
            for offset in range(0, len(data), 128):
                entry = data[offset : offset + 128]
                (name_length,) = struct.unpack("<H", entry[64:66])
                kind = entry[66]
                if kind not in (1, 2, 5) or not 2 <= name_length <= 64:
                    continue
                name = entry[: name_length - 2].decode("utf-16-le", "replace")
                start, size = struct.unpack("<II", entry[116:124])
                found.append(_CfbEntry(name, kind, start, size))
        return found


def _inspect_cfb(handle: IO[bytes], size: int) -> tuple[str, bool]:
    cfb = _Cfb(handle, size)
    entries = cfb.entries()
    names = {entry.name.lower() for entry in entries}
    if "encryptedpackage" in names or "encryptioninfo" in names:
        raise PasswordProtectedError()
    for entry in entries:
        if entry.kind == 2 and entry.name.lower() in ("workbook", "book"):
            return "xls", _xls_date1904(cfb, entry)
    if "worddocument" in names:
        raise _unsupported("doc")
    if "powerpoint document" in names:
        raise _unsupported("ppt")
    raise _unsupported("ole")


def _xls_date1904(cfb: _Cfb, entry: _CfbEntry) -> bool:
    """The DATEMODE record of the workbook globals (it comes within the first few hundred
    bytes). A stream below the mini-stream cutoff (a tiny workbook) is not read: False."""
    if entry.size < max(cfb.mini_cutoff, 4096):
        return False
    try:
        data = b"".join(cfb.chain(entry.start, 8))
    except DamagedFileError:
        # python-calamine reads through some broken sector maps that Excel accepts; the date
        # system then comes from python-calamine's own conversion of date cells.
        return False
    position = 0
    while position + 4 <= len(data):
        record, length = struct.unpack("<HH", data[position : position + 4])
        body = data[position + 4 : position + 4 + length]
        if record == 0x0022 and len(body) >= 2:  # DATEMODE
            return struct.unpack("<H", body[:2])[0] == 1
        if record in (0x002F, 0x0085, 0x000A):  # FILEPASS (rest encrypted), BOUNDSHEET, EOF
            return False
        position += 4 + length
    return False


# --- text -----------------------------------------------------------------------------------

_TEXT_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")  # NUL is judged on bytes
_MAX_CONTROL_SHARE = 0.01
_MAX_REPLACED_SHARE = 0.01


def _decode_sample(data: bytes, encoding: str, *, at_eof: bool, errors: str) -> str:
    """Decode a sample whose end may cut a multibyte character in two (not an error)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    return str(decoder.decode(data, final=at_eof))


@dataclass
class _TextEncoding:
    encoding: str  # for open(): consumes a BOM
    sample_encoding: str  # for the sample, whose BOM is already cut off
    sample: bytes
    warnings: list[str] = field(default_factory=list)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)


def _text_encoding(head: bytes, *, at_eof: bool) -> _TextEncoding | None:
    """How the text is encoded, or None when it is not text."""
    for bom, encoding, sample_encoding in _BOMS:
        if head.startswith(bom):
            return _TextEncoding(encoding, sample_encoding, head[len(bom) :])
    if head.count(0) > _MAX_CONTROL_SHARE * len(head):
        # Many zero bytes: UTF-16 without a BOM (ASCII text has a zero in every other byte)
        # or not text. A few stray NULs in a CSV are dropped while reading.
        pairs = len(head) // 2 or 1
        for encoding, zeros, others in (
            ("utf-16-le", head[1::2], head[0::2]),
            ("utf-16-be", head[0::2], head[1::2]),
        ):
            if zeros.count(0) > 0.4 * pairs and others.count(0) < 0.05 * pairs:
                return _TextEncoding(encoding, encoding, head[: len(head) // 2 * 2])
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            _decode_sample(head, encoding, at_eof=at_eof, errors="strict")
        except UnicodeDecodeError:
            continue
        return _TextEncoding(encoding, encoding, head)
    # Neither decodes cleanly: a UTF-8 (or GBK) file with a few broken bytes is still read,
    # with the broken bytes replaced and a warning.
    for encoding in ("utf-8", "gb18030"):
        text = _decode_sample(head, encoding, at_eof=at_eof, errors="replace")
        if text.count("\ufffd") <= _MAX_REPLACED_SHARE * max(len(text), 1):
            warning = (
                f"Some bytes are not valid {_encoding_name(encoding)} text; they were replaced "
                "by \ufffd. Check the affected cells."
            )
            return _TextEncoding(encoding, encoding, head, [warning])
    return None


def _encoding_name(encoding: str) -> str:
    return {"utf-8-sig": "UTF-8", "gb18030": "GB18030/GBK"}.get(encoding, encoding.upper())


def _inspect_text(head: bytes, *, at_eof: bool) -> _Inspection:
    found = _text_encoding(head, at_eof=at_eof)
    if found is None:
        raise _unsupported("binary")
    sample = _decode_sample(found.sample, found.sample_encoding, at_eof=at_eof, errors="replace")
    if not sample.strip():
        raise EmptyFileError("The file holds no data (only spaces or blank lines).")
    controls = len(_TEXT_CONTROL.findall(sample))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise _unsupported("binary")
    start = sample.lstrip()[:1024].lower()
    if start.startswith(("<!doctype html", "<html", "<table", "<head", "<meta")):
        raise _unsupported("html")
    if start.startswith("<?xml"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in sample[:8192].lower():
            raise _unsupported("xml-spreadsheet")
        raise _unsupported("xml")
    if start.startswith("{\\rtf"):
        raise _unsupported("rtf")
    if start.startswith("mime-version:"):
        raise _unsupported("html")
    return _Inspection("csv", encoding=found.encoding, warnings=found.warnings, sample=sample)


# ---------------------------------------------------------------------------------------------
# Sheet sizes before loading (python-calamine allocates the whole used rectangle)
# ---------------------------------------------------------------------------------------------

_Extent = tuple[int, int]  # (rows, columns) of a sheet's used rectangle


@dataclass
class _Layout:
    extents: list[_Extent | None]  # per workbook sheet, in workbook order
    date1904: bool = False


def _area(extent: _Extent | None) -> int:
    return extent[0] * extent[1] if extent else 0


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - 64)
    return number - 1


_CELL_REF = re.compile(rb"([A-Z]{1,3})([0-9]{1,7})")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([A-Z0-9:$]+)\"")
_VALUE_CELL = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"[^>]*?(/?)>")
_CHUNK = 1024 * 1024


def _extent_of_ref(reference: bytes) -> _Extent | None:
    corners = [_CELL_REF.fullmatch(part.replace(b"$", b"")) for part in reference.split(b":")]
    if not corners or not all(corners):
        return None
    rows = [int(match.group(2)) for match in corners if match]
    columns = [_column_number(match.group(1)) for match in corners if match]
    return max(rows) - min(rows) + 1, max(columns) - min(columns) + 1


def _scan_xlsx_cells(archive: zipfile.ZipFile, part: str) -> _Extent | None:
    """Used rectangle from every cell that has content (self-closing <c/> are styled blanks,
    which python-calamine skips too). Only run when the dimension record is missing or too
    big, because it costs about as much as reading the sheet."""
    low_row = low_col = 1 << 30
    high_row = high_col = -1
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            cut = data.rfind(b"<")
            if cut <= 0 or len(data) - cut > 4096:
                cut = len(data)
            for match in _VALUE_CELL.finditer(data, 0, cut):
                if match.group(3):
                    continue
                row = int(match.group(2))
                column = _column_number(match.group(1))
                low_row, high_row = min(low_row, row), max(high_row, row)
                low_col, high_col = min(low_col, column), max(high_col, column)
            tail = data[cut:]
    if high_row < 0:
        return None
    return high_row - low_row + 1, high_col - low_col + 1


def _xlsx_extent(archive: zipfile.ZipFile, part: str) -> _Extent | None:
    with archive.open(part) as stream:
        head = stream.read(SAMPLE_BYTES)
    match = _DIMENSION.search(head)
    declared = _extent_of_ref(match.group(1)) if match else None
    if declared is not None and _area(declared) <= MAX_SHEET_CELLS:
        return declared
    # No dimension, or one claiming a huge area that may be only styled blank cells.
    return _scan_xlsx_cells(archive, part)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse_xml(data: bytes) -> ElementTree.Element:
    try:
        return SafeElementTree.fromstring(data)
    except DefusedXmlException as exc:
        raise DamagedFileError(
            "The file was refused: its internal XML declares entities, which spreadsheets "
            "never need and attacks use. Open it in Excel, save it again and import that."
        ) from exc
    except SafeElementTree.ParseError as exc:
        raise DamagedFileError() from exc


def _relationships(archive: zipfile.ZipFile, names: dict[str, str], rels: str) -> dict[str, str]:
    """Relationship id -> part name (lower-cased) for a workbook part."""
    stored = names.get(rels)
    if stored is None:
        return {}
    root = _parse_xml(_read_part(archive, stored))
    base = posixpath.dirname(posixpath.dirname(rels))  # xl/_rels/x.rels -> xl
    targets: dict[str, str] = {}
    for element in root.iter():
        if _local(element.tag) != "Relationship":
            continue
        target = element.get("Target", "")
        if target.startswith("/"):
            resolved = target.lstrip("/")
        else:
            resolved = posixpath.normpath(posixpath.join(base, target))
        targets[element.get("Id", "")] = resolved.lower()
    return targets


def _xlsx_layout(archive: zipfile.ZipFile) -> _Layout:
    names = _zip_names(archive)
    root = _parse_xml(_read_part(archive, names["xl/workbook.xml"]))
    date1904 = False
    sheet_ids: list[str] = []
    for element in root.iter():
        tag = _local(element.tag)
        if tag == "workbookPr":
            date1904 = element.get("date1904", "").strip().lower() in ("1", "true")
        elif tag == "sheet":
            rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), "")
            sheet_ids.append(rid)
    targets = _relationships(archive, names, "xl/_rels/workbook.xml.rels")
    extents: list[_Extent | None] = []
    for rid in sheet_ids:
        part = names.get(targets.get(rid, ""))
        extents.append(_xlsx_extent(archive, part) if part else None)
    return _Layout(extents, date1904)


# --- xlsb (BIFF12 records) ------------------------------------------------------------------

_BRT_WS_DIM = 148
_BRT_BEGIN_SHEET_DATA = 145
_BRT_WB_PROP = 153
_BRT_BUNDLE_SH = 156


def _biff12_records(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(record type, body) pairs of a BIFF12 stream; stops quietly at a cut record."""
    position = 0
    end = len(data)
    while position < end:
        record = data[position]
        position += 1
        if record & 0x80:
            if position >= end:
                return
            record = (record & 0x7F) | ((data[position] & 0x7F) << 7)
            position += 1
        length = 0
        for shift in (0, 7, 14, 21):
            if position >= end:
                return
            byte = data[position]
            position += 1
            length |= (byte & 0x7F) << shift
            if not byte & 0x80:
                break
        if position + length > end:
            return
        yield record, data[position : position + length]
        position += length


def _wide_string(body: bytes, offset: int) -> tuple[str | None, int]:
    if offset + 4 > len(body):
        return None, len(body)
    (count,) = struct.unpack("<I", body[offset : offset + 4])
    offset += 4
    if count == 0xFFFFFFFF:
        return None, offset
    text = body[offset : offset + 2 * count].decode("utf-16-le", "replace")
    return text, offset + 2 * count


def _xlsb_layout(archive: zipfile.ZipFile) -> _Layout:
    names = _zip_names(archive)
    date1904 = False
    sheet_ids: list[str] = []
    for record, body in _biff12_records(_read_part(archive, names["xl/workbook.bin"])):
        if record == _BRT_WB_PROP and len(body) >= 4:
            date1904 = bool(struct.unpack("<I", body[:4])[0] & 1)
        elif record == _BRT_BUNDLE_SH:
            rid, _ = _wide_string(body, 8)
            sheet_ids.append(rid or "")
    targets = _relationships(archive, names, "xl/_rels/workbook.bin.rels")
    extents: list[_Extent | None] = []
    for rid in sheet_ids:
        part = names.get(targets.get(rid, ""))
        extent: _Extent | None = None
        if part:
            with archive.open(part) as stream:
                head = stream.read(SAMPLE_BYTES)
            for record, body in _biff12_records(head):
                if record == _BRT_WS_DIM and len(body) >= 16:
                    first_row, last_row, first_col, last_col = struct.unpack("<IIII", body[:16])
                    extent = (last_row - first_row + 1, last_col - first_col + 1)
                    break
                if record == _BRT_BEGIN_SHEET_DATA:
                    break
        extents.append(extent)
    return _Layout(extents, date1904)


# --- ods --------------------------------------------------------------------------------------

# The lookahead (not \b) keeps <table:table-column> and <table:table-rows> out.
_ODS_TAG = re.compile(
    rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(/?)>"
)
_ODS_ROWS_REPEATED = re.compile(rb"number-rows-repeated=\"(\d+)\"")
_ODS_COLUMNS_REPEATED = re.compile(rb"number-columns-repeated=\"(\d+)\"")


def _repeat(pattern: re.Pattern[bytes], attributes: bytes) -> int:
    match = pattern.search(attributes)
    return max(1, int(match.group(1))) if match else 1


def _ods_layout(archive: zipfile.ZipFile) -> _Layout:
    """Each table's used rectangle from content.xml, honouring repeated rows and columns
    (LibreOffice writes "this empty row 1,048,000 times"; a repeated *value* is a bomb)."""
    names = _zip_names(archive)
    stored = names.get("content.xml")
    if stored is None:
        raise DamagedFileError()
    extents: list[_Extent | None] = []
    bounds: list[int] = []  # low_row, high_row, low_col, high_col of the current table
    row = column = row_repeat = 0
    row_has_value = False
    tail = b""

    def close_table() -> None:
        if bounds and bounds[1] >= 0:
            extents.append((bounds[1] - bounds[0] + 1, bounds[3] - bounds[2] + 1))
        else:
            extents.append(None)

    with archive.open(stored) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            cut = data.rfind(b"<")
            if cut <= 0 or len(data) - cut > 65_536:
                cut = len(data)
            for match in _ODS_TAG.finditer(data, 0, cut):
                closing, tag, attributes, self_closing = match.groups()
                if tag == b"table":
                    if closing:
                        close_table()
                        bounds = []
                    elif not self_closing:
                        bounds = [1 << 62, -1, 1 << 62, -1]
                        row = 0
                elif tag == b"table-row":
                    if closing:
                        if row_has_value and bounds:
                            bounds[0] = min(bounds[0], row)
                            bounds[1] = max(bounds[1], row + row_repeat - 1)
                        row += row_repeat
                    else:
                        row_repeat = _repeat(_ODS_ROWS_REPEATED, attributes)
                        column = 0
                        row_has_value = False
                        if self_closing:
                            row += row_repeat
                else:
                    repeat = _repeat(_ODS_COLUMNS_REPEATED, attributes)
                    if b"value-type=" in attributes and bounds:
                        row_has_value = True
                        bounds[2] = min(bounds[2], column)
                        bounds[3] = max(bounds[3], column + repeat - 1)
                    column += repeat
            tail = data[cut:]
    return _Layout(extents)


def _workbook_layout(path: Path, fmt: str) -> _Layout:
    if fmt == "xls":
        return _Layout([], _inspect(path).date1904)
    with _open_binary(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        archive = _check_zip(handle, size)
        with archive:
            try:
                if fmt == "xlsx":
                    return _xlsx_layout(archive)
                if fmt == "xlsb":
                    return _xlsb_layout(archive)
                return _ods_layout(archive)
            except (zipfile.BadZipFile, OSError, EOFError, KeyError, struct.error) as exc:
                raise DamagedFileError() from exc
            except RuntimeError as exc:  # zipfile: "File is encrypted, password required"
                raise PasswordProtectedError() from exc


def _check_extent(sheet_name: str, extent: _Extent | None) -> None:
    if extent and _area(extent) > MAX_SHEET_CELLS:
        rows, columns = extent
        raise TooLargeError(
            f"The sheet {sheet_name!r} spans {rows:,} rows by {columns:,} columns, too large "
            "to import at once. If the data is smaller, something far below or to the right "
            "of it (a stray value, often in the last row or column) makes the sheet this big: "
            "delete those rows and columns, or copy the data to a new sheet. Otherwise split "
            "the file."
        )


# ---------------------------------------------------------------------------------------------
# Cell values
# ---------------------------------------------------------------------------------------------

# Control characters (tab and newline kept) and invisible characters that make equal-looking
# values differ.
_CONTROL_TABLE: dict[int, None] = {
    code: None for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)
}
_CONTROL_TABLE.update({code: None for code in range(0x80, 0xA0)})
_CONTROL_TABLE.update({code: None for code in (0x200B, 0x2060, 0xFEFF)})


def _clean_text(text: str) -> str | None:
    if not text.isprintable():  # fast path: most cells are printable
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = text.translate(_CONTROL_TABLE)
    text = text.strip()
    return text or None


def _duration_text(value: dt.timedelta) -> str:
    seconds = round(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"


def _convert(value: object) -> CellValue:
    """A python-calamine cell as the values documented at the top of this module."""
    kind = type(value)
    if kind is str:
        return _clean_text(value) if value else None  # type: ignore[arg-type]
    if kind is float:
        number: float = value  # type: ignore[assignment]
        if number.is_integer() and -_INT_LIMIT < number < _INT_LIMIT:
            return int(number)
        return number
    if kind is dt.timedelta:
        return _duration_text(value)  # type: ignore[arg-type]
    if value is None or isinstance(value, int | float | dt.date | dt.time):
        return value
    return str(value)


# The characters our own CSV export defuses with a leading apostrophe (export.csv_safe), so
# a file we wrote comes back as it was; an apostrophe before anything else is the user's.
_DEFUSED_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _convert_csv(value: str) -> CellValue:
    if not value:
        return None
    if value[0] == "'" and value[1:2] and value[1] in _DEFUSED_PREFIXES:
        value = value[1:]
    text = _clean_text(value)
    if text and text.startswith('="') and text.endswith('"') and len(text) >= 3:
        text = text[2:-1].replace('""', '"').strip() or None
    return text


def _display(value: CellValue) -> str:
    """A header cell's value as text."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


class _Source(Protocol):
    def iter_raw(
        self, start: int, warn: Callable[[str], None]
    ) -> Iterator[tuple[int, list[CellValue]]]:
        """(0-based sheet row, converted values aligned to the table's columns) from ``start``."""
        ...

    def close(self) -> None:
        """Release what the source holds."""
        ...


class Table:
    """An opened table: its headers and a stream of its data rows.

    Attributes: ``format`` ("xlsx", "xlsb", "ods", "xls", "csv"), ``sheet_name``,
    ``date1904`` (the workbook counts dates from 1904; date cells are already converted, see the
    module docstring), ``header_row_index`` (0-based first row of the header, None without
    one), ``headers``, ``first_column`` (0-based sheet column of ``headers[0]``),
    ``data_start_index`` (0-based row where data starts), ``total_rows`` (rows from there to
    the end, skipped ones included, for progress; a line-count estimate for CSV),
    ``skipped_rows`` and ``warnings``.

    `rows` can be called again (a preview, then the import); each call restarts
    ``skipped_rows``, which is complete once the iteration ends. Use as a context manager or
    call `close`.
    """

    def __init__(
        self,
        *,
        source: _Source,
        format: str,
        sheet_name: str,
        date1904: bool,
        header_row_index: int | None,
        headers: list[str],
        first_column: int,
        data_start_index: int,
        total_rows: int | None,
        header_values: list[CellValue] | None,
        header_part_rows: Sequence[int] = (),
        warnings: Sequence[str] = (),
    ) -> None:
        self._source = source
        self.format = format
        self.sheet_name = sheet_name
        self.date1904 = date1904
        self.header_row_index = header_row_index
        self.headers = headers
        self.first_column = first_column
        self.data_start_index = data_start_index
        self.total_rows = total_rows
        self._header_values = header_values
        self._header_part = [SkippedRow(index + 1, SKIP_HEADER_PART) for index in header_part_rows]
        self._base_warnings = list(warnings)
        self.warnings: list[str] = list(warnings)
        self.skipped_rows: list[SkippedRow] = list(self._header_part)
        self.skipped_count = len(self._header_part)

    @property
    def column_letters(self) -> list[str]:
        """Excel's column letters of the table's columns."""
        return [column_letter(self.first_column + index) for index in range(len(self.headers))]

    def rows(self) -> Iterator[Row]:
        """Stream the data rows; blank, annotation, example, totals and repeated header rows
        go to ``skipped_rows`` instead (at most `MAX_RECORDED_SKIPS` kept; ``skipped_count``
        counts them all)."""
        self.skipped_rows = list(self._header_part)
        self.skipped_count = len(self._header_part)
        self.warnings = list(self._base_warnings)
        header_values = self._header_values
        annotation_end = self.data_start_index + ANNOTATION_ROWS
        width = len(self.headers)
        for index, values in self._source.iter_raw(self.data_start_index, self._warn):
            filled = width - values.count(None)
            reason: str | None = None
            if filled == 0:
                reason = SKIP_BLANK
            elif index < annotation_end or filled == 1:
                reason = is_annotation_row(values)
            if reason is None and filled:
                first = next(value for value in values if value is not None)
                # Cheap test first: this runs for every row.
                if (
                    isinstance(first, str)
                    and first[0] in _TOTALS_FIRST_CHARACTERS
                    and is_totals_row(values)
                ):
                    reason = SKIP_TOTALS
                elif header_values is not None and values == header_values:
                    reason = SKIP_REPEATED_HEADER
            if reason is not None:
                self.skipped_count += 1
                if len(self.skipped_rows) < MAX_RECORDED_SKIPS:
                    self.skipped_rows.append(SkippedRow(index + 1, reason))
                continue
            yield Row(index + 1, values)

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def close(self) -> None:
        """Release the sheet held in memory."""
        self._source.close()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# First characters of 合计/总计/小计/共计/Total/Sum..., any case or width.
_TOTALS_FIRST_CHARACTERS = frozenset("合总小共tTsSｔＴｓＳ")

_T = TypeVar("_T")


def _calamine(call: Callable[[], _T], sheet_name: str = "") -> _T:
    """Run a python-calamine call, turning its failures into `SpreadsheetError`s."""
    try:
        return call()
    except python_calamine.PasswordError as exc:
        raise PasswordProtectedError() from exc
    except python_calamine.WorksheetNotFound as exc:
        raise SheetNotFoundError(
            f"The workbook has no sheet {sheet_name!r}. Choose one of its sheets."
        ) from exc
    except python_calamine.CalamineError as exc:
        if "cell limit" in str(exc).lower():
            raise TooLargeError() from exc
        raise DamagedFileError(f"{DamagedFileError.default_message} (Details: {exc})") from exc
    except MemoryError as exc:
        raise TooLargeError() from exc
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:
        # A bug in the reader (pyo3 reports Rust panics as PanicException, a BaseException):
        # the file is one the reader cannot handle, so it gets the damaged-file message.
        raise DamagedFileError(
            f"{DamagedFileError.default_message} (Details: {type(exc).__name__}: {exc})"
        ) from exc


class _CalamineSource:
    def __init__(
        self,
        sheet: python_calamine.CalamineSheet,
        width: int,
        fills: dict[int, list[tuple[int, int]]],
    ) -> None:
        self._sheet: python_calamine.CalamineSheet | None = sheet
        self._width = width
        self._fills = fills

    def head(self, count: int, start: int = 0) -> list[list[CellValue]]:
        """Up to ``count`` rows from sheet row ``start`` (0-based)."""
        rows: list[list[CellValue]] = []
        for _, values in self.iter_raw(start, lambda message: None, fill=False):
            rows.append(values)
            if len(rows) >= count:
                break
        return rows

    def iter_raw(
        self, start: int, warn: Callable[[str], None], *, fill: bool = True
    ) -> Iterator[tuple[int, list[CellValue]]]:
        sheet = self._sheet
        if sheet is None:
            raise ValueError("the table is closed")
        fills = self._fills if fill else {}
        active: list[tuple[int, CellValue, int]] = []
        convert, clean, limit = _convert, _clean_text, _INT_LIMIT
        # iter_rows yields every row from the sheet's row 0 (rows above the data as empty
        # lists) but its columns start at the first used column: python-calamine 0.9.
        for index, raw in enumerate(sheet.iter_rows()):
            if index < start:
                continue
            # _convert inlined for the common cases (text that needs no cleaning, numbers):
            # a function call per cell doubled the time of this loop.
            values: list[CellValue] = [
                (
                    (value if value.isprintable() and value.strip() is value else clean(value))
                    if value
                    else None
                )
                if type(value) is str
                else (
                    (int(value) if value.is_integer() and -limit < value < limit else value)
                    if type(value) is float
                    else convert(value)
                )
                for value in raw
            ]
            if fills:
                starting = fills.get(index)
                if starting:
                    active.extend((column, values[column], until) for column, until in starting)
                if active:
                    active = [item for item in active if item[2] >= index]
                    for column, value, _ in active:
                        if values[column] is None:
                            values[column] = value
            yield index, values

    def close(self) -> None:
        self._sheet = None


class _CsvSource:
    def __init__(
        self, path: Path, encoding: str, delimiter: str, skip_records: int, width: int
    ) -> None:
        self._path = path
        self._encoding = encoding
        self._delimiter = delimiter
        self._skip = skip_records
        self._width = width

    def _records(self, replaced: list[int] | None = None) -> Iterator[list[str]]:
        _raise_csv_field_limit()
        try:
            handle = self._path.open(encoding=self._encoding, errors="replace", newline="")
        except OSError as exc:
            raise FileNotReadableError() from exc
        with handle:
            lines = _bounded_lines(handle, [] if replaced is None else replaced)
            reader = csv.reader(lines, delimiter=self._delimiter, strict=False)
            number = 0
            try:
                for number, record in enumerate(reader, 1):
                    if number <= self._skip:
                        continue
                    if len(record) > MAX_COLUMNS:
                        raise TooLargeError(
                            f"Row {number - self._skip} has {len(record):,} cells, more than "
                            f"the {MAX_COLUMNS:,} columns a sheet can have. Check the file's "
                            "separator and quotes."
                        )
                    yield record
            except csv.Error as exc:
                row = number - self._skip + 1
                if "field larger" in str(exc):
                    raise TooLargeError(
                        f"A cell near row {row:,} is larger than "
                        f'{MAX_CSV_FIELD_CHARS // 1024**2} MB. Usually a quote (") was not '
                        "closed; fix it in a text editor or save the file again from Excel."
                    ) from exc
                raise DamagedFileError(
                    f"The CSV file is malformed near row {row:,} ({exc}). Open it in Excel or "
                    "WPS, save it again as CSV or .xlsx and import that."
                ) from exc

    def head(self, count: int) -> list[list[CellValue]]:
        rows: list[list[CellValue]] = []
        for record in self._records():
            rows.append([_convert_csv(value) for value in record])
            if len(rows) >= count:
                break
        return rows

    def iter_raw(
        self, start: int, warn: Callable[[str], None]
    ) -> Iterator[tuple[int, list[CellValue]]]:
        width = self._width
        extra = warned = False
        replaced: list[int] = []  # physical line numbers holding a replacement character
        convert = _convert_csv
        for index, record in enumerate(self._records(replaced)):
            if index < start:
                continue
            # Plain values pass without a function call (the common case, twice as fast).
            values: list[CellValue] = [
                (
                    value
                    if value.isprintable() and value.strip() is value and value[0] not in "='"
                    else convert(value)
                )
                if value
                else None
                for value in record
            ]
            if len(values) < width:
                values.extend([None] * (width - len(values)))
            elif len(values) > width:
                if not extra and any(value is not None for value in values[width:]):
                    extra = True
                    warn(
                        f"Row {index + 1} (and maybe others) has more cells than the header; "
                        "the extra cells were not read. A separator inside an unquoted value "
                        "usually causes this."
                    )
                del values[width:]
            if replaced and not warned:
                warned = True
                warn(
                    f"Line {replaced[0]} of the file (and maybe others) holds bytes that are "
                    f"not valid {_encoding_name(self._encoding)} text; they were replaced by "
                    "\ufffd. Check the affected cells."
                )
            yield index, values

    def close(self) -> None:
        """Nothing is held between iterations."""


def _bounded_lines(handle: IO[str], replaced: list[int]) -> Iterator[str]:
    """Physical lines, each read with a bound, NUL characters dropped (the csv module of older
    Pythons refuses them and they are never data). The number of the first line holding a
    replacement character (an undecodable byte) is appended to ``replaced``."""
    number = 0
    while True:
        number += 1
        line = handle.readline(MAX_CSV_LINE_CHARS)
        if not line:
            return
        if len(line) >= MAX_CSV_LINE_CHARS and not line.endswith(("\n", "\r")):
            raise TooLargeError(
                f"A line of the file is longer than {MAX_CSV_LINE_CHARS // 1024**2} million "
                "characters; it is not a CSV table with ordinary rows."
            )
        if "\x00" in line:
            line = line.replace("\x00", "")
        if not replaced and "\ufffd" in line:
            replaced.append(number)
        yield line


def _raise_csv_field_limit() -> None:
    if csv.field_size_limit() < MAX_CSV_FIELD_CHARS:
        csv.field_size_limit(MAX_CSV_FIELD_CHARS)


_DELIMITERS = ",;\t|"
_SEP_LINE = re.compile(r"\A\s*sep=(.)\s*\r?\n", re.IGNORECASE)


def _sniff_delimiter(sample: str, *, at_eof: bool) -> str:
    """The delimiter among , ; tab | : csv.Sniffer's choice when it splits the sample's rows
    into a steady number (2+) of columns, else the candidate that does so best, else ','."""
    lines = sample.split("\n")
    if not at_eof and len(lines) > 1:
        lines = lines[:-1]  # the sample's last line may be cut
    lines = lines[:100]
    text = "\n".join(lines)
    scores: dict[str, tuple[float, int]] = {}
    for candidate in _DELIMITERS:
        counts = [
            len(record)
            for record in csv.reader(lines, delimiter=candidate, strict=False)
            if any(cell.strip() for cell in record)
        ]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        if common >= 2:
            scores[candidate] = (counts.count(common) / len(counts), common)
    try:
        sniffed = csv.Sniffer().sniff(text, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed in scores and scores[sniffed][0] >= 0.8:
        return sniffed
    if scores:
        return max(scores, key=lambda candidate: scores[candidate])
    return ","


# ---------------------------------------------------------------------------------------------
# Building a table from its first rows
# ---------------------------------------------------------------------------------------------

_Merge = tuple[tuple[int, int], tuple[int, int]]


@dataclass
class _Head:
    """The first rows of a sheet: ``rows[0]`` is sheet row ``offset`` (0-based), the first
    row holding data, so a table starting at row 200 is still found."""

    offset: int
    rows: list[list[CellValue]]

    def row(self, index: int) -> list[CellValue]:
        """Sheet row ``index`` if it is among the rows read, else []."""
        relative = index - self.offset
        return self.rows[relative] if 0 <= relative < len(self.rows) else []

    def relative(self, index: int | None) -> int | None:
        return None if index is None else index - self.offset

    def absolute(self, index: int | None) -> int | None:
        return None if index is None else index + self.offset

    def from_row(self, index: int) -> list[list[CellValue]]:
        return self.rows[max(index - self.offset, 0) :]


def _header_block(
    head: _Head,
    header: int,
    merges: Sequence[_Merge],
    first_col: int,
    width: int,
) -> tuple[int, int]:
    """First and last row of a header that merged cells spread over several rows."""
    start = end = header
    last_col = first_col + width - 1
    for (top, left), (bottom, right) in merges:
        if bottom - top >= _MAX_HEADER_SPAN or right < first_col or left > last_col:
            continue
        if top <= header <= bottom:
            start, end = min(start, top), max(end, bottom)
    # A row of groups right above ("客户信息" merged over 名称 | 编号, "联系人" merged over
    # 姓名 | 电话) belongs to the header too. It needs two or more values: a single merged
    # value there is a title, and "2024年客户名单 / 客户名称" would defeat the synonyms.
    above = start - 1
    if sum(value is not None for value in head.row(above)) >= 2:
        for (top, left), (bottom, right) in merges:
            if top == bottom == above and right > left and first_col <= right and left <= last_col:
                start = above
                break
    return start, end


def _header_names(
    head: _Head,
    start: int,
    end: int,
    merges: Sequence[_Merge],
    first_col: int,
    width: int,
) -> list[str]:
    grid: list[list[CellValue]] = []
    for index in range(start, end + 1):
        row = list(head.row(index))
        row.extend([None] * (width - len(row)))
        grid.append(row[:width])
    for (top, left), (bottom, right) in merges:
        if bottom < start or top > end:
            continue
        source_row = head.row(top)
        source_col = left - first_col
        value = source_row[source_col] if 0 <= source_col < len(source_row) else None
        if value is None:
            continue
        for index in range(max(top, start), min(bottom, end) + 1):
            for column in range(max(left - first_col, 0), min(right - first_col, width - 1) + 1):
                if grid[index - start][column] is None:
                    grid[index - start][column] = value
    names: list[str] = []
    for column in range(width):
        parts: list[str] = []
        for row in grid:
            value = row[column]
            if value is None:
                continue
            text = " ".join(_display(value).split())
            if text and text not in parts:
                parts.append(text)
        names.append(
            HEADER_PART_SEPARATOR.join(parts) if parts else column_letter(first_col + column)
        )
    return unique_headers(names)


def _data_fills(
    merges: Sequence[_Merge], data_start: int, first_col: int, width: int
) -> dict[int, list[tuple[int, int]]]:
    """Vertical merges in the data: start row -> [(column, last row)]."""
    fills: dict[int, list[tuple[int, int]]] = {}
    for (top, left), (bottom, _right) in merges:
        column = left - first_col
        if top >= data_start and bottom > top and 0 <= column < width:
            fills.setdefault(top, []).append((column, bottom))
    return fills


def _used_columns(rows: Sequence[Sequence[CellValue]]) -> int:
    return sum(
        1
        for column in range(max((len(row) for row in rows), default=0))
        if any(column < len(row) and row[column] is not None for row in rows)
    )


@dataclass
class _Plan:
    header_row_index: int | None
    headers: list[str]
    data_start: int
    header_values: list[CellValue] | None
    header_part_rows: list[int]
    fills: dict[int, list[tuple[int, int]]]


def _plan(
    head: _Head,
    header_row: int | Literal["auto"] | None,
    *,
    first_col: int,
    width: int,
    merges: Sequence[_Merge],
    sheet_name: str,
) -> _Plan:
    """Decide the header and where data starts from the first rows of a sheet."""
    first_used_row = head.offset
    if header_row == "auto":
        if looks_like_form(head.rows):
            raise NotATableError(
                f"The sheet {sheet_name!r} is not a table: it looks like a form with labels "
                "and values side by side. Import a list with one row per customer and one "
                "column per field, with the column names in the first row."
            )
        found = head.absolute(find_header_row(head.rows))
    elif header_row is None:
        found = None
    else:
        if header_row < 0:
            raise ValueError("header_row must be >= 0")
        found = header_row

    if found is None:
        start = head.absolute(find_table_start(head.rows)) if header_row == "auto" else None
        if start is None:
            start = first_used_row
        if header_row == "auto" and _used_columns(head.from_row(start)) < 2:
            raise NotATableError(
                f"The sheet {sheet_name!r} is not a table: it has a single column and no row of "
                "column names. Import a list with one column per field (name, phone, ...) and "
                "their names in the first row."
            )
        headers = [column_letter(first_col + column) for column in range(width)]
        return _Plan(None, headers, start, None, [], _data_fills(merges, start, first_col, width))

    if header_row == "auto" and _used_columns(head.from_row(found)) < 2:
        names = [value for value in head.row(found) if isinstance(value, str)]
        if not any(match_header(name) for name in names):
            raise NotATableError(
                f"The sheet {sheet_name!r} is not a table: it has a single column whose "
                "heading is not a known field. Import a list with one column per field "
                "(name, phone, ...) and their names in the first row."
            )
    start, end = _header_block(head, found, merges, first_col, width)
    headers = _header_names(head, start, end, merges, first_col, width)
    header_row_values = head.row(found)
    header_values = (
        list(header_row_values) if any(value is not None for value in header_row_values) else None
    )
    return _Plan(
        start,
        headers,
        end + 1,
        header_values,
        list(range(start + 1, end + 1)),
        _data_fills(merges, end + 1, first_col, width),
    )


def _looks_like_customers(head: Sequence[Sequence[CellValue]]) -> bool:
    """Whether the first rows map to customer fields: a name (or a person's name parts) or a
    phone, and at least two fields in all."""
    if not any(any(value is not None for value in row) for row in head) or looks_like_form(head):
        return False
    header = find_header_row(head)
    width = max((len(row) for row in head), default=0)
    if header is None:
        start = find_table_start(head) or 0
        headers = [column_letter(column) for column in range(width)]
        body = head[start:]
    else:
        headers = ["" if value is None else _display(value) for value in head[header]]
        headers.extend([""] * (width - len(headers)))
        body = head[header + 1 :]
    mapped = {
        value for value in suggest_mapping(headers, body, fields=CUSTOMER_FIELDS).values() if value
    }
    identifying = {"name", "contact_name", "first_name", "last_name", "mobile", "phone"}
    return bool(mapped & identifying) and len(mapped) >= 2


# ---------------------------------------------------------------------------------------------
# Workbooks
# ---------------------------------------------------------------------------------------------


def _open_workbook(path: Path) -> python_calamine.CalamineWorkbook:
    try:
        return _calamine(lambda: python_calamine.CalamineWorkbook.from_path(str(path)))
    except DamagedFileError:
        if not path.exists():
            raise FileNotReadableError(f"The file {path.name} does not exist any more.") from None
        raise


# The last sheet loaded, kept for the next open of the same sheet of the same unchanged file.
# python-calamine loads a sheet whole (about 2 s for 100,000 rows of 15 columns), never just
# its first rows, and the import wizard opens the sheet it imports four times: to list the
# sheets, to plan, to preview and to import. One sheet at most is kept, until another is
# loaded or an import has read it (`forget_loaded_sheet`).
_FileStamp = tuple[str, int, int, int]  # resolved path, inode, size, modification time (ns)
_loaded_lock = threading.Lock()
_loaded: tuple[_FileStamp, int, python_calamine.CalamineSheet] | None = None


def _file_stamp(path: Path) -> _FileStamp:
    with _open_binary(path) as handle:  # its errors, for a file gone since it was inspected
        info = os.fstat(handle.fileno())
    return str(path.resolve()), info.st_ino, info.st_size, info.st_mtime_ns


def _load_sheet(
    workbook: python_calamine.CalamineWorkbook, index: int, name: str, stamp: _FileStamp
) -> python_calamine.CalamineSheet:
    global _loaded
    with _loaded_lock:
        if _loaded is not None and _loaded[0] == stamp and _loaded[1] == index:
            return _loaded[2]
        _loaded = None  # let the previous sheet go before loading the next
    sheet = _calamine(lambda: workbook.get_sheet_by_index(index), name)
    with _loaded_lock:
        _loaded = (stamp, index, sheet)
    return sheet


def forget_loaded_sheet() -> None:
    """Release the sheet kept for the next open of it (see `_load_sheet`): once it has been
    imported, nothing is likely to read it again soon."""
    global _loaded
    with _loaded_lock:
        _loaded = None


def _metadata(workbook: python_calamine.CalamineWorkbook) -> list[python_calamine.SheetMetadata]:
    """The workbook's sheets; none at all means the workbook part is broken (Excel cannot save
    a workbook without a sheet)."""
    metas = list(workbook.sheets_metadata)
    if not metas:
        raise DamagedFileError()
    return metas


def _is_worksheet(meta: python_calamine.SheetMetadata) -> bool:
    return bool(meta.typ == python_calamine.SheetTypeEnum.WorkSheet)


def _sheet_info(
    workbook: python_calamine.CalamineWorkbook,
    index: int,
    meta: python_calamine.SheetMetadata,
    extent: _Extent | None,
    stamp: _FileStamp,
) -> SheetInfo:
    hidden = meta.visible != python_calamine.SheetVisibleEnum.Visible
    if extent and _area(extent) > MAX_SHEET_CELLS:
        # Listed (so the user sees it) but not loaded; opening it raises TooLargeError.
        return SheetInfo(meta.name, index, extent[0], extent[1], hidden, False)
    sheet = _load_sheet(workbook, index, meta.name, stamp)
    if sheet.start is None:
        return SheetInfo(meta.name, index, 0, 0, hidden, False)
    head = _CalamineSource(sheet, sheet.width, {}).head(HEAD_ROWS, sheet.start[0])
    return SheetInfo(
        meta.name, index, sheet.height, sheet.width, hidden, _looks_like_customers(head)
    )


def _extent_at(layout: _Layout, index: int) -> _Extent | None:
    return layout.extents[index] if index < len(layout.extents) else None


def list_sheets(path: str | os.PathLike[str]) -> list[SheetInfo]:
    """The worksheets of a workbook in order (chart sheets left out), or the one "sheet" of a
    CSV file (named after the file). Loads each sheet once to size it and look at its first
    rows. Raises the `SpreadsheetError`s of `detect_format`."""
    file = Path(path)
    inspection = _inspect(file)
    if inspection.format == "csv":
        csv_file = _CsvFile(file, inspection)
        head = csv_file.head
        return [
            SheetInfo(
                file.stem,
                0,
                csv_file.estimated_lines,
                csv_file.width,
                False,
                _looks_like_customers(head),
            )
        ]
    layout = _workbook_layout(file, inspection.format)
    stamp = _file_stamp(file)
    with _open_workbook(file) as workbook:
        return [
            _sheet_info(workbook, index, meta, _extent_at(layout, index), stamp)
            for index, meta in enumerate(_metadata(workbook))
            if _is_worksheet(meta)
        ]


def preselect_sheet(sheets: Sequence[SheetInfo]) -> SheetInfo:
    """The sheet to offer first: the first visible one that looks like a customer table, else
    the first visible non-empty one, else the first non-empty one even if hidden. Raises
    `EmptyFileError` when every sheet is empty."""
    visible = [sheet for sheet in sheets if not sheet.hidden]
    for sheet in visible:
        if sheet.looks_like_customers:
            return sheet
    for group in (visible, list(sheets)):
        for sheet in group:
            if sheet.rows is None or sheet.rows > 0:
                return sheet
    raise EmptyFileError("The file holds no data: every sheet is empty.")


def _choose_sheet(
    workbook: python_calamine.CalamineWorkbook,
    sheet: str | int | None,
    layout: _Layout,
    stamp: _FileStamp,
) -> int:
    metas = _metadata(workbook)
    if isinstance(sheet, bool):
        raise TypeError("sheet must be a name, an index or None")
    if isinstance(sheet, int):
        if not 0 <= sheet < len(metas) or not _is_worksheet(metas[sheet]):
            raise SheetNotFoundError(f"The workbook has no worksheet number {sheet + 1}.")
        return sheet
    if isinstance(sheet, str):
        names = [meta.name for meta in metas]
        if sheet in names:
            return names.index(sheet)
        folded = [name.casefold().strip() for name in names]
        if sheet.casefold().strip() in folded:
            return folded.index(sheet.casefold().strip())
        raise SheetNotFoundError(
            f"The workbook has no sheet {sheet!r}; its sheets are: {', '.join(names)}."
        )
    worksheets = [index for index, meta in enumerate(metas) if _is_worksheet(meta)]
    if not worksheets:
        raise EmptyFileError("The workbook has no worksheets (only charts).")
    if len(worksheets) == 1:
        return worksheets[0]
    infos = [
        _sheet_info(workbook, index, metas[index], _extent_at(layout, index), stamp)
        for index in worksheets
    ]
    return preselect_sheet(infos).index


def open_table(
    path: str | os.PathLike[str],
    sheet: str | int | None = None,
    *,
    header_row: int | Literal["auto"] | None = "auto",
) -> Table:
    """Open one sheet of a workbook (or a CSV file) as a `Table`.

    ``sheet``: a name, a workbook index (`SheetInfo.index`) or None for `preselect_sheet`'s
    choice (a CSV file has one sheet: None, 0 or its file name). ``header_row``: "auto" to
    find it (`crm_desktop.domain.headers.find_header_row`; a form or a header-less single
    column raises `NotATableError`), None when the sheet has no header (columns named by
    their letters), or the 0-based row index the user chose.

    Raises the `SpreadsheetError`s of `detect_format` plus `SheetNotFoundError`,
    `EmptySheetError`, `NotATableError` and `TooLargeError`.
    """
    file = Path(path)
    inspection = _inspect(file)
    if inspection.format == "csv":
        return _open_csv_table(file, inspection, sheet, header_row)
    layout = _workbook_layout(file, inspection.format)
    stamp = _file_stamp(file)
    with _open_workbook(file) as workbook:
        index = _choose_sheet(workbook, sheet, layout, stamp)
        name = workbook.sheets_metadata[index].name
        _check_extent(name, _extent_at(layout, index))
        calamine_sheet = _load_sheet(workbook, index, name, stamp)
    start = calamine_sheet.start
    end = calamine_sheet.end
    if start is None or end is None:
        raise EmptySheetError(f"The sheet {name!r} is empty. Choose the sheet with the data.")
    first_row, first_col = start
    width = calamine_sheet.width
    reader = _CalamineSource(calamine_sheet, width, {})
    head_start, rows_needed = first_row, HEAD_ROWS
    if isinstance(header_row, int) and not isinstance(header_row, bool):
        # The chosen header row and the rows a merged header may span under it.
        head_start = max(0, min(first_row, header_row - 1))
        rows_needed = max(HEAD_ROWS, header_row - head_start + _MAX_HEADER_SPAN + 1)
    head = _Head(head_start, reader.head(rows_needed, head_start))
    merges: list[_Merge] = list(calamine_sheet.merged_cell_ranges or [])
    plan = _plan(head, header_row, first_col=first_col, width=width, merges=merges, sheet_name=name)
    return Table(
        source=_CalamineSource(calamine_sheet, width, plan.fills),
        format=inspection.format,
        sheet_name=name,
        date1904=layout.date1904,
        header_row_index=plan.header_row_index,
        headers=plan.headers,
        first_column=first_col,
        data_start_index=plan.data_start,
        total_rows=max(0, end[0] + 1 - plan.data_start),
        header_values=plan.header_values,
        header_part_rows=plan.header_part_rows,
    )


# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------


class _CsvFile:
    """A CSV file's encoding, delimiter, width and a source over its records."""

    def __init__(self, path: Path, inspection: _Inspection) -> None:
        self.path = path
        self.encoding = inspection.encoding
        self.warnings = list(inspection.warnings)
        sample = inspection.sample
        size = path.stat().st_size
        at_eof = size <= SAMPLE_BYTES
        skip = 0
        separator = _SEP_LINE.match(sample)
        if separator:
            # Excel's "sep=;" first line names the delimiter and is not a row.
            self.delimiter = separator.group(1)
            skip = 1
        else:
            self.delimiter = _sniff_delimiter(sample, at_eof=at_eof)
        wide = _CsvSource(path, self.encoding, self.delimiter, skip, MAX_COLUMNS)
        sample_rows = wide.head(CSV_WIDTH_ROWS)
        # Blank lines above the table are not rows of it.
        self.head_offset = next(
            (i for i, row in enumerate(sample_rows) if any(v is not None for v in row)), 0
        )
        self.head = sample_rows[self.head_offset : self.head_offset + HEAD_ROWS]
        # Trailing separators ("a,b,,,") do not make columns: the width is the last column
        # with a value in the sampled rows.
        self.width = max(
            (
                max((i + 1 for i, value in enumerate(row) if value is not None), default=0)
                for row in sample_rows
            ),
            default=0,
        )
        for row in self.head:
            row.extend([None] * (self.width - len(row)))
            del row[self.width :]
        self.source = _CsvSource(path, self.encoding, self.delimiter, skip, self.width)
        self.estimated_lines = _count_lines(path, self.encoding) - skip

    def empty(self) -> bool:
        return self.width == 0


def _count_lines(path: Path, encoding: str) -> int:
    """Physical lines, counted on bytes (fast; a quoted line break counts twice)."""
    if encoding.startswith("utf-32"):
        return 0
    newline = {"utf-16": b"\n\x00", "utf-16-le": b"\n\x00", "utf-16-be": b"\x00\n"}.get(
        encoding, b"\n"
    )
    count = 0
    last = b""
    with contextlib.suppress(OSError), path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            count += chunk.count(newline)
            last = chunk
    if last and not last.rstrip(b"\x00").endswith(b"\n"):
        count += 1
    return count


def _open_csv_table(
    path: Path,
    inspection: _Inspection,
    sheet: str | int | None,
    header_row: int | Literal["auto"] | None,
) -> Table:
    if sheet not in (None, 0, path.stem, path.name):
        raise SheetNotFoundError(
            f"A CSV file has a single sheet ({path.stem!r}); there is no sheet {sheet!r}."
        )
    csv_file = _CsvFile(path, inspection)
    if csv_file.empty():
        raise EmptyFileError("The file holds no data (only separators or blank lines).")
    head = _Head(csv_file.head_offset, csv_file.head)
    if isinstance(header_row, int) and not isinstance(header_row, bool):
        rows = csv_file.source.head(header_row + _MAX_HEADER_SPAN + 1)
        width = csv_file.width
        head = _Head(0, [(row + [None] * (width - len(row)))[:width] for row in rows])
    plan = _plan(
        head, header_row, first_col=0, width=csv_file.width, merges=(), sheet_name=path.stem
    )
    warnings = list(csv_file.warnings)
    return Table(
        source=csv_file.source,
        format="csv",
        sheet_name=path.stem,
        date1904=False,
        header_row_index=plan.header_row_index,
        headers=plan.headers,
        first_column=0,
        data_start_index=plan.data_start,
        total_rows=max(0, csv_file.estimated_lines - plan.data_start),
        header_values=plan.header_values,
        header_part_rows=plan.header_part_rows,
        warnings=warnings,
    )
