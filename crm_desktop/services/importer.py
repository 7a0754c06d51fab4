"""Importing customers, follow-ups, deals and orders from spreadsheets, undoably.

The contract the import wizard (and the headless `import` command) works against. Nothing
here imports Qt; every call is plain Python in, plain Python out, and may run on a worker
thread with its own database connection.

1. `open_file(path) -> FilePlan`: what the file is, its sheets (`spreadsheet.SheetInfo`: name,
   rows, hidden, looks_like_customers) and the sheet to offer first (`preselected`). A file
   that cannot be read raises a `spreadsheet.SpreadsheetError` subclass whose ``str()`` is the
   message to show and whose ``code`` says which case it is (password_protected, damaged,
   not_a_table, empty_sheet, ...).
2. `plan_sheet(path, sheet=None, *, kind="customers", header_row="auto") -> SheetPlan`: the
   chosen sheet's header row (``header_row_index``, None when there is none: then the
   ``headers`` are the column letters), ``headers``, ``column_letters``, ``sample`` (the first
   rows, raw), ``skipped_rows`` seen in the sample, and ``mapping``: column index -> field key
   (a key of `crm_desktop.domain.headers.FIELD_SYNONYMS`, "notes" to keep the column in the
   notes, or None to ignore it). The mapping is the one remembered for the same set of headers
   when there is one (``mapping_remembered`` is then True), else the suggestion of
   `headers.suggest_mapping`. `field_choices(kind)` lists the keys a column may take.
   Pass ``header_row`` (0-based row) or None when the user corrects the header.
3. `preview(plan, mapping, limit=50) -> list[PreviewRow]`: the first rows converted as they
   will be stored (``values``: column -> value), with ``problems`` that make the row fail and
   ``warnings`` that do not (a phone number that cannot be validated is kept as typed; notes
   cut to what a cell holds). Each `Problem` names a field key: mark the cells of the columns
   mapped to that field; `columns_of(mapping, field)`.
4. `dry_run(plan, mapping, options, progress=None, cancel=None) -> ImportSummary`: validates
   every row and finds every duplicate, writes nothing; the counts are what `run_import`
   would report.
5. `run_import(plan, mapping, options, progress=None, cancel=None) -> ImportSummary`:
   ``progress(done, total)`` after each committed batch, ``cancel()`` asked between rows;
   a cancelled import keeps the batches already committed (``summary.cancelled``) and can be
   undone like any other. The mapping is remembered for these headers.
   `ImportOptions`: ``on_duplicate`` "skip" (default) | "update" (only the mapped fields of
   the existing customer) | "new"; ``batch_size`` (rows per transaction).
6. `write_error_workbook(plan, summary, path)`: the failed rows as they were in the file, with
   a reason column first, as .xlsx or .csv; it can be fixed and imported again.
7. `list_imports()` -> `ImportRecord`s, newest first (date, file, sheet, kind, counts,
   status: done | running | interrupted | failed | undone; "interrupted" is an import whose
   process died: its committed batches are in the database and can be undone).
   `undo_import(batch_id, force=False) -> Changes` puts the database back exactly as it was
   before the import, updates included; it raises `customers.UndoRefused` when customers it
   touched were edited since (pass ``force`` after asking the user).

Duplicates (customer imports): a row is the same customer as an existing one, or as an
earlier row of the file, when it has the same customer code, credit code, mobile, e-mail or
normalised name, in that order of strength. Two rows with different customer codes are never
the same customer (a chain's stores share a name and often a phone). Records (follow-ups,
deals, orders) find their customer by code, mobile (the customer's or a contact's), e-mail
or exact name; a name shared by several customers is a failure that asks for the code.

Errors: `spreadsheet.SpreadsheetError` (the file), `MappingError` (the mapping has no name
column, or no column finding the customer: say so and let the user map one), `ImportNotFound`
and `customers.UndoRefused` (undo). `ImportSummary` holds the counts, ``failures`` and
``skips`` (`RowOutcome`: row number as Excel shows it, a one-sentence reason in English for
the headless command and the error workbook, and the `Problem`s behind it when the row's
values were wrong, for a translated message), ``warned`` and ``warnings`` (rows imported
with a warning, as `RowOutcome`s),
``not_data_rows`` (blank, 必填/示例 and totals rows the reader left out), ``batch_id`` (None for
a dry run) and ``cancelled``; ``as_dict()`` is what the headless command prints.

Speed: an import of `import_rows.PARALLEL_MIN_ROWS` rows or more converts its rows (pinyin
is most of a row's cost) in worker processes started with "spawn", which end by themselves
if the importing process dies. A script calling `run_import` must therefore keep its own
work under ``if __name__ == "__main__":``, and a frozen program must call
`multiprocessing.freeze_support()` first (main.py does). The workers stay a batch ahead,
converting the next batch while this process writes the last one.

How it writes: one IMMEDIATE transaction per batch (`DEFAULT_BATCH_SIZE` rows), rows
inserted with `executemany` and journaled (services/journal.py: each run of new ids as one
entry, a before-image per updated row) so `undo_import` can replay it backwards; the search
index and the customers' facts are updated in the same transaction, and the `ImportBatch`
counts too. The operation stays "running" until the end, so an import whose process was
killed shows as interrupted, never as done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

from peewee import Database

from crm_desktop.domain.headers import (
    CUSTOMER_FIELDS,
    DEAL_FIELDS,
    FIELD_SYNONYMS,
    FOLLOWUP_FIELDS,
    ORDER_FIELDS,
    normalize_header,
    suggest_mapping,
)
from crm_desktop.domain.normalize import clean_text
from crm_desktop.services import backups, customers, journal, spreadsheet
from crm_desktop.services import settings as settings_service
from crm_desktop.services.changes import Changes
from crm_desktop.services.export import ExportColumn, write_table
from crm_desktop.services.import_rows import (
    KIND_CUSTOMERS,
    KIND_DEALS,
    KIND_FOLLOW_UPS,
    KIND_ORDERS,
    KINDS,
    ConvertedRow,
    ConvertJob,
    MatchKeys,
    convert_one,
    convert_stream,
    parallel_allowed,
)
from crm_desktop.services.import_writer import RECORD_TABLES, BatchWriter, PendingRow
from crm_desktop.services.spreadsheet import SheetInfo, SkippedRow, Table
from crm_desktop.services.validation import Problem
from crm_desktop.storage import backup
from crm_desktop.storage.database import bound_database, bulk_load, refresh_statistics
from crm_desktop.storage.models import (
    ImportBatch,
    Operation,
    now,
)

__all__ = [
    "KINDS",
    "NEW",
    "ON_DUPLICATE",
    "REASON_HEADER",
    "SKIP",
    "STATUS_INTERRUPTED",
    "UPDATE",
    "FilePlan",
    "ImportNotFound",
    "ImportOptions",
    "ImportRecord",
    "ImportSummary",
    "MappingError",
    "PreviewRow",
    "RowOutcome",
    "SheetPlan",
    "columns_of",
    "dry_run",
    "field_choices",
    "list_imports",
    "open_file",
    "plan_sheet",
    "preview",
    "remember_mapping",
    "run_import",
    "undo_import",
    "write_error_workbook",
]

SKIP = "skip"
UPDATE = "update"
NEW = "new"
ON_DUPLICATE = (SKIP, UPDATE, NEW)
# Rows per transaction: each commit writes the index pages its rows touched, and random
# keys (names, e-mails) touch most of them, so fewer, larger batches write far less. Measured
# on 100,000 customers: 20,000-row batches saved about 1.5 s of 10 s of inserting and
# committing over 10,000, and nothing more beyond; but the conversion workers keep a batch
# of converted rows (about 5 KB each) ahead, so they raised the peak memory by about 110 MB,
# which a 300,000-row import cannot spare under its 600 MB.
DEFAULT_BATCH_SIZE = 10_000
# Page cache (KiB) of the importing connection while it writes: a customer row updates some
# thirty indexes whose pages, past the usual cache, would be read back for every batch.
IMPORT_CACHE_KIB = 64 * 1024
# Pages the write-ahead log may hold before a commit copies them into the database file
# (SQLite's usual is 1,000): a batch rewrites most index pages, so copying after every
# batch wrote the same pages again and again. Measured on 100,000 customers: about 2 s of
# 7 to 9 s of inserting and committing saved, for a log of up to about 100 MB plus a batch
# on disk while the import runs.
IMPORT_CHECKPOINT_PAGES = 25_000
SAMPLE_ROWS = 20
STATUS_INTERRUPTED = "interrupted"
MAPPING_KEY_PREFIX = "import_mapping"

_KIND_FIELDS = {
    KIND_CUSTOMERS: CUSTOMER_FIELDS,
    KIND_FOLLOW_UPS: FOLLOWUP_FIELDS,
    KIND_DEALS: DEAL_FIELDS,
    KIND_ORDERS: ORDER_FIELDS,
}

# Imports running in this process: a "running" operation not listed here was interrupted.
_ACTIVE_OPERATIONS: set[int] = set()
_ACTIVE_LOCK = threading.Lock()

Mapping_ = dict[int, str | None]


# ---------------------------------------------------------------------------------------------
# Plans
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilePlan:
    path: Path
    format: str
    sheets: list[SheetInfo]
    preselected: SheetInfo


@dataclass
class SheetPlan:
    path: Path
    kind: str
    format: str
    sheet_name: str
    sheet_index: int | str | None
    date1904: bool
    header_row_index: int | None
    headers: list[str]
    column_letters: list[str]
    sample: list[tuple[int, list[spreadsheet.CellValue]]]
    skipped_rows: list[SkippedRow]
    total_rows: int | None
    mapping: Mapping_
    mapping_remembered: bool
    warnings: list[str] = field(default_factory=list)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown import kind {kind!r}; use one of {', '.join(KINDS)}")


def field_choices(kind: str = KIND_CUSTOMERS) -> list[str]:
    """The field keys a column may be mapped to for this kind of import, in table order."""
    _check_kind(kind)
    allowed = _KIND_FIELDS[kind]
    return [key for key in FIELD_SYNONYMS if key in allowed]


def open_file(path: str | os.PathLike[str]) -> FilePlan:
    """The file's format and sheets; raises `spreadsheet.SpreadsheetError` subclasses."""
    file = Path(path)
    sheets = spreadsheet.list_sheets(file)
    return FilePlan(file, spreadsheet.detect_format(file), sheets,
                    spreadsheet.preselect_sheet(sheets))


