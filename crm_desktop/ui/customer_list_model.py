"""The customer list's item model: the ids of the current query, rows fetched page by page.

Like Anki's browser table, the model never holds the whole result: `query_ids` (run on the
database worker, sorted and filtered in SQL) returns the ids in list order as an
`array('q')` — 8 bytes a customer, 8 MB for a million — and `rowCount` is its length. The
rows a view asks for are read with `fetch_rows` one page of PAGE_SIZE at a time on the GUI
thread (a couple of milliseconds) and kept in a small LRU cache of pages, so scrolling
through a million customers never materialises more than CACHE_ROWS of them.

A newer query supersedes an older one: each query gets a generation number, and a result
whose generation is no longer the latest is dropped (typing in the search box starts many).

A big result shows a preview before it is complete: the unfiltered list its first page with
blank rows below, a text search the first page of its matches (found by `first_matches` on a
background worker while the full query runs). `is_partial()` says so until the whole
result replaces it; nothing should act on "every row" meanwhile.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import sys
import time
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from crm_desktop.domain.settings import (
    CONTACT_STATUS_AMBER,
    CONTACT_STATUS_GREEN,
    CONTACT_STATUS_RED,
    BusinessSettings,
)
from crm_desktop.services import customer_list
from crm_desktop.services import settings as settings_service
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.ui import labels, tasks

PAGE_SIZE = 200
CACHE_ROWS = 4000  # about 20 pages: a few screens either way of where the user is
CUSTOMER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
log = logging.getLogger(__name__)

FIRST_PAGE_MIN_ROWS = 50_000  # an unfiltered list this long shows its first page first
# A search's preview: more rows than the tallest list shows, so the first screen is whole,
# and few enough that a search matching one customer in ten finds them within its budget.
PREVIEW_ROWS = 100
# The preview waits this long for the full query first. Most searches are narrow and done
# by then; a preview running beside them only slowed them (its thread and theirs take
# turns on the interpreter lock: a 12 ms search took 50 ms in the window).
PREVIEW_AFTER_S = 0.03
PREVIEW_POLL_S = 0.005
UNKNOWN_ID = 0  # a row below the first page while the list's ids are still loading
NUMPY_LOOKUP_ROWS = 20_000  # beyond this, finding rows by id uses numpy (a Python loop is slow)

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ColumnSpec:
    """One column the list can show: its key, the sort key of the service (None: not
    sortable) and whether its values are numbers (right-aligned)."""

    key: str
    sort_key: str | None
    numeric: bool = False


COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", "name"),
    ColumnSpec("code", "code"),
    ColumnSpec("tier", "tier"),
    ColumnSpec("stage", "stage"),
    ColumnSpec("lifecycle", "lifecycle"),
    ColumnSpec("value_class", "value_class"),
    ColumnSpec("rfm_segment", "rfm_segment"),
    ColumnSpec("owner", "owner"),
    ColumnSpec("region", "region"),
    ColumnSpec("mobiles", None),
    ColumnSpec("phones", None),
    ColumnSpec("email", None),
    ColumnSpec("source", "source"),
    ColumnSpec("industry", None),
    ColumnSpec("tags", None),
    ColumnSpec("last_contact", "last_contact"),
    ColumnSpec("next_follow_up", "next_follow_up"),
    ColumnSpec("last_purchase", "last_purchase"),
    ColumnSpec("purchase_count", None, numeric=True),
    ColumnSpec("purchase_total", "purchase_total", numeric=True),
    ColumnSpec("profit", "profit", numeric=True),
    ColumnSpec("activity", "activity", numeric=True),
    ColumnSpec("created", "created"),
    ColumnSpec("is_valid", None),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
DEFAULT_VISIBLE = (
    "name",
    "code",
    "tier",
    "stage",
    "owner",
    "region",
    "mobiles",
    "tags",
    "last_contact",
    "next_follow_up",
    "purchase_total",
)

DESCENDING_FIRST = frozenset(
    {
        "last_contact",
        "last_purchase",
        "created",
        "purchase_count",
        "purchase_total",
        "profit",
        "activity",
    }
)

STATUS_COLOURS = {
    CONTACT_STATUS_GREEN: "#2e9d48",
    CONTACT_STATUS_AMBER: "#e0a000",
    CONTACT_STATUS_RED: "#d64541",
}
OVERDUE_TEXT = "#c62828"

_LABELLED_COLUMNS = {
    "tier": labels.tiers,
    "stage": labels.customer_stages,
    "lifecycle": labels.lifecycles,
    "value_class": labels.value_classes,
    "rfm_segment": labels.rfm_segments,
}


class ListCells:
    """The text of a list cell, as the list shows it and the printed list report prints it.

    Translated labels are looked up once, not per cell painted: make a new one when the
    language changes.
    """

    def __init__(self, locale: QLocale) -> None:
        self.locale = locale
        self.names = {key: make() for key, make in _LABELLED_COLUMNS.items()}
        self.valid = {
            True: QCoreApplication.translate("CustomerListModel", "Valid"),
            False: QCoreApplication.translate("CustomerListModel", "Invalid"),
        }

    def text(self, row: dict[str, Any], key: str) -> str:
        if key in self.names:
            code = row[key]
            return self.names[key].get(code, code) if code else ""
        if key == "owner":
            return str(row["owner_name"] or "")
        if key == "region":
            return " ".join(p for p in (row["province"], row["city"]) if p)
        if key in ("mobiles", "phones"):
            return ", ".join(str(row[key] or "").split())
        if key == "last_contact":
            return date_text(row["last_contact_at"])
        if key == "created":
            return date_text(row["created_at"])
        if key in ("next_follow_up", "last_purchase"):
            return date_text(row[key])
        if key == "purchase_count":
            return self.locale.toString(int(row["purchase_count"] or 0))
        if key == "purchase_total":
            return money_text(row["purchase_total_cents"], self.locale)
        if key == "profit":
            return money_text(row["profit_cents"], self.locale)
        if key == "activity":
            return self.locale.toString(float(row["activity_score"] or 0.0), "f", 1)
        if key == "is_valid":
            return self.valid[bool(row["is_valid"])]
        value = row.get(key)
        return "" if value is None else str(value)


def money_text(cents: int | None, locale: QLocale) -> str:
    """ "¥12,345.00" from integer cents, exactly (no float rounding), in the locale's digits."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    whole, fraction = divmod(abs(int(cents)), 100)
    return f"{sign}¥{locale.toString(whole)}{locale.decimalPoint()}{fraction:02d}"


