"""Exporting customers to .xlsx or .csv: typed cells, and never a formula.

The caller says which columns, with headers and code labels in the user's language (the
window from its translations, the headless command from the same translations), so this
module stays free of Qt. Cells are written by type: text (phones included) as text, dates
as dates, money as numbers with two decimals. A text cell that starts with = + - @, a tab
or a carriage return could run as a formula when the file is opened: in .xlsx it is written
as a string cell (never parsed), in .csv it gets a leading apostrophe (the OWASP advice).

The file appears only when complete: rows go to a temporary file beside the target, which
replaces it at the end; a cancelled or failed export leaves no partial file.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from crm_desktop.domain.settings import BusinessSettings
from crm_desktop.services import customer_list
from crm_desktop.services.customer_list import CustomerFilter

TEXT = "text"
DATE = "date"
DATETIME = "datetime"
MONEY = "money"  # integer cents in the row, written as a number of yuan
NUMBER = "number"
BOOL = "bool"

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
PAGE_SIZE = 2000


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


@dataclass(frozen=True)
class ExportColumn:
    key: str  # a key of the row dictionaries
    header: str
    kind: str = TEXT
    labels: Mapping[Any, str] | None = None  # code -> label (tiers, stages...)
    width: int = 14


def needs_defusing(text: str) -> bool:
    """True when a spreadsheet program could take this text for a formula."""
    return text.startswith(FORMULA_PREFIXES)


def csv_safe(text: str) -> str:
    """Text for a CSV cell that no spreadsheet program will evaluate."""
    return "'" + text if needs_defusing(text) else text


def _as_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _as_datetime(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def cell_value(column: ExportColumn, row: Mapping[str, Any]) -> Any:
    """The typed value of one cell: str, date, datetime, Decimal, int/float, bool or None."""
    value = row.get(column.key)
    if column.labels is not None:
        return column.labels.get(value, "" if value is None else str(value))
    if column.kind == DATE:
        return _as_date(value)
    if column.kind == DATETIME:
        return _as_datetime(value)
    if column.kind == MONEY:
        return None if value is None else Decimal(int(value)) / 100
    if column.kind == NUMBER:
        return value
    if column.kind == BOOL:
        return None if value is None else bool(value)
    return "" if value is None else str(value)


def _temporary_beside(target: Path) -> Path:
    handle, name = tempfile.mkstemp(prefix=".export-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    return Path(name)


def _write_xlsx(
    path: Path,
    columns: Sequence[ExportColumn],
    rows: Iterable[Mapping[str, Any]],
    sheet_name: str,
) -> int:
    import xlsxwriter  # on first export: it is not needed to start the window

    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,  # rows are flushed as written: memory stays flat
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
            "default_date_format": "yyyy-mm-dd",
        },
    )
    try:
        sheet = workbook.add_worksheet(sheet_name[:31] or "Sheet1")
        header = workbook.add_format({"bold": True, "bg_color": "#E8EEF7", "border": 1})
        date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
        datetime_format = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        money_format = workbook.add_format({"num_format": "#,##0.00"})
        for index, column in enumerate(columns):
            sheet.set_column(index, index, column.width)
            sheet.write_string(0, index, column.header, header)
        sheet.freeze_panes(1, 0)
        count = 0
        for count, row in enumerate(rows, start=1):
            for index, column in enumerate(columns):
                value = cell_value(column, row)
                if value is None or value == "":
                    continue
                if isinstance(value, str):
                    sheet.write_string(count, index, value)
                elif isinstance(value, bool):
                    sheet.write_boolean(count, index, value)
                elif isinstance(value, dt.datetime):
                    sheet.write_datetime(count, index, value, datetime_format)
                elif isinstance(value, dt.date):
                    sheet.write_datetime(count, index, value, date_format)
                elif isinstance(value, Decimal):
                    sheet.write_number(count, index, float(value), money_format)
                else:
                    sheet.write_number(count, index, value)
        if count:
            sheet.autofilter(0, 0, count, len(columns) - 1)
    finally:
        workbook.close()
    return count


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, str):
        return csv_safe(value)
    return str(value)


def _write_csv(
    path: Path, columns: Sequence[ExportColumn], rows: Iterable[Mapping[str, Any]]
) -> int:
    # UTF-8 with a BOM: Excel then opens Chinese text correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_safe(c.header) for c in columns])
        count = 0
        for row in rows:
            writer.writerow([_csv_text(cell_value(c, row)) for c in columns])
            count += 1
    return count


def write_table(
    path: str | os.PathLike[str],
    columns: Sequence[ExportColumn],
    rows: Iterable[Mapping[str, Any]],
    *,
    sheet_name: str = "Sheet1",
) -> int:
    """Write rows to .xlsx or .csv (by the file's extension), all or nothing; returns the count."""
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "csv"):
        raise ValueError(f"cannot export to .{fmt}: choose .xlsx or .csv")
    temporary = _temporary_beside(target)
    try:
        if fmt == "xlsx":
            count = _write_xlsx(temporary, columns, rows, sheet_name)
        else:
            count = _write_csv(temporary, columns, rows)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


def customer_rows(
    flt: CustomerFilter,
    sort: str = "name",
    descending: bool = False,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    today: dt.date | None = None,
    settings: BusinessSettings | None = None,
) -> Iterator[dict[str, Any]]:
    """The list rows of the customers matching a filter, in list order, page by page."""
    ids = customer_list.query_ids(flt, sort, descending, today=today, settings=settings)
    total = len(ids)
    for start in range(0, total, PAGE_SIZE):
        if cancel is not None and cancel():
            raise ExportCancelled()
        page = ids[start : start + PAGE_SIZE]
        yield from customer_list.fetch_rows(
            page, today=today, settings=settings, extra=EXTRA_EXPORT_COLUMNS
        )
        if progress is not None:
            progress(min(start + PAGE_SIZE, total), total)


# Customer columns an export may add to the list's own columns.
EXTRA_EXPORT_COLUMNS = (
    "address",
    "website",
    "credit_code",
    "credit_grade",
    "credit_limit_cents",
    "first_contact_date",
    "notes",
    "hobbies",
    "habits",
    "preferences",
    "risk_level",
    "risk_reason",
    "contract_amount_cents",
    "service_start",
    "service_expiry",
    "referred_by_id",
    "mobiles_raw",
    "phones_raw",
    "rfm_score",
)


def export_customers(
    path: str | os.PathLike[str],
    columns: Sequence[ExportColumn],
    flt: CustomerFilter | None = None,
    sort: str = "name",
    descending: bool = False,
    *,
    sheet_name: str = "Customers",
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Export the customers of a list (its filter, sort and columns); returns the row count."""
    rows = customer_rows(
        flt or CustomerFilter(), sort, descending, progress=progress, cancel=cancel
    )
    return write_table(path, columns, rows, sheet_name=sheet_name)