def _open(plan: SheetPlan) -> Table:
    return spreadsheet.open_table(plan.path, plan.sheet_name if plan.format != "csv" else None,
                                  header_row=plan.header_row_index)


def _mapping_key(kind: str, headers: Sequence[str]) -> str:
    joined = "\x1f".join(normalize_header(header) for header in headers)
    digest = hashlib.sha1(joined.encode("utf-8")).hexdigest()
    return f"{MAPPING_KEY_PREFIX}:{kind}:{digest}"


def remember_mapping(plan: SheetPlan, mapping: Mapping[int, str | None]) -> None:
    """Keep this mapping for the next file with the same headers."""
    choices = set(field_choices(plan.kind))
    stored = [mapping.get(index) if mapping.get(index) in choices else None
              for index in range(len(plan.headers))]
    settings_service.set_value(_mapping_key(plan.kind, plan.headers), stored)


def _remembered(kind: str, headers: Sequence[str]) -> Mapping_ | None:
    stored = settings_service.get_value(_mapping_key(kind, headers))
    if not isinstance(stored, list) or len(stored) != len(headers):
        return None
    choices = set(field_choices(kind))
    return {index: key if key in choices else None for index, key in enumerate(stored)}


def plan_sheet(
    path: str | os.PathLike[str],
    sheet: str | int | None = None,
    *,
    kind: str = KIND_CUSTOMERS,
    header_row: int | Literal["auto"] | None = "auto",
) -> SheetPlan:
    """Open a sheet and propose how to import it (see the module docstring, step 2)."""
    _check_kind(kind)
    file = Path(path)
    with spreadsheet.open_table(file, sheet, header_row=header_row) as table:
        sample: list[tuple[int, list[spreadsheet.CellValue]]] = []
        rows = table.rows()
        for row in rows:
            sample.append((row.number, row.values))
            if len(sample) >= SAMPLE_ROWS:
                break
        remembered = _remembered(kind, table.headers)
        mapping = remembered or suggest_mapping(
            table.headers, [values for _, values in sample], fields=_KIND_FIELDS[kind]
        )
        return SheetPlan(
            path=file,
            kind=kind,
            format=table.format,
            sheet_name=table.sheet_name,
            sheet_index=sheet,
            date1904=table.date1904,
            header_row_index=table.header_row_index,
            headers=list(table.headers),
            column_letters=table.column_letters,
            sample=sample,
            skipped_rows=list(table.skipped_rows),
            total_rows=table.total_rows,
            mapping=dict(mapping),
            mapping_remembered=remembered is not None,
            warnings=list(table.warnings),
        )