def date_text(value: Any) -> str:
    """yyyy-MM-dd from a stored date, date-time (ISO text) or Python date."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    return str(value)[:10]


def display_locale() -> QLocale:
    """The user's locale, but with digit grouping even where the system says "C"."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        # The C locale omits group separators; money must still read 12,345.00.
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class _Generation:
    """The latest query's number, read by the worker to skip queries already superseded,
    and the latest whose full query has ended, so a search preview still running stops."""

    def __init__(self) -> None:
        self.value = 0
        self.finished = 0


class CustomerListModel(QAbstractTableModel):
    """A read-only table of customers: ids of the current query, rows fetched by page."""

    sig_query_started = Signal()
    """A query was sent to the worker (the list may show "searching")."""

    sig_query_finished = Signal(int)
    """The result of the latest query is in the model; the number of rows."""

    sig_preview_shown = Signal(int)
    """The first matches of a search are shown while the full query still runs; how many
    (the total is not known yet)."""

    def __init__(self, parent: QObject | None = None, task_parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task_parent = task_parent
        self._ids: array[int] = array("q")
        self._pages: OrderedDict[int, dict[int, dict[str, Any]]] = OrderedDict()
        self._filter = CustomerFilter()
        self._sort_key = "name"
        self._descending = False
        self._generation = _Generation()
        self._busy = False
        self._partial = False
        self._complete_generation = 0
        self._today = dt.date.today()
        self._settings: BusinessSettings | None = None
        self.rows_fetched = 0
        """How many rows were read from the database so far (diagnostics and tests)."""
        self.queries_run = 0
        """How many query results were applied (diagnostics and tests)."""
        self._locale = display_locale()
        self._headers: list[str] = []
        self._icons: dict[str, QIcon] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._reload_labels()

    # -- querying ----------------------------------------------------------------------

    @property
    def current_filter(self) -> CustomerFilter:
        return replace(self._filter)

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def is_busy(self) -> bool:
        """True while a query is on its way."""
        return self._busy

    def is_partial(self) -> bool:
        """True while the rows are a preview: the first page, before the whole result."""
        return self._partial

    def set_sort(self, sort_key: str, descending: bool) -> None:
        """Remember the sort for the next query without running one."""
        if sort_key in customer_list.SORT_COLUMNS:
            self._sort_key = sort_key
            self._descending = descending

    def query(
        self,
        flt: CustomerFilter | None = None,
        sort_key: str | None = None,
        descending: bool | None = None,
    ) -> None:
        """Run the list query on the worker; the result replaces the rows when it arrives.

        Arguments left out keep their current value, so `query()` alone refreshes.
        """
        if flt is not None:
            self._filter = replace(flt)
        if sort_key is not None:
            self.set_sort(sort_key, self._descending if descending is None else descending)
        elif descending is not None:
            self._descending = descending
        self._generation.value += 1
        generation = self._generation.value
        latest = self._generation
        flt_copy, sort, desc = replace(self._filter), self._sort_key, self._descending

        def first_page(token: tasks.CancelToken) -> tuple[array[int], int] | None:
            # The unfiltered list of a big base: its first rows and its length come back in
            # milliseconds, a million ids in a second. Show the first while the rest load.
            if latest.value != generation:
                return None
            total = customer_list.count(flt_copy)
            if total < FIRST_PAGE_MIN_ROWS:
                return None
            first = customer_list.query_ids(flt_copy, sort, desc, limit=PAGE_SIZE)
            return first, total

        def search_preview(token: tasks.CancelToken) -> array[int] | None:
            # Finding and ordering every match of a broad search takes seconds; its first
            # page, read along the sort index, takes milliseconds. A narrow search gives up
            # within its budget (None): the full query is quick then.
            deadline = time.monotonic() + PREVIEW_AFTER_S
            while time.monotonic() < deadline and latest.finished < generation:
                time.sleep(PREVIEW_POLL_S)
            if latest.value != generation or latest.finished >= generation:
                return None
            return customer_list.first_matches(
                flt_copy,
                sort,
                desc,
                limit=PREVIEW_ROWS,
                stop=lambda: latest.value != generation or latest.finished >= generation,
            )

        def work(token: tasks.CancelToken) -> tuple[array[int], dt.date, BusinessSettings] | None:
            # Runs on the worker: a query superseded while it waited is not worth running.
            if latest.value != generation:
                return None
            today = dt.date.today()
            settings = settings_service.business_settings()
            try:
                # A newer query stops this one: the worker is free for it at once, rather
                # than after seconds spent on a search the user has typed past.
                ids = customer_list.query_ids(
                    flt_copy,
                    sort,
                    desc,
                    today=today,
                    settings=settings,
                    stop=lambda: latest.value != generation,
                )
            except customer_list.QueryStopped:
                return None
            latest.finished = generation
            return ids, today, settings

        self._busy = True
        self.sig_query_started.emit()
        # A preview of the first rows, on a background worker beside the full query: the
        # first page of a long unfiltered list while the list is empty (a list on screen
        # stays until the new one is in), or a search's first matches.
        preview: tuple[Callable[[tasks.CancelToken], Any], Callable[[Any], None]] | None = None
        if flt_copy.is_empty() and not self._ids:
            preview = first_page, lambda result: self._first_page_done(generation, result)
        elif flt_copy.text.strip():
            preview = search_preview, lambda first: self._preview_done(generation, first)
        if preview is not None:
            tasks.run_task(
                self._task_parent,
                preview[0],
                on_success=preview[1],
                # The full query fails the same way and reports it once.
                on_failure=lambda exc: log.info("preview not shown: %s", exc),
                background=True,
            )
        tasks.run_task(
            self._task_parent,
            work,
            on_success=lambda result: self._query_done(generation, result),
            on_failure=lambda exc: self._query_failed(generation, exc),
        )

    def _query_done(
        self, generation: int, result: tuple[array[int], dt.date, BusinessSettings] | None
    ) -> None:
        if generation != self._generation.value or result is None:
            return  # superseded by a newer query: its result is the one to show
        ids, today, settings = result
        self._busy = False
        self._partial = False
        self._complete_generation = generation
        if len(ids) > NUMPY_LOOKUP_ROWS and "numpy" not in sys.modules:
            # rows_of will need numpy on the GUI thread: import it (a quarter of a second)
            # in the background now, rather than as a pause in the window later.
            tasks.run_task(None, lambda token: importlib.import_module("numpy"), background=True)
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._today = today
        self._settings = settings
        self._reload_labels()
        self.endResetModel()
        self.queries_run += 1
        self.sig_query_finished.emit(len(ids))

    def _first_page_done(self, generation: int, result: tuple[array[int], int] | None) -> None:
        """Show the first rows at once; the rows below stay blank until every id is in."""
        if generation != self._generation.value or result is None or self._ids:
            return
        first, total = result
        placeholder = array("q", first)
        placeholder.extend(array("q", [UNKNOWN_ID]) * (total - len(first)))
        self.beginResetModel()
        self._ids = placeholder
        self._pages.clear()
        self._partial = True
        self.endResetModel()

    def _preview_done(self, generation: int, first: array[int] | None) -> None:
        """Show a search's first matches, unless its whole result is already in.

        Only the rows found are shown: the total is not known until the full query ends.
        An empty preview is left out (the search found nothing, and its full query, quick
        then, says so with the empty list's message).
        """
        if (
            generation != self._generation.value
            or generation == self._complete_generation
            or not first
        ):
            return
        self.beginResetModel()
        self._ids = first
        self._pages.clear()
        self._partial = True
        self.endResetModel()
        self.sig_preview_shown.emit(len(first))

    def _query_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation.value:
            return
        self._busy = False
        if self._partial:
            # The first rows of a result that never came: not a list to act on or count.
            self.beginResetModel()
            self._ids = array("q")
            self._pages.clear()
            self._partial = False
            self.endResetModel()
            self.sig_query_finished.emit(0)
        from crm_desktop.ui.errors import show_error

        show_error(self._task_parent, exc)

    def refresh_rows(self) -> None:
        """Forget the cached rows and repaint (the same customers, changed values)."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    # -- ids and rows ------------------------------------------------------------------

    def ids(self) -> array[int]:
        """The ids of the current result in list order (do not modify)."""
        return self._ids

    def customer_id(self, row: int) -> int | None:
        if 0 <= row < len(self._ids) and self._ids[row] != UNKNOWN_ID:
            return int(self._ids[row])
        return None

    def rows_of(self, customer_ids: Iterable[int]) -> dict[int, int]:
        """The rows of these customers in the current result (absent ones are left out)."""
        wanted = {int(i) for i in customer_ids}
        if not wanted or not self._ids:
            return {}
        if len(self._ids) <= NUMPY_LOOKUP_ROWS:
            return {cid: row for row, cid in enumerate(self._ids) if cid in wanted}
        # A million ids: a Python loop would take a tenth of a second; numpy scans in C.
        import numpy as np

        values = np.frombuffer(self._ids, dtype=np.int64)
        rows = np.nonzero(np.isin(values, np.fromiter(wanted, dtype=np.int64)))[0]
        return {int(values[r]): int(r) for r in rows}

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The list row (as `fetch_rows` gives it) of this row, fetching its page if needed."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch_page(number)
        else:
            self._pages.move_to_end(number)
        return page.get(int(self._ids[row]))

    def _fetch_page(self, number: int) -> dict[int, dict[str, Any]]:
        page_ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        chunk = [i for i in page_ids if i != UNKNOWN_ID]
        rows = customer_list.fetch_rows(chunk, today=self._today, settings=self._settings)
        self.rows_fetched += len(chunk)
        page = {int(r["id"]): r for r in rows}
        self._pages[number] = page
        while len(self._pages) * PAGE_SIZE > CACHE_ROWS:
            self._pages.popitem(last=False)
        return page

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- columns -----------------------------------------------------------------------

    @staticmethod
    def column_of(key: str) -> int:
        return COLUMN_KEYS.index(key)

    @staticmethod
    def key_of(column: int) -> str:
        return COLUMNS[column].key

    @staticmethod
    def sortable(column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column].sort_key is not None

    @staticmethod
    def column_of_sort_key(sort_key: str) -> int:
        """The column a sort key belongs to (the name column for unknown keys)."""
        for number, spec in enumerate(COLUMNS):
            if spec.sort_key == sort_key:
                return number
        return 0

    def _reload_labels(self) -> None:
        """Translated labels, looked up once rather than per cell painted."""
        self._cells = ListCells(self._locale)
        self._headers = [labels.field(c.key) for c in COLUMNS]
        self._grey = QBrush(
            QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        )
        self._red = QBrush(QColor(OVERDUE_TEXT))

    # -- the model interface -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[section].sort_key is None:
                return self.tr("{column} (cannot be sorted)").format(column=self._headers[section])
            return self.tr("{column}: click to sort").format(column=self._headers[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # The first click on money, counts and dates puts the biggest and newest on top.
            first = (
                Qt.SortOrder.DescendingOrder
                if COLUMNS[section].key in DESCENDING_FIRST
                else Qt.SortOrder.AscendingOrder
            )
            return first.value
        return None

    _ROLES = frozenset(
        {
            int(Qt.ItemDataRole.DisplayRole),
            int(Qt.ItemDataRole.ToolTipRole),
            int(Qt.ItemDataRole.DecorationRole),
            int(Qt.ItemDataRole.ForegroundRole),
            int(Qt.ItemDataRole.FontRole),
            int(Qt.ItemDataRole.TextAlignmentRole),
            CUSTOMER_ID_ROLE,
        }
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        # Views ask for a dozen roles per cell per paint: answer the unused ones at once.
        if role not in self._ROLES or not index.isValid():
            return None
        row_number, column = index.row(), index.column()
        if not 0 <= row_number < len(self._ids) or not 0 <= column < len(COLUMNS):
            return None
        spec = COLUMNS[column]
        if role == CUSTOMER_ID_ROLE:
            return self.customer_id(row_number)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if spec.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row = self.row_data(row_number)
        if row is None:
            return None  # deleted since the query: the next re-query drops the row
        key = spec.key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "name":
                if not self._icons:  # pixmaps need the application: made on first use
                    self._icons = {s: _dot(colour) for s, colour in STATUS_COLOURS.items()}
                return self._icons.get(row["contact_status"])
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "next_follow_up" and self._follow_up_overdue(row):
                return self._red
            if not row["is_valid"]:
                return self._grey
            return None
        if role == Qt.ItemDataRole.FontRole:
            if key == "tier" and row["tier_manual"]:
                return self._italic
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        return None

    # -- what a cell says ----------------------------------------------------------------

    def _display(self, row: dict[str, Any], key: str) -> str:
        return self._cells.text(row, key)

    def _follow_up_overdue(self, row: dict[str, Any]) -> bool:
        due = date_text(row["next_follow_up"])
        return bool(due) and due < self._today.isoformat()

    def _days_since_contact(self, row: dict[str, Any]) -> int | None:
        last = date_text(row["last_contact_at"])
        if not last:
            return None
        return (self._today - dt.date.fromisoformat(last)).days

    def _tooltip(self, row: dict[str, Any], key: str) -> str | None:
        if key == "name":
            lines = [str(row["name"]), self._contact_tooltip(row)]
            if not row["is_valid"]:
                lines.append(self._invalid_tooltip())
            return "\n".join(lines)
        if key == "tier" and row["tier_manual"]:
            return self.tr("Set by hand (the tier rules do not change it)")
        if key == "next_follow_up" and self._follow_up_overdue(row):
            return self.tr("Follow-up overdue: it was due on {date}").format(
                date=date_text(row["next_follow_up"])
            )
        if key == "is_valid" and not row["is_valid"]:
            return self._invalid_tooltip()
        text = self._display(row, key)
        # Long values (tags, e-mail) are cut off in narrow columns: show them whole.
        return text if len(text) > 12 else None

    def _invalid_tooltip(self) -> str:
        return self.tr("Invalid: no way to reach this customer, or marked invalid by hand")

    def _contact_tooltip(self, row: dict[str, Any]) -> str:
        status = row["contact_status"]
        days = self._days_since_contact(row)
        if days is None:
            return self.tr("Never contacted: overdue for follow-up")
        if status == CONTACT_STATUS_RED:
            return self.tr("Overdue for follow-up: last contact %n day(s) ago", "", days)
        if status == CONTACT_STATUS_AMBER:
            return self.tr("Follow-up due soon: last contact %n day(s) ago", "", days)
        return self.tr("Contacted on schedule: last contact %n day(s) ago", "", days)


def translate_header(key: str) -> str:
    """The translated header of a column key (for menus outside the model)."""
    return (
        labels.field(key)
        if key in COLUMN_KEYS
        else QCoreApplication.translate("CustomerListModel", "Unknown column")
    )