def columns_of(mapping: Mapping[int, str | None], field_key: str) -> list[int]:
    """The columns mapped to a field: where a preview marks that field's problems."""
    return sorted(index for index, key in mapping.items() if key == field_key)


@dataclass(frozen=True)
class PreviewRow:
    row_number: int
    raw: list[spreadsheet.CellValue]
    values: dict[str, Any]
    problems: list[Problem]
    contact: dict[str, Any] | None
    tags: list[str]
    owner_name: str
    warnings: list[Problem] = field(default_factory=list)


class MappingError(ValueError):
    """The mapping cannot import anything: no name column (customers) or no column that
    finds the customer (records), or a field that this kind of import does not take."""


def _check_mapping(plan: SheetPlan, mapping: Mapping[int, str | None]) -> None:
    choices = set(field_choices(plan.kind))
    wrong = sorted({key for key in mapping.values() if key is not None and key not in choices})
    if wrong:
        raise MappingError(f"fields {', '.join(wrong)} cannot be imported as {plan.kind}")
    fields = set(mapping.values())
    if plan.kind == KIND_CUSTOMERS and not fields & {"name", "first_name", "last_name"}:
        raise MappingError(
            "no column holds the customer name (客户名称/名称/公司名称/姓名...); rename that "
            "column's header, or map it by hand in the import window"
        )
    if plan.kind != KIND_CUSTOMERS and not fields & {
        "code", "name", "mobile", "phone", "email", "contact_name", "first_name", "last_name"
    }:
        raise MappingError(
            "no column identifies the customer (name, phone, e-mail or customer code); rename "
            "that column's header, or map it by hand in the import window"
        )


def preview(plan: SheetPlan, mapping: Mapping[int, str | None], limit: int = 50
            ) -> list[PreviewRow]:
    """The first `limit` rows as they will be stored, with their problems."""
    _check_mapping(plan, mapping)
    job = ConvertJob(plan.kind, dict(mapping), list(plan.headers), plan.date1904,
                     settings_service.business_settings())
    result: list[PreviewRow] = []
    with _open(plan) as table:
        for row in table.rows():
            converted = convert_one(job, row.values)
            result.append(PreviewRow(row.number, row.values, converted.values,
                                     converted.problems, converted.contact, converted.tags,
                                     converted.owner_name, converted.warnings))
            if len(result) >= limit:
                break
    return result


# ---------------------------------------------------------------------------------------------
# Summaries and history
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportOptions:
    on_duplicate: str = SKIP
    batch_size: int = DEFAULT_BATCH_SIZE

    def __post_init__(self) -> None:
        if self.on_duplicate not in ON_DUPLICATE:
            raise ValueError(
                f"on_duplicate must be one of {', '.join(ON_DUPLICATE)}, not {self.on_duplicate!r}"
            )
        if self.batch_size < 1:
            raise ValueError("batch_size must be at least 1")


@dataclass(frozen=True)
class RowOutcome:
    """A row that was skipped, failed or imported with a warning, and why: one sentence,
    and the problems it came from when the row's values were the cause."""

    row_number: int
    reason: str
    problems: tuple[Problem, ...] = ()


@dataclass
class ImportSummary:
    kind: str
    file_name: str
    sheet: str
    dry_run: bool
    created: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    batch_id: int | None = None
    cancelled: bool = False
    rows_read: int = 0
    failures: list[RowOutcome] = field(default_factory=list)
    skips: list[RowOutcome] = field(default_factory=list)
    warned: int = 0  # rows created or updated with a warning (counted in created/updated)
    warnings: list[RowOutcome] = field(default_factory=list)
    not_data_rows: int = 0  # blank, 必填/示例, totals rows the reader left out
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "file": self.file_name,
            "sheet": self.sheet,
            "dry_run": self.dry_run,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "failed": self.failed,
            "warned": self.warned,
            "batch_id": self.batch_id,
            "cancelled": self.cancelled,
            "rows_read": self.rows_read,
            "not_data_rows": self.not_data_rows,
        }


@dataclass(frozen=True)
class ImportRecord:
    batch_id: int
    operation_id: int
    kind: str
    file_name: str
    sheet: str
    created: int
    updated: int
    skipped: int
    failed: int
    status: str
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    undone_at: dt.datetime | None


def _status(operation: Operation) -> str:
    if operation.status == journal.STATUS_RUNNING:
        with _ACTIVE_LOCK:
            active = operation.id in _ACTIVE_OPERATIONS
        return journal.STATUS_RUNNING if active else STATUS_INTERRUPTED
    return str(operation.status)


def list_imports(limit: int = 200) -> list[ImportRecord]:
    """The imports, newest first."""
    query = (ImportBatch.select(ImportBatch, Operation).join(Operation)
             .order_by(ImportBatch.id.desc()).limit(limit))
    return [
        ImportRecord(
            batch_id=batch.id,
            operation_id=batch.operation.id,
            kind=batch.kind,
            file_name=batch.file_name,
            sheet=batch.sheet,
            created=batch.created,
            updated=batch.updated,
            skipped=batch.skipped,
            failed=batch.failed,
            status=_status(batch.operation),
            started_at=batch.operation.created_at,
            finished_at=batch.operation.finished_at,
            undone_at=batch.operation.undone_at,
        )
        for batch in query
    ]


class ImportNotFound(LookupError):
    """There is no import with that number."""


def undo_import(batch_id: int, *, force: bool = False, today: dt.date | None = None) -> Changes:
    """Undo a whole import (see the module docstring, step 7)."""
    db = bound_database()
    with db.atomic():
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None:
            raise ImportNotFound(
                f"There is no import number {batch_id}; list them with 'imports'."
            )
        operation = batch.operation
        status = _status(operation)
        if status == journal.STATUS_RUNNING:
            raise customers.UndoRefused(
                f"Import {batch_id} is still running; cancel it or wait for it to end."
            )
        if status in (STATUS_INTERRUPTED, journal.STATUS_FAILED):
            # Its committed batches are journaled like a finished import's; the last commit
            # is when its changes ended, so edits after it still count as later edits.
            last = json.loads(batch.options or "{}").get("last_commit")
            Operation.update(
                status=journal.STATUS_DONE,
                finished_at=dt.datetime.fromisoformat(last) if last else operation.created_at,
            ).where(Operation.id == operation.id).execute()
        return customers.undo_operation(operation.id, force=force, today=today)


# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------


def dry_run(
    plan: SheetPlan,
    mapping: Mapping[int, str | None],
    options: ImportOptions | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportSummary:
    """What `run_import` would do, without writing anything (same progress and cancel)."""
    return _Run(plan, dict(mapping), options or ImportOptions(), dry=True).execute(
        progress, cancel
    )


def run_import(
    plan: SheetPlan,
    mapping: Mapping[int, str | None],
    options: ImportOptions | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import the sheet (see the module docstring, step 5), after a backup of the database:
    a failed backup raises its StorageError and nothing is imported."""
    remember_mapping(plan, mapping)
    backups.backup_before(backup.REASON_IMPORT)
    return _Run(plan, dict(mapping), options or ImportOptions(), dry=False).execute(
        progress, cancel
    )


@dataclass
class _Seen:
    """Keys of the rows accepted so far in this file -> (row number, pending or customer id,
    customer code)."""

    by_key: dict[tuple[str, str], tuple[int, int, str | None]] = field(default_factory=dict)

    def find(self, keys: MatchKeys, items: Sequence[tuple[str, str]]
             ) -> tuple[str, int, int] | None:
        for kind, value in items:
            hit = self.by_key.get((kind, value))
            if hit is None:
                continue
            row_number, ref, code = hit
            if keys.code and code and code != keys.code:
                continue  # different customer codes: a chain's stores, never one customer
            return kind, row_number, ref
        return None

    def add(self, keys: MatchKeys, items: Sequence[tuple[str, str]], row_number: int,
            ref: int) -> None:
        for item in items:
            self.by_key.setdefault(item, (row_number, ref, keys.code))


_REASON_TEXT = {
    "code": "the same customer code",
    "credit_code": "the same credit code",
    "mobile": "the same mobile number",
    "email": "the same e-mail address",
    "name": "the same name",
}


class _Run:
    def __init__(self, plan: SheetPlan, mapping: Mapping_, options: ImportOptions,
                 *, dry: bool) -> None:
        self.plan = plan
        self.mapping = mapping
        self.options = options
        self.dry = dry
        _check_mapping(plan, mapping)
        self.job = ConvertJob(plan.kind, dict(mapping), list(plan.headers), plan.date1904,
                              settings_service.business_settings())
        self.mapped_fields = frozenset(key for key in mapping.values() if key)
        self.summary = ImportSummary(plan.kind, plan.path.name, plan.sheet_name, dry)
        self.db: Database = bound_database()
        self.seen = _Seen()
        self.log: journal.Journal | None = None
        self.batch: ImportBatch | None = None
        self.writer: BatchWriter | None = None  # made once the operation exists
        self.next_virtual_id = -1  # ids of customers a dry run would create

    # The loop --------------------------------------------------------------------------------

    def execute(self, progress: Callable[[int, int], None] | None,
                cancel: Callable[[], bool] | None) -> ImportSummary:
        if self.dry:
            return self._execute(progress, cancel)
        usual_cache = self.db.execute_sql("PRAGMA cache_size").fetchone()[0]
        usual_checkpoint = self.db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0]
        self.db.execute_sql(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
        self.db.execute_sql(f"PRAGMA wal_autocheckpoint = {IMPORT_CHECKPOINT_PAGES}")
        try:
            # A long import of customers into a smaller table builds the list's indexes once.
            new_customers = (self.plan.total_rows or 0) if self.plan.kind == KIND_CUSTOMERS else 0
            with bulk_load(self.db, customers=new_customers):
                summary = self._execute(progress, cancel)
            refresh_statistics(self.db)
            return summary
        finally:
            self.db.execute_sql(f"PRAGMA cache_size = {int(usual_cache)}")
            self.db.execute_sql(f"PRAGMA wal_autocheckpoint = {int(usual_checkpoint)}")
            # Here rather than in the next commit of another connection (the window's).
            self.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def _execute(self, progress: Callable[[int, int], None] | None,
                 cancel: Callable[[], bool] | None) -> ImportSummary:
        started = time.perf_counter()
        with _open(self.plan) as table:
            total = table.total_rows or 0
            if not self.dry:
                # The table holds the sheet now; it goes once the import has read it.
                spreadsheet.forget_loaded_sheet()
                self._start()
            try:
                pending: list[PendingRow] = []
                rows = ((row.number, row.values) for row in table.rows())
                stream = convert_stream(self.job, rows, parallel=parallel_allowed(total),
                                        ahead_rows=self.options.batch_size)
                with contextlib.closing(stream):
                    self._consume(stream, table, pending, progress, cancel)
                self._flush(pending)
                self.summary.not_data_rows = table.skipped_count
                if progress is not None and not self.summary.cancelled:
                    progress(total, total)
            except BaseException:
                if not self.dry:
                    self._end(journal.STATUS_FAILED)
                raise
        if not self.dry:
            self._end(journal.STATUS_DONE)
        self.summary.seconds = time.perf_counter() - started
        return self.summary

    def _consume(self, stream: Iterator[tuple[int, ConvertedRow]], table: Table,
                 pending: list[PendingRow], progress: Callable[[int, int], None] | None,
                 cancel: Callable[[], bool] | None) -> None:
        """Sort converted rows into failures and batches; write each full batch."""
        total = table.total_rows or 0
        for number, converted in stream:
            if cancel is not None and self.summary.rows_read % 100 == 0 and cancel():
                self.summary.cancelled = True
                pending.clear()  # a batch is written whole or not at all
                break
            self.summary.rows_read += 1
            if converted.ok:
                pending.append(PendingRow(number, converted))
            else:
                self._fail(number, converted.reason(), converted.problems)
            if len(pending) >= self.options.batch_size:
                self._flush(pending)
                pending.clear()
                if progress is not None:
                    progress(min(number - table.data_start_index, total), total)

    def _start(self) -> None:
        with self.db.atomic():
            self.log = journal.start_operation(
                self.db, "import", f"Import {self.plan.kind} from {self.plan.path.name}"
            )
            self.batch = ImportBatch.create(
                operation=self.log.operation_id,
                kind=self.plan.kind,
                file_name=str(self.plan.path),
                sheet=self.plan.sheet_name,
                options=json.dumps({"on_duplicate": self.options.on_duplicate}),
            )
        self.writer = BatchWriter(self.db, self.plan.kind, self.log)
        with _ACTIVE_LOCK:
            _ACTIVE_OPERATIONS.add(self.log.operation_id)
        self.summary.batch_id = self.batch.id

    def _end(self, status: str) -> None:
        assert self.log is not None and self.batch is not None
        try:
            with self.db.atomic():
                self._save_counts()
                self.log.finish(status)
        finally:
            with _ACTIVE_LOCK:
                _ACTIVE_OPERATIONS.discard(self.log.operation_id)

    def _save_counts(self) -> None:
        assert self.batch is not None
        options = {"on_duplicate": self.options.on_duplicate, "last_commit": now().isoformat(),
                   "cancelled": self.summary.cancelled}
        ImportBatch.update(
            created=self.summary.created,
            updated=self.summary.updated,
            skipped=self.summary.skipped,
            failed=self.summary.failed,
            options=json.dumps(options),
        ).where(ImportBatch.id == self.batch.id).execute()

    def _fail(self, row_number: int, reason: str, problems: Sequence[Problem] = ()) -> None:
        self.summary.failed += 1
        self.summary.failures.append(RowOutcome(row_number, reason, tuple(problems)))

    def _note_warnings(self, item: PendingRow) -> None:
        """An accepted row (created, updated or merged) that has warnings."""
        converted = item.converted
        if converted.warnings:
            self.summary.warned += 1
            self.summary.warnings.append(
                RowOutcome(item.row_number, converted.warning_text(), tuple(converted.warnings))
            )

    def _skip(self, row_number: int, reason: str) -> None:
        self.summary.skipped += 1
        self.summary.skips.append(RowOutcome(row_number, reason))

    # Batches ---------------------------------------------------------------------------------

    def _flush(self, pending: list[PendingRow]) -> None:
        if not pending:
            return
        if self.writer is None:
            self._decide(pending)
            return
        with self.db.atomic("IMMEDIATE"):
            accepted = self._decide(pending)
            self.writer.write(accepted)
            self._save_counts()
            assert self.log is not None
            self.log.flush()
        # What this batch wrote is in the database now: later batches find it there.
        self.seen = _Seen()

    def _decide(self, pending: list[PendingRow]) -> list[PendingRow]:
        if self.plan.kind == KIND_CUSTOMERS:
            return self._decide_customers(pending)
        return self._decide_records(pending)

    def _decide_customers(self, pending: list[PendingRow]) -> list[PendingRow]:
        key_items = [p.converted.keys.items() for p in pending]
        existing = _ExistingCustomers(self.db, key_items)
        accepted: list[PendingRow] = []
        by_ref: dict[int, PendingRow] = {}
        for item, items in zip(pending, key_items, strict=True):
            keys = item.converted.keys
            in_file = self.seen.find(keys, items)
            in_db = existing.find(keys, items)
            if self.options.on_duplicate == NEW:
                clash = None
                if keys.code and existing.has_code(keys.code):
                    clash = f"another customer already has the code '{keys.code}'"
                elif keys.code and in_file and in_file[0] == "code":
                    clash = f"row {in_file[1]} of this file has the same code '{keys.code}'"
                if clash:
                    self._fail(item.row_number, f"code: {clash}.")
                    continue
                in_file = in_db = None
            if in_file is not None:
                reason, earlier_row, ref = in_file
                if self.options.on_duplicate == SKIP:
                    self._skip(item.row_number,
                               f"Same customer as row {earlier_row} of this file "
                               f"({_REASON_TEXT[reason]}).")
                    continue
                earlier = by_ref.get(ref)
                if earlier is not None and earlier.target is None:
                    _merge(earlier.converted, item.converted, self.mapped_fields)
                    self.summary.updated += 1
                    self._note_warnings(item)
                    continue
                item.target = ref if ref > 0 else None
                if item.target is None:
                    # A dry run's earlier row that would have been created.
                    self.summary.updated += 1
                    self._note_warnings(item)
                    continue
            elif in_db is not None:
                reason, customer_id, name = in_db
                if self.options.on_duplicate == SKIP:
                    self._skip(item.row_number,
                               f"Already in the database as customer {customer_id} '{name}' "
                               f"({_REASON_TEXT[reason]}).")
                    continue
                item.target = customer_id
            if item.target is None:
                ref = self.next_virtual_id
                self.next_virtual_id -= 1
                self.summary.created += 1
            else:
                ref = item.target
                self.summary.updated += 1
            by_ref[ref] = item
            self.seen.add(keys, items, item.row_number, ref)
            self._note_warnings(item)
            accepted.append(item)
        return accepted

    def _decide_records(self, pending: list[PendingRow]) -> list[PendingRow]:
        existing = _ExistingCustomers(self.db, [p.converted.keys.items() for p in pending],
                                      with_contacts=True)
        accepted: list[PendingRow] = []
        table = RECORD_TABLES[self.plan.kind]
        for item in pending:
            keys = item.converted.keys
            found = existing.owner_of(keys)
            if isinstance(found, str):
                self._fail(item.row_number, found)
                continue
            item.customer_id = found
            duplicate = _existing_record(self.db, table, found, item.converted.values)
            if duplicate is not None and self.options.on_duplicate == SKIP:
                self._skip(item.row_number,
                           f"Already in the database for customer {found} (the same record).")
                continue
            if duplicate is not None and self.options.on_duplicate == UPDATE:
                item.target = duplicate
                self.summary.updated += 1
            else:
                self.summary.created += 1
            self._note_warnings(item)
            accepted.append(item)
        return accepted


def _merge(into: ConvertedRow, later: ConvertedRow, mapped: frozenset[str]) -> None:
    """A later row of the file for the same new customer: its non-empty values win."""
    into.search_doc = into.new_customer = None  # made again from the merged values
    for column, value in later.values.items():
        if value not in (None, ""):
            into.values[column] = value
    for tag in later.tags:
        if tag not in into.tags:
            into.tags.append(tag)
    into.owner_name = later.owner_name or into.owner_name
    if later.contact and not into.contact:
        into.contact = later.contact


def _existing_record(db: Database, table: str, customer_id: int, values: Mapping[str, Any]
                     ) -> int | None:
    """The id of a record of this customer that holds the same thing (same day and content)."""
    if table == "follow_up":
        where, params = "occurred_at = ? AND content = ?", [values["occurred_at"],
                                                             values["content"]]
    elif table == "deal":
        where, params = "title = ?", [values["title"]]
    else:
        where, params = "order_date = ? AND amount_cents = ? AND description = ?", [
            values["order_date"], values["amount_cents"], values["description"]]
    row = db.execute_sql(
        f"SELECT id FROM {table} WHERE customer_id = ? AND {where} LIMIT 1",
        [customer_id, *[_sql_value(v) for v in params]],
    ).fetchone()
    return int(row[0]) if row else None


def _sql_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class _ExistingCustomers:
    """The database's customers that share a key with a batch's rows (one query per key)."""

    _COLUMNS: ClassVar[dict[str, str]] = {
        "code": "code",
        "credit_code": "credit_code",
        "mobile": "mobile",
        "email": "email_key",
        "name": "name_key",
    }

    def __init__(self, db: Database, key_items: Sequence[Sequence[tuple[str, str]]], *,
                 with_contacts: bool = False) -> None:
        wanted: dict[str, set[str]] = {kind: set() for kind in self._COLUMNS}
        for items in key_items:
            for kind, value in items:
                wanted[kind].add(value)
        self.hits: dict[tuple[str, str], list[tuple[int, str | None, str]]] = {}
        for kind, column in self._COLUMNS.items():
            values = sorted(wanted[kind])
            for start in range(0, len(values), 900):
                chunk = values[start : start + 900]
                marks = ",".join("?" * len(chunk))
                for cid, code, name, value in db.execute_sql(
                    f"SELECT id, code, name, {column} FROM customer "
                    f"WHERE {column} IN ({marks}) ORDER BY id",
                    chunk,
                ):
                    self.hits.setdefault((kind, value), []).append((cid, code, name))
                if with_contacts and kind == "mobile":
                    for cid, code, name, value in db.execute_sql(
                        f"SELECT c.id, c.code, c.name, k.mobile FROM contact k "
                        f"JOIN customer c ON c.id = k.customer_id "
                        f"WHERE k.mobile IN ({marks}) ORDER BY c.id",
                        chunk,
                    ):
                        hits = self.hits.setdefault((kind, value), [])
                        if all(hit[0] != cid for hit in hits):
                            hits.append((cid, code, name))

    def has_code(self, code: str) -> bool:
        return ("code", code) in self.hits

    def find(self, keys: MatchKeys, items: Sequence[tuple[str, str]]
             ) -> tuple[str, int, str] | None:
        """The strongest match: (reason, customer id, name). A customer with another code is
        never the same one."""
        for kind, value in items:
            for cid, code, name in self.hits.get((kind, value), ()):
                if keys.code and code and code != keys.code:
                    continue
                return kind, cid, name
        return None

    def owner_of(self, keys: MatchKeys) -> int | str:
        """The customer a record belongs to, or why none could be chosen."""
        for kind, value in keys.items():
            if kind == "credit_code":
                continue
            ids = sorted({hit[0] for hit in self.hits.get((kind, value), ())})
            if len(ids) == 1:
                return ids[0]
            if len(ids) > 1:
                return (f"{len(ids)} customers have {_REASON_TEXT[kind]} '{value}'; add a "
                        "customer code or phone column so each row finds one customer.")
        shown = keys.name or keys.code or (keys.mobiles[0] if keys.mobiles else "")
        return f"No customer matches '{shown}'. Import the customer first, or fix the row."


# ---------------------------------------------------------------------------------------------
# The error workbook
# ---------------------------------------------------------------------------------------------

REASON_HEADER = "错误原因 / Reason"


def write_error_workbook(plan: SheetPlan, summary: ImportSummary,
                         path: str | os.PathLike[str]) -> int:
    """Write the failed rows as they were, reason first (.xlsx or .csv); returns the count."""
    reasons = {failure.row_number: failure.reason for failure in summary.failures}
    columns = [ExportColumn("reason", REASON_HEADER, width=40)] + [
        ExportColumn(f"c{index}", header) for index, header in enumerate(plan.headers)
    ]

    def rows() -> Iterator[dict[str, Any]]:
        with _open(plan) as table:
            for row in table.rows():
                reason = reasons.get(row.number)
                if reason is None:
                    continue
                record: dict[str, Any] = {"reason": reason}
                for index, value in enumerate(row.values):
                    record[f"c{index}"] = _as_text(value)
                yield record

    return write_table(path, columns, rows(), sheet_name="Failed rows")


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S") if value.time() else value.date().isoformat()
    return clean_text(value) if not isinstance(value, str) else value

