"""The follow-up log tab: one customer's timeline with quick entry, and everyone's reminders.

Left: the selected customer's history (follow-ups, and, marked differently, service records
and deal stage changes), newest first, under a quick-entry form for a new follow-up
(Ctrl+Enter logs it). A follow-up is edited by opening it (double-click or Enter) and
deleted with Delete; a delete is undoable from the bar that appears.

Right: the reminder lists for everyone (or one owner): due today, overdue, upcoming 7 days,
forgotten customers and renewals due. They are read on the database worker, because on a
base of a million customers their counts take a noticeable moment; each list holds at most
`follow_ups.DEFAULT_LIMIT` rows and says how many there are in all.

The tab listens to the change bus and refreshes what a change touched: the timeline when
the customer (or the settings) changed, the reminder lists after any write that can move a
customer in or out of them. The customer's timeline is only read while the tab is visible:
the customer list changes the selected customer on every row the user walks over.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.normalize import from_cents
from crm_desktop.domain.rules import add_months
from crm_desktop.domain.settings import FORGOTTEN_DAYS, BusinessSettings
from crm_desktop.services import contacts, customers, follow_ups, staff
from crm_desktop.services import settings as settings_service
from crm_desktop.services.changes import Changes
from crm_desktop.ui import bus, errors, labels, tasks

log = logging.getLogger(__name__)

_ROOT = QModelIndex()
TIMELINE_LIMIT = 500
"""The newest events shown for one customer; older ones are in the customer's records."""
UNDO_VISIBLE_MS = 30_000
REFRESH_DELAY_MS = 250
"""Writes often come in bursts (an edit, then the facts): refresh the lists once after them."""
NO_DATE = QDate(2000, 1, 1)
"""The next-follow-up editor's "no date" value, shown as its special text."""
NEVER = 0
"""The forgotten-customers selector's value for "never contacted"."""

KIND_COLOURS = {
    follow_ups.KIND_FOLLOW_UP: QColor("#2563eb"),
    follow_ups.KIND_SERVICE: QColor("#d97706"),
    follow_ups.KIND_STAGE_CHANGE: QColor("#7c3aed"),
}

_icons: dict[str, QIcon] = {}


def kind_icon(kind: str) -> QIcon:
    """A small dot in the kind's colour (made once; needs the GUI application)."""
    icon = _icons.get(kind)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(KIND_COLOURS.get(kind, QColor("#666666")))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = _icons[kind] = QIcon(pixmap)
    return icon


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _as_moment(value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value))


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


def format_date(value: Any) -> str:
    """ISO dates read the same in Chinese and English offices and sort as text."""
    day = _as_date(value)
    return day.isoformat() if day else ""


def format_moment(value: Any) -> str:
    moment = _as_moment(value)
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def first_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "\u2026"


def stage_label(settings: BusinessSettings, key: str | None) -> str:
    """A deal stage's name as people see it (translated when it is a default stage)."""
    if not key:
        return ""
    spec = settings.stage(key)
    return labels.deal_stage(spec) if spec else key


# ---------------------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineRow:
    """One timeline line as shown: the service's item and the texts of its cells."""

    item: follow_ups.TimelineItem
    cells: tuple[str, ...]
    tooltip: str


class TimelineModel(QAbstractTableModel):
    """A customer's events, newest first (a few hundred rows at most: a plain list)."""

    COLUMNS = ("when", "kind", "channel", "contact", "content", "outcome", "stage", "next", "by")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TimelineRow] = []
        self._headers: list[str] = []

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> TimelineRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip
        if role == Qt.ItemDataRole.DecorationRole and column == "kind":
            return kind_icon(row.item.kind)
        if role == Qt.ItemDataRole.ForegroundRole and column == "kind":
            return KIND_COLOURS.get(row.item.kind)
        if role == Qt.ItemDataRole.FontRole and row.item.kind != follow_ups.KIND_FOLLOW_UP:
            # Events that are not follow-ups read as context, not as the log itself.
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


@dataclass(frozen=True)
class ReminderColumn:
    """One column of a reminder list: its header, the cell text, and an optional colour."""

    header: str
    text: Callable[[follow_ups.ReminderEntry], str]
    colour: Callable[[follow_ups.ReminderEntry], QColor | None] | None = None
    align_right: bool = False


class ReminderModel(QAbstractTableModel):
    """The first entries of one reminder list (the service caps them, so a plain list)."""

    def __init__(self, columns: Sequence[ReminderColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._entries: list[follow_ups.ReminderEntry] = []

    def set_columns(self, columns: Sequence[ReminderColumn]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def set_entries(self, entries: list[follow_ups.ReminderEntry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entry_at(self, row: int) -> follow_ups.ReminderEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(entry)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.last_content or None
        if role == Qt.ItemDataRole.UserRole:
            return entry.customer_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None


# ---------------------------------------------------------------------------------------
# Views
# ---------------------------------------------------------------------------------------


class ItemView(QTableView):
    """A read-only row table where Enter opens the row, on every platform.

    QAbstractItemView only emits `activated` for Enter on some platforms (macOS starts
    editing instead), so Enter and Return are handled here; Delete asks for a delete.
    """

    sig_delete_requested = Signal()
    """Emitted when the user presses Delete on a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        if key == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.sig_delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


# ---------------------------------------------------------------------------------------
# Quick entry
# ---------------------------------------------------------------------------------------


def _select_data(combo: QComboBox, value: object, missing_text: str = "") -> None:
    """Select the item holding `value`; add it (named `missing_text`) when it is not listed.

    Editing an old follow-up can meet a channel that was removed from the settings or a
    staff member who left: the value stays as it was instead of silently changing.
    """
    index = combo.findData(value)
    if index < 0 and value not in (None, ""):
        combo.addItem(missing_text or str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


class ContentEdit(QPlainTextEdit):
    """The follow-up text: four lines tall by default, since the history below matters too."""

    def sizeHint(self) -> QSize:
        return QSize(400, self.fontMetrics().lineSpacing() * 4 + 12)


class EntryForm(QGroupBox):
    """The quick-entry form of a follow-up; the tab does the saving."""

    sig_submit = Signal()
    """Emitted when the user asks to save (the button or Ctrl+Enter)."""

    sig_cancel_edit = Signal()
    """Emitted when the user leaves edit mode without saving (the button or Escape)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing_id: int | None = None
        self._when_touched = False

        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.dateTimeChanged.connect(self._when_changed)
        self.channel_combo = QComboBox(self)
        self.contact_combo = QComboBox(self)
        self.staff_combo = QComboBox(self)
        for combo in (self.channel_combo, self.contact_combo, self.staff_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(6)
        self.content_edit = ContentEdit(self)
        self.content_edit.setPlaceholderText(
            self.tr("What was discussed? (Ctrl+Enter logs the follow-up)")
        )
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.outcome_edit = QLineEdit(self)
        self.outcome_edit.setPlaceholderText(self.tr("Result, agreement, next step"))
        self.stage_combo = QComboBox(self)
        self.next_edit = QDateEdit(self)
        self.next_edit.setCalendarPopup(True)
        self.next_edit.setDisplayFormat("yyyy-MM-dd")
        self.next_edit.setMinimumDate(NO_DATE)
        self.next_edit.setSpecialValueText(self.tr("None"))
        self.next_edit.setDate(NO_DATE)
        # With "no date" the calendar would open in January 2000: open it on this month.
        self.next_edit.calendarWidget().installEventFilter(self)

        quick = QHBoxLayout()
        quick.setSpacing(2)
        self.quick_buttons: dict[str, QToolButton] = {}
        for key, text, tip in (
            ("day", self.tr("+1 day"), self.tr("Follow up tomorrow")),
            ("week", self.tr("+1 week"), self.tr("Follow up in a week")),
            ("month", self.tr("+1 month"), self.tr("Follow up in a month")),
            ("clear", self.tr("Clear"), self.tr("No next follow-up")),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, k=key: self.set_next_in(k))
            quick.addWidget(button)
            self.quick_buttons[key] = button
        quick.addStretch(1)

        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color: #b91c1c;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.done_label = QLabel(self)
        self.done_label.setStyleSheet("color: #15803d;")
        self.submit_button = QPushButton(self)
        self.submit_button.setDefault(True)
        self.submit_button.setToolTip(self.tr("Ctrl+Enter"))
        self.submit_button.clicked.connect(self.sig_submit)
        self.cancel_button = QPushButton(self.tr("Cancel editing"), self)
        self.cancel_button.clicked.connect(self.sig_cancel_edit)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        row_labels = (
            (0, 0, self.tr("&When:"), self.when_edit),
            (0, 2, self.tr("C&hannel:"), self.channel_combo),
            (1, 0, self.tr("Co&ntact:"), self.contact_combo),
            (1, 2, self.tr("&By:"), self.staff_combo),
        )
        for row, column, text, widget in row_labels:
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1)
        content_label = QLabel(self.tr("C&ontent:"), self)
        content_label.setBuddy(self.content_edit)
        content_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(content_label, 2, 0)
        grid.addWidget(self.content_edit, 2, 1, 1, 3)
        outcome_label = QLabel(self.tr("O&utcome:"), self)
        outcome_label.setBuddy(self.outcome_edit)
        grid.addWidget(outcome_label, 3, 0)
        grid.addWidget(self.outcome_edit, 3, 1, 1, 3)
        stage_label_widget = QLabel(self.tr("&Stage after:"), self)
        stage_label_widget.setBuddy(self.stage_combo)
        grid.addWidget(stage_label_widget, 4, 0)
        grid.addWidget(self.stage_combo, 4, 1)
        next_label = QLabel(self.tr("Ne&xt follow-up:"), self)
        next_label.setBuddy(self.next_edit)
        grid.addWidget(next_label, 4, 2)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_edit)
        next_row.addLayout(quick)
        grid.addLayout(next_row, 4, 3)

        buttons = QHBoxLayout()
        buttons.addWidget(self.problem_label, 1)
        buttons.addWidget(self.done_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.sig_submit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape)
        self._show_mode()

    # -- choices -----------------------------------------------------------------------

    def set_choices(
        self,
        settings: BusinessSettings,
        staff_rows: Sequence[staff.StaffRow],
        contact_rows: Sequence[dict[str, Any]],
    ) -> None:
        """Fill the combos, keeping what is selected where it is still offered."""
        channel = self.channel_combo.currentData()
        self.channel_combo.clear()
        for name in settings.channels:
            self.channel_combo.addItem(name, name)
        if channel:
            index = self.channel_combo.findData(channel)
            if index >= 0:
                self.channel_combo.setCurrentIndex(index)

        self.set_contacts(contact_rows)

        staff_id = self.staff_combo.currentData()
        self.staff_combo.clear()
        self.staff_combo.addItem(self.tr("\u2014 nobody \u2014"), None)
        for member in staff_rows:
            if member.active:
                self.staff_combo.addItem(member.name, member.id)
        if staff_id is not None:
            index = self.staff_combo.findData(staff_id)
            self.staff_combo.setCurrentIndex(max(index, 0))

        stage = self.stage_combo.currentData()
        self.stage_combo.clear()
        self.stage_combo.addItem(self.tr("\u2014 unchanged \u2014"), None)
        for spec in settings.deal_stages:
            self.stage_combo.addItem(labels.deal_stage(spec), spec.key)
        if stage is not None:
            index = self.stage_combo.findData(stage)
            self.stage_combo.setCurrentIndex(max(index, 0))

    def set_contacts(self, contact_rows: Sequence[dict[str, Any]]) -> None:
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("\u2014 none \u2014"), None)
        for row in contact_rows:
            title = row.get("title") or ""
            text = f"{row['name']} ({title})" if title else str(row["name"])
            self.contact_combo.addItem(text, row["id"])
        # The primary contact comes first in the service's order: preselect it.
        if len(contact_rows) >= 1:
            self.contact_combo.setCurrentIndex(1)

    # -- values ------------------------------------------------------------------------

    def _when_changed(self) -> None:
        self._when_touched = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.next_edit.date() == NO_DATE:
            today = QDate.currentDate()
            self.next_edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def set_next_in(self, step: str) -> None:
        """Set the next follow-up a day, week or month after the follow-up's date."""
        base = self.when_edit.date().toPython()
        assert isinstance(base, dt.date)
        if step == "day":
            self.next_edit.setDate(qdate(base + dt.timedelta(days=1)))
        elif step == "week":
            self.next_edit.setDate(qdate(base + dt.timedelta(days=7)))
        elif step == "month":
            self.next_edit.setDate(qdate(add_months(base, 1)))
        else:
            self.next_edit.setDate(NO_DATE)

    def next_follow_up(self) -> dt.date | None:
        value = self.next_edit.date()
        if value == NO_DATE:
            return None
        day = value.toPython()
        assert isinstance(day, dt.date)
        return day

    def values(self) -> dict[str, Any]:
        """The follow-up as the service takes it."""
        data: dict[str, Any] = {
            "channel": self.channel_combo.currentData() or "",
            "contact_id": self.contact_combo.currentData(),
            "content": self.content_edit.toPlainText().strip(),
            "outcome": self.outcome_edit.text().strip(),
            "stage_after": self.stage_combo.currentData(),
            "next_follow_up": self.next_follow_up(),
            "staff_id": self.staff_combo.currentData(),
        }
        if self.editing_id is None and not self._when_touched:
            # The form may have been open for an hour: a new entry happens when it is logged.
            data["occurred_at"] = dt.datetime.now().replace(microsecond=0)
        elif self._when_touched:
            moment = self.when_edit.dateTime().toPython()
            assert isinstance(moment, dt.datetime)
            data["occurred_at"] = moment.replace(second=0, microsecond=0)
        return data

    def draft(self) -> tuple[str, str]:
        return self.content_edit.toPlainText(), self.outcome_edit.text()

    def set_draft(self, draft: tuple[str, str]) -> None:
        self.content_edit.setPlainText(draft[0])
        self.outcome_edit.setText(draft[1])

    def _set_when(self, moment: dt.datetime) -> None:
        self.when_edit.blockSignals(True)
        self.when_edit.setDateTime(qdatetime(moment))
        self.when_edit.blockSignals(False)
        self._when_touched = False

    def clear_entry(self) -> None:
        """Ready for the next follow-up: keep channel, contact and who, clear the rest."""
        self.editing_id = None
        self._set_when(dt.datetime.now())
        self.content_edit.clear()
        self.outcome_edit.clear()
        self.stage_combo.setCurrentIndex(0)
        self.next_edit.setDate(NO_DATE)
        self.show_problem("")
        self._show_mode()

    def load_follow_up(self, row: dict[str, Any]) -> None:
        """Show a logged follow-up for editing."""
        self.editing_id = int(row["id"])
        occurred = _as_moment(row.get("occurred_at")) or dt.datetime.now()
        self._set_when(occurred)
        _select_data(self.channel_combo, row.get("channel") or None)
        if not row.get("channel"):
            self.channel_combo.setCurrentIndex(-1)
        _select_data(self.contact_combo, row.get("contact_id"), row.get("contact_name") or "")
        _select_data(self.staff_combo, row.get("staff_id"), row.get("staff_name") or "")
        _select_data(self.stage_combo, row.get("stage_after"))
        self.content_edit.setPlainText(row.get("content") or "")
        self.outcome_edit.setText(row.get("outcome") or "")
        next_date = _as_date(row.get("next_follow_up"))
        self.next_edit.setDate(qdate(next_date) if next_date else NO_DATE)
        self.show_problem("")
        self.done_label.clear()
        self._show_mode()

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        if text:
            self.done_label.clear()

    def show_done(self, text: str) -> None:
        self.done_label.setText(text)
        # The confirmation is for the moment; it should not look like it describes the next one.
        QTimer.singleShot(8000, self.done_label.clear)

    def _show_mode(self) -> None:
        editing = self.editing_id is not None
        self.setTitle(self.tr("Edit follow-up") if editing else self.tr("New follow-up"))
        self.submit_button.setText(
            self.tr("&Save changes") if editing else self.tr("&Log follow-up")
        )
        self.cancel_button.setVisible(editing)

    def _escape(self) -> None:
        if self.editing_id is not None:
            self.sig_cancel_edit.emit()


# ---------------------------------------------------------------------------------------
# Reminder lists
# ---------------------------------------------------------------------------------------

LIST_DUE_TODAY = "due_today"
LIST_OVERDUE = "overdue"
LIST_UPCOMING = "upcoming"
LIST_FORGOTTEN = "forgotten"
LIST_RENEWALS = "renewals"
LISTS = (LIST_DUE_TODAY, LIST_OVERDUE, LIST_UPCOMING, LIST_FORGOTTEN, LIST_RENEWALS)


@dataclass(frozen=True)
class ReminderData:
    """Everything the reminder lists show, read in one go on the worker."""

    today: dt.date
    reminders: follow_ups.Reminders
    forgotten: follow_ups.CustomerPage
    renewals: follow_ups.CustomerPage

    def page(self, key: str) -> tuple[list[follow_ups.ReminderEntry], int]:
        r = self.reminders
        pages = {
            LIST_DUE_TODAY: (r.due_today, r.due_today_total),
            LIST_OVERDUE: (r.overdue, r.overdue_total),
            LIST_UPCOMING: (r.upcoming, r.upcoming_total),
            LIST_FORGOTTEN: (self.forgotten.entries, self.forgotten.total),
            LIST_RENEWALS: (self.renewals.entries, self.renewals.total),
        }
        return pages[key]


def load_reminders(
    today: dt.date, owner_id: int | None, forgotten_days: int, limit: int
) -> ReminderData:
    """Read every reminder list (runs on the worker: no widgets here)."""
    forgotten = (
        follow_ups.never_contacted(owner_id, limit=limit)
        if forgotten_days == NEVER
        else follow_ups.forgotten(forgotten_days, today, owner_id, limit=limit)
    )
    return ReminderData(
        today=today,
        reminders=follow_ups.reminders(today, owner_id, limit=limit),
        forgotten=forgotten,
        renewals=follow_ups.renewals_due(today, None, owner_id, limit=limit),
    )


class ReminderList(QWidget):
    """One reminder list: the table and a note when it shows only the first entries."""

    def __init__(self, model: ReminderModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = ItemView(self)
        self.view.setModel(model)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)  # drawn in the disabled colour: a hint, not data
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        self.note_label = QLabel(self)
        self.note_label.setEnabled(False)
        self.note_label.hide()
        self.header_layout = QHBoxLayout()
        self.header_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.header_layout)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note_label)

    def show_entries(
        self, entries: list[follow_ups.ReminderEntry], total: int, note: str, empty_text: str
    ) -> None:
        self.model.set_entries(entries)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.empty_label.setText(empty_text)
        self.stack.setCurrentWidget(self.view if entries else self.empty_label)


# ---------------------------------------------------------------------------------------
# The tab
# ---------------------------------------------------------------------------------------


class FollowUpTab(QWidget):
    """The follow-up log: a customer's timeline and quick entry; everyone's reminders."""

    sig_reminders_changed = Signal(int)
    """Emitted with the follow-ups due today plus overdue (for the owner filter in force),
    each time the reminder lists are read: on load and after every change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FollowUpTab")
        self._customer_id: int | None = None
        self._loaded_customer: int | None = None
        self._customer_dirty = False
        self._timeline_generation = 0
        self._reminder_generation = 0
        self._reminder_data: ReminderData | None = None
        self._drafts: dict[int, tuple[str, str]] = {}
        self._undo_operation: int | None = None
        self._settings = settings_service.business_settings()
        self._staff: list[staff.StaffRow] = []
        self.list_limit = follow_ups.DEFAULT_LIMIT

        self._build_customer_pane()
        self._build_reminder_pane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("FollowUpSplitter")
        self.splitter.addWidget(self.customer_stack)
        self.splitter.addWidget(self.reminder_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([55_000, 45_000])  # scaled to the real width when laid out
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_reminders)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._hide_undo)

        self._reload_choices()
        self._show_customer_header(None)
        bus.bus().sig_changed.connect(self._changed)
        # Read the lists once the window has restored the owner filter (restore_state runs
        # right after construction): one query instead of two.
        QTimer.singleShot(0, self.refresh_reminders)

    # -- building ----------------------------------------------------------------------

    def _build_customer_pane(self) -> None:
        self.customer_stack = QStackedWidget(self)
        self.placeholder = QLabel(
            self.tr(
                "Choose a customer in the customer list, or open one from the reminders, "
                "to see its history and log a follow-up."
            ),
            self,
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.customer_stack.addWidget(self.placeholder)

        pane = QWidget(self)
        self.customer_pane = pane
        self.name_label = QLabel(pane)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel(pane)
        self.facts_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open &detail"), pane)
        self.open_button.setToolTip(self.tr("Show this customer's record in the detail tab"))
        self.open_button.clicked.connect(self._open_current_customer)
        header = QGridLayout()
        header.addWidget(self.name_label, 0, 0)
        header.addWidget(self.open_button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.facts_label, 1, 0)
        header.setColumnStretch(0, 1)

        self.form = EntryForm(pane)
        self.form.sig_submit.connect(self.submit_entry)
        self.form.sig_cancel_edit.connect(self.cancel_edit)

        self.timeline_model = TimelineModel(self)
        self.timeline_model.set_headers(
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Channel / type"),
                self.tr("Contact"),
                self.tr("Content"),
                self.tr("Outcome"),
                self.tr("Stage"),
                self.tr("Next follow-up"),
                self.tr("By"),
            ]
        )
        self.timeline_view = ItemView(pane)
        self.timeline_view.setObjectName("TimelineView")
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.activated.connect(self._timeline_activated)
        self.timeline_view.sig_delete_requested.connect(self.delete_selected)
        self.timeline_view.customContextMenuRequested.connect(self._timeline_menu)
        self.timeline_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        header_view = self.timeline_view.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Narrower kind and contact columns leave room for the content.
        for column, width in enumerate((120, 95, 95, 80, 280, 160, 120, 100, 70)):
            self.timeline_view.setColumnWidth(column, width)

        self.legend_label = QLabel(pane)
        self.legend_label.setText(self._legend_html())
        self.edit_button = QPushButton(self.tr("&Edit"), pane)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("De&lete"), pane)
        self.delete_button.clicked.connect(self.delete_selected)
        timeline_bar = QHBoxLayout()
        title = QLabel(self.tr("<b>History</b>"), pane)
        timeline_bar.addWidget(title)
        timeline_bar.addSpacing(12)
        timeline_bar.addWidget(self.legend_label)
        timeline_bar.addStretch(1)
        timeline_bar.addWidget(self.edit_button)
        timeline_bar.addWidget(self.delete_button)

        self.undo_bar = QFrame(pane)
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setObjectName("UndoBar")
        self.undo_bar.setStyleSheet(
            "#UndoBar { background: #fef9c3; border: 1px solid #eab308; border-radius: 3px; }"
            "#UndoBar QLabel { color: #422006; }"
        )
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_bar)
        self.undo_button.clicked.connect(self.undo_delete)
        close_undo = QToolButton(self.undo_bar)
        close_undo.setText("\u00d7")
        close_undo.setAutoRaise(True)
        close_undo.setToolTip(self.tr("Dismiss"))
        close_undo.clicked.connect(self._hide_undo)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(8, 2, 2, 2)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        undo_layout.addWidget(close_undo)
        self.undo_bar.hide()
        undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), pane)
        undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_shortcut.activated.connect(self._undo_shortcut)

        self.timeline_empty = QLabel(
            self.tr("Nothing logged yet for this customer: write the first follow-up above."),
            pane,
        )
        self.timeline_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timeline_empty.setEnabled(False)
        self.timeline_stack = QStackedWidget(pane)
        self.timeline_stack.addWidget(self.timeline_view)
        self.timeline_stack.addWidget(self.timeline_empty)

        timeline_box = QWidget(pane)
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addLayout(timeline_bar)
        timeline_layout.addWidget(self.undo_bar)
        timeline_layout.addWidget(self.timeline_stack, 1)

        self.customer_splitter = QSplitter(Qt.Orientation.Vertical, pane)
        self.customer_splitter.setObjectName("FollowUpCustomerSplitter")
        self.customer_splitter.addWidget(self.form)
        self.customer_splitter.addWidget(timeline_box)
        self.customer_splitter.setStretchFactor(0, 0)
        self.customer_splitter.setStretchFactor(1, 1)
        self.customer_splitter.setChildrenCollapsible(False)
        # The form at its natural height, the history below taking the rest.
        self.customer_splitter.setSizes([self.form.sizeHint().height(), 10_000])

        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.customer_splitter, 1)
        self.customer_stack.addWidget(pane)
        self._update_buttons()

    def _legend_html(self) -> str:
        parts = []
        for kind, text in (
            (follow_ups.KIND_FOLLOW_UP, self.tr("follow-up")),
            (follow_ups.KIND_SERVICE, self.tr("service")),
            (follow_ups.KIND_STAGE_CHANGE, self.tr("deal stage")),
        ):
            colour = KIND_COLOURS[kind].name()
            parts.append(f'<span style="color:{colour}">\u25cf</span> {text}')
        return "&nbsp;&nbsp;".join(parts)

    def _build_reminder_pane(self) -> None:
        pane = QWidget(self)
        self.reminder_pane = pane
        self.owner_combo = QComboBox(pane)
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_combo.currentIndexChanged.connect(self._owner_changed)
        owner_label = QLabel(self.tr("&Owner:"), pane)
        owner_label.setBuddy(self.owner_combo)
        self.refresh_button = QToolButton(pane)
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the reminder lists again"))
        self.refresh_button.clicked.connect(self.refresh_reminders)
        top = QHBoxLayout()
        title = QLabel(self.tr("<b>Reminders</b>"), pane)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(owner_label)
        top.addWidget(self.owner_combo)
        top.addWidget(self.refresh_button)

        self.list_tabs = QTabWidget(pane)
        self.list_tabs.setObjectName("ReminderTabs")
        self.list_tabs.setUsesScrollButtons(True)
        self.lists: dict[str, ReminderList] = {}
        for key in LISTS:
            widget = ReminderList(ReminderModel(self._columns_for(key), self), pane)
            widget.view.setObjectName(f"ReminderView_{key}")
            widget.view.activated.connect(lambda index, k=key: self._open_entry(k, index.row()))
            widget.view.customContextMenuRequested.connect(
                lambda pos, k=key: self._reminder_menu(k, pos)
            )
            widget.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate(self._column_widths(key)):
                widget.view.setColumnWidth(column, width)
            self.lists[key] = widget
            self.list_tabs.addTab(widget, "")

        self.forgotten_combo = QComboBox(pane)
        for days in FORGOTTEN_DAYS:
            self.forgotten_combo.addItem(self.tr("%n day(s) or more", "", days), days)
        self.forgotten_combo.addItem(self.tr("never contacted"), NEVER)
        self.forgotten_combo.setCurrentIndex(self.forgotten_combo.findData(30))
        self.forgotten_combo.currentIndexChanged.connect(self._forgotten_changed)
        forgotten_label = QLabel(self.tr("No contact for:"), pane)
        forgotten_label.setBuddy(self.forgotten_combo)
        forgotten_header = self.lists[LIST_FORGOTTEN].header_layout
        forgotten_header.addWidget(forgotten_label)
        forgotten_header.addWidget(self.forgotten_combo)
        forgotten_header.addStretch(1)

        self.error_label = QLabel(pane)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.list_tabs, 1)
        self._set_list_titles()

    def _column_widths(self, key: str) -> tuple[int, ...]:
        # The customer comes first and widest (a company's name runs to 15 characters); the
        # last column, stretched, takes what is left of the pane.
        if key == LIST_RENEWALS:
            return (190, 95, 70, 100, 60)
        return (190, 90, 95, 60, 70)

    def _columns_for(self, key: str) -> list[ReminderColumn]:
        """What each list shows: the date that put the customer on it comes second."""
        locale = QLocale()
        name = ReminderColumn(self.tr("Customer"), lambda e: e.name)
        owner = ReminderColumn(self.tr("Owner"), lambda e: e.owner_name)
        tier = ReminderColumn(self.tr("Tier"), lambda e: labels.tiers().get(e.tier, e.tier))
        last_contact = ReminderColumn(
            self.tr("Last contact"), lambda e: format_date(e.last_contact_at)
        )
        last_content = ReminderColumn(
            self.tr("Last follow-up"), lambda e: first_line(e.last_content)
        )

        def today() -> dt.date:
            return self._reminder_data.today if self._reminder_data else dt.date.today()

        def days_late(entry: follow_ups.ReminderEntry) -> str:
            if entry.next_follow_up is None:
                return ""
            days = (today() - entry.next_follow_up).days
            if days > 0:
                return self.tr("%n day(s) late", "", days)
            if days == 0:
                return self.tr("today")
            return self.tr("in %n day(s)", "", -days)

        def due_colour(entry: follow_ups.ReminderEntry) -> QColor | None:
            if entry.next_follow_up is None:
                return None
            if entry.next_follow_up < today():
                return QColor("#b91c1c")
            if entry.next_follow_up == today():
                return QColor("#b45309")
            return None

        next_date = ReminderColumn(
            self.tr("Next follow-up"), lambda e: format_date(e.next_follow_up), due_colour
        )
        due = ReminderColumn(self.tr("Due"), days_late, due_colour)

        def days_since(entry: follow_ups.ReminderEntry) -> str:
            last = _as_date(entry.last_contact_at)
            if last is None:
                return self.tr("never")
            return self.tr("%n day(s)", "", (today() - last).days)

        if key in (LIST_DUE_TODAY, LIST_OVERDUE, LIST_UPCOMING):
            return [name, next_date, due, owner, tier, last_content]
        if key == LIST_FORGOTTEN:
            silent = ReminderColumn(self.tr("Silent for"), days_since, align_right=True)
            return [name, last_contact, silent, owner, tier, last_content]

        def days_left(entry: follow_ups.ReminderEntry) -> str:
            if entry.service_expiry is None:
                return ""
            return self.tr("%n day(s)", "", (entry.service_expiry - today()).days)

        def amount(entry: follow_ups.ReminderEntry) -> str:
            cents = entry.contract_amount_cents
            return "" if cents is None else locale.toString(float(from_cents(cents)), "f", 2)

        return [
            name,
            ReminderColumn(self.tr("Service expiry"), lambda e: format_date(e.service_expiry)),
            ReminderColumn(self.tr("Days left"), days_left, align_right=True),
            ReminderColumn(self.tr("Contract amount"), amount, align_right=True),
            owner,
            tier,
        ]

    # -- public contract ---------------------------------------------------------------

    def current_customer_id(self) -> int | None:
        return self._customer_id

    def set_customer(self, customer_id: int | None) -> None:
        """Show this customer's history (read now when visible, else when the tab shows)."""
        if customer_id != self._customer_id:
            self._keep_draft()
            if self.form.editing_id is not None:
                self.form.clear_entry()
            self._customer_id = customer_id
            self._hide_undo()
        self._customer_dirty = True
        if self.isVisible():
            self._load_customer()

    def start_quick_entry(self) -> None:
        """Put the cursor in the content field of a new follow-up for the customer shown."""
        self._load_customer()
        if self._customer_id is None:
            self.placeholder.setFocus()
            return
        if self.form.editing_id is not None:
            self.form.clear_entry()
        self.form.content_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reminder_summary(self) -> str:
        """One line for the status bar: follow-ups due today and overdue ("" when none)."""
        data = self._reminder_data
        if data is None:
            return ""
        due, overdue = data.reminders.due_today_total, data.reminders.overdue_total
        if due and overdue:
            return self.tr("Follow-ups: {due} due today, {overdue} overdue").format(
                due=QLocale().toString(due), overdue=QLocale().toString(overdue)
            )
        if due:
            return self.tr("%n follow-up(s) due today", "", due)
        if overdue:
            return self.tr("%n follow-up(s) overdue", "", overdue)
        return ""

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("log/splitter", self.splitter.saveState())
        settings.setValue("log/customer_splitter", self.customer_splitter.saveState())
        settings.setValue("log/timeline_header", self.timeline_view.horizontalHeader().saveState())
        for key, widget in self.lists.items():
            settings.setValue(f"log/list_header/{key}", widget.view.horizontalHeader().saveState())
        owner = self.owner_combo.currentData()
        settings.setValue("log/owner", -1 if owner is None else int(owner))
        settings.setValue("log/forgotten_days", int(self.forgotten_combo.currentData()))
        settings.setValue("log/list_tab", self.list_tabs.currentIndex())
        staff_id = self.form.staff_combo.currentData()
        settings.setValue("log/staff", -1 if staff_id is None else int(staff_id))
        settings.setValue("log/channel", self.form.channel_combo.currentData() or "")

    def restore_state(self, settings: QSettings) -> None:
        for key, splitter in (
            ("log/splitter", self.splitter),
            ("log/customer_splitter", self.customer_splitter),
        ):
            state = settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        state = settings.value("log/timeline_header")
        if isinstance(state, QByteArray):
            self.timeline_view.horizontalHeader().restoreState(state)
        for key, widget in self.lists.items():
            state = settings.value(f"log/list_header/{key}")
            if isinstance(state, QByteArray):
                widget.view.horizontalHeader().restoreState(state)
        self.owner_combo.blockSignals(True)
        self.forgotten_combo.blockSignals(True)
        try:
            owner = _int_setting(settings, "log/owner", -1)
            index = self.owner_combo.findData(owner) if owner >= 0 else 0
            self.owner_combo.setCurrentIndex(max(index, 0))
            days = _int_setting(settings, "log/forgotten_days", 30)
            index = self.forgotten_combo.findData(days)
            if index >= 0:
                self.forgotten_combo.setCurrentIndex(index)
        finally:
            self.owner_combo.blockSignals(False)
            self.forgotten_combo.blockSignals(False)
        tab = _int_setting(settings, "log/list_tab", 0)
        if 0 <= tab < self.list_tabs.count():
            self.list_tabs.setCurrentIndex(tab)
        staff_id = _int_setting(settings, "log/staff", -1)
        if staff_id >= 0:
            index = self.form.staff_combo.findData(staff_id)
            if index >= 0:
                self.form.staff_combo.setCurrentIndex(index)
        channel = settings.value("log/channel", "")
        if isinstance(channel, str) and channel:
            index = self.form.channel_combo.findData(channel)
            if index >= 0:
                self.form.channel_combo.setCurrentIndex(index)
        self._schedule_reminders(0)

    # -- the customer ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._customer_dirty:
            self._load_customer()

    def _keep_draft(self) -> None:
        """Keep what was typed for the customer we leave, so walking the list loses nothing."""
        if self._customer_id is None or self.form.editing_id is not None:
            return
        content, outcome = self.form.draft()
        if content.strip() or outcome.strip():
            self._drafts[self._customer_id] = (content, outcome)
        else:
            self._drafts.pop(self._customer_id, None)

    def _load_customer(self) -> None:
        """Read the customer's header, contacts and timeline (one customer: quick)."""
        if not self._customer_dirty:
            return
        self._customer_dirty = False
        customer_id = self._customer_id
        record = customers.get_customer(customer_id) if customer_id is not None else None
        if record is None:
            self._customer_id = None
            self._loaded_customer = None
            self._show_customer_header(None)
            self.timeline_model.set_rows([])
            return
        assert customer_id is not None
        self._show_customer_header(record)
        self.form.set_contacts(contacts.contacts_of(customer_id))
        if self.form.staff_combo.currentData() is None and record.get("owner_id"):
            # Nobody chosen yet on this machine: the customer's owner most likely did it.
            index = self.form.staff_combo.findData(record["owner_id"])
            if index >= 0:
                self.form.staff_combo.setCurrentIndex(index)
        if self._loaded_customer != customer_id and self.form.editing_id is None:
            self.form.clear_entry()
            draft = self._drafts.pop(customer_id, None)
            if draft is not None:
                self.form.set_draft(draft)
        self._loaded_customer = customer_id
        self._load_timeline()

    def _show_customer_header(self, record: dict[str, Any] | None) -> None:
        if record is None:
            self.customer_stack.setCurrentWidget(self.placeholder)
            return
        self.customer_stack.setCurrentWidget(self.customer_pane)
        self.name_label.setText(str(record["name"]))
        facts = [labels.tiers().get(record.get("tier") or "", record.get("tier") or "")]
        stage = record.get("stage")
        if stage:
            facts.append(labels.customer_stages().get(stage, stage))
        if record.get("owner_name"):
            facts.append(self.tr("Owner: {name}").format(name=record["owner_name"]))
        last = format_date(record.get("last_contact_at"))
        facts.append(
            self.tr("Last contact: {date}").format(date=last)
            if last
            else self.tr("Never contacted")
        )
        next_date = _as_date(record.get("next_follow_up"))
        if next_date is not None:
            text = self.tr("Next follow-up: {date}").format(date=next_date.isoformat())
            if next_date < dt.date.today():
                text = f'<span style="color:#b91c1c">{text}</span>'
            facts.append(text)
        self.facts_label.setText(" \u00b7 ".join(facts))

    def _load_timeline(self) -> None:
        customer_id = self._customer_id
        if customer_id is None:
            self.timeline_model.set_rows([])
            return
        selected = self._selected_item()
        items = follow_ups.timeline(customer_id, limit=TIMELINE_LIMIT)
        self.timeline_model.set_rows([self._timeline_row(item) for item in items])
        self.timeline_stack.setCurrentWidget(self.timeline_view if items else self.timeline_empty)
        if selected is not None:
            for row, item in enumerate(items):
                if (item.kind, item.record_id) == (selected.kind, selected.record_id):
                    self.timeline_view.selectRow(row)
                    break
        self._update_buttons()

    def _timeline_row(self, item: follow_ups.TimelineItem) -> TimelineRow:
        f = item.fields
        when = format_moment(item.at)
        if item.kind == follow_ups.KIND_FOLLOW_UP:
            cells = (
                when,
                self.tr("Follow-up"),
                f.get("channel") or "",
                f.get("contact_name") or "",
                first_line(f.get("content") or ""),
                first_line(f.get("outcome") or ""),
                stage_label(self._settings, f.get("stage_after")),
                format_date(f.get("next_follow_up")),
                f.get("staff_name") or "",
            )
            tooltip = "\n\n".join(t for t in (f.get("content"), f.get("outcome")) if t)
        elif item.kind == follow_ups.KIND_SERVICE:
            kind = labels.service_kinds().get(f.get("kind") or "", f.get("kind") or "")
            status = labels.service_statuses().get(f.get("status") or "", f.get("status") or "")
            subject = f.get("subject") or ""
            description = f.get("description") or ""
            # Imports often copy the subject into the description: say it once.
            text = (
                f"{subject} \u2014 {description}"
                if subject and description and description != subject
                else (subject or description)
            )
            cells = (
                when,
                self.tr("Service"),
                kind,
                "",
                first_line(text),
                first_line(f.get("resolution") or "") or status,
                status,
                "",
                f.get("owner_name") or "",
            )
            tooltip = "\n\n".join(t for t in (subject, description, f.get("resolution")) if t)
        else:
            old = stage_label(self._settings, f.get("from_stage"))
            new = stage_label(self._settings, f.get("to_stage"))
            title = f.get("deal_title") or ""
            if old:
                content = self.tr("\u201c{title}\u201d: {old} \u2192 {new}").format(
                    title=title, old=old, new=new
                )
                stage = f"{old} \u2192 {new}"
            else:
                content = self.tr("\u201c{title}\u201d opened at {new}").format(
                    title=title, new=new
                )
                stage = new
            cells = (when, self.tr("Deal stage"), "", "", content, "", stage, "", "")
            tooltip = content
        return TimelineRow(item, cells, tooltip)

    def _selected_item(self) -> follow_ups.TimelineItem | None:
        index = self.timeline_view.currentIndex()
        row = self.timeline_model.row_at(index.row()) if index.isValid() else None
        return row.item if row else None

    def _update_buttons(self) -> None:
        item = self._selected_item()
        is_follow_up = item is not None and item.kind == follow_ups.KIND_FOLLOW_UP
        self.edit_button.setEnabled(is_follow_up)
        self.delete_button.setEnabled(is_follow_up)

    def _open_current_customer(self) -> None:
        if self._customer_id is not None:
            bus.open_customer(self._customer_id)

    # -- writing -----------------------------------------------------------------------

    def submit_entry(self) -> None:
        """Log the new follow-up, or save the one being edited."""
        customer_id = self._customer_id
        if customer_id is None:
            return
        data = self.form.values()
        if not data["content"] and not data["outcome"]:
            self.form.show_problem(self.tr("Write what was discussed, or the outcome."))
            self.form.content_edit.setFocus()
            return
        editing = self.form.editing_id
        try:
            if editing is None:
                _, changes = follow_ups.log_follow_up(customer_id, data)
            else:
                changes = follow_ups.update_follow_up(editing, data)
        except Exception as exc:  # shown as a plain message, or the crash dialog for a bug
            message = errors.user_message(exc)
            if message is None:
                errors.show_error(self, exc)
            else:
                self.form.show_problem(message)
            return
        self._drafts.pop(customer_id, None)
        self.form.clear_entry()
        self.form.show_done(
            self.tr("Saved.")
            if editing is not None
            else self.tr("Logged at {time}.").format(time=dt.datetime.now().strftime("%H:%M"))
        )
        self.form.content_edit.setFocus()
        bus.changed(changes)

    def edit_selected(self) -> None:
        item = self._selected_item()
        if item is None or item.kind != follow_ups.KIND_FOLLOW_UP:
            return
        self.form.load_follow_up(item.fields)
        self.form.content_edit.setFocus()

    def cancel_edit(self) -> None:
        self.form.clear_entry()

    def delete_selected(self) -> None:
        """Delete the selected follow-up at once; the undo bar offers to bring it back."""
        item = self._selected_item()
        if item is None or item.kind != follow_ups.KIND_FOLLOW_UP:
            return
        try:
            changes = follow_ups.delete_follow_up(item.record_id)
        except Exception as exc:
            errors.show_error(self, exc)
            return
        if self.form.editing_id == item.record_id:
            self.form.clear_entry()
        when = format_moment(item.at)
        self._show_undo(
            changes.operation_id,
            self.tr("The follow-up of {when} was deleted.").format(when=when),
        )
        bus.changed(changes)

    def _show_undo(self, operation_id: int | None, text: str) -> None:
        if operation_id is None:
            return
        self._undo_operation = operation_id
        self.undo_label.setText(text)
        self.undo_bar.show()
        self._undo_timer.start(UNDO_VISIBLE_MS)

    def _hide_undo(self) -> None:
        self._undo_operation = None
        self.undo_bar.hide()
        self._undo_timer.stop()

    def _undo_shortcut(self) -> None:
        # Ctrl+Z in the content field undoes typing; only outside it does it undo a delete.
        if self.form.isAncestorOf(self.focusWidget()):
            return
        self.undo_delete()

    def undo_delete(self) -> None:
        """Bring back the follow-up deleted last."""
        operation_id = self._undo_operation
        if operation_id is None:
            return
        self._hide_undo()
        try:
            changes = customers.undo_operation(operation_id)
        except customers.UndoRefused as refused:
            answer = QMessageBox.question(
                self,
                self.tr("Undo delete"),
                self.tr(
                    "The customer was changed after the delete. Undoing it now also "
                    "puts back what was changed since.\n\n{detail}\n\nUndo anyway?"
                ).format(detail=str(refused)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            try:
                changes = customers.undo_operation(operation_id, force=True)
            except Exception as exc:
                errors.show_error(self, exc)
                return
        except Exception as exc:
            errors.show_error(self, exc)
            return
        bus.changed(changes)

    # -- menus and activation ------------------------------------------------------------

    def _timeline_activated(self, index: QModelIndex) -> None:
        row = self.timeline_model.row_at(index.row())
        if row is None:
            return
        if row.item.kind == follow_ups.KIND_FOLLOW_UP:
            self.edit_selected()
        else:
            # Service records and deals are edited with the rest of the customer's record.
            self._open_current_customer()

    def _timeline_menu(self, pos: QPoint) -> None:
        index = self.timeline_view.indexAt(pos)
        if not index.isValid():
            return
        self.timeline_view.setCurrentIndex(index)
        item = self._selected_item()
        menu = QMenu(self)
        if item is not None and item.kind == follow_ups.KIND_FOLLOW_UP:
            menu.addAction(self.tr("Edit"), self.edit_selected)
            delete = QAction(self.tr("Delete"), menu)
            delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            delete.triggered.connect(self.delete_selected)
            menu.addAction(delete)
            menu.addSeparator()
        menu.addAction(self.tr("Open customer detail"), self._open_current_customer)
        menu.exec(self.timeline_view.viewport().mapToGlobal(pos))

    def _entry(self, key: str, row: int) -> follow_ups.ReminderEntry | None:
        return self.lists[key].model.entry_at(row)

    def _open_entry(self, key: str, row: int) -> None:
        entry = self._entry(key, row)
        if entry is not None:
            bus.open_customer(entry.customer_id)

    def _log_for_entry(self, key: str, row: int) -> None:
        entry = self._entry(key, row)
        if entry is not None:
            self.set_customer(entry.customer_id)
            self.start_quick_entry()

    def _reminder_menu(self, key: str, pos: QPoint) -> None:
        view = self.lists[key].view
        index = view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open customer"), lambda: self._open_entry(key, index.row()))
        menu.addAction(
            self.tr("Log a follow-up here"), lambda: self._log_for_entry(key, index.row())
        )
        menu.exec(view.viewport().mapToGlobal(pos))

    # -- reminder lists ----------------------------------------------------------------

    def owner_filter(self) -> int | None:
        value = self.owner_combo.currentData()
        return None if value is None else int(value)

    def forgotten_days(self) -> int:
        return int(self.forgotten_combo.currentData())

    def _owner_changed(self) -> None:
        self._schedule_reminders(0)

    def _forgotten_changed(self) -> None:
        self._schedule_reminders(0)

    def _schedule_reminders(self, delay: int = REFRESH_DELAY_MS) -> None:
        self._refresh_timer.start(delay)

    def refresh_reminders(self) -> None:
        """Read the reminder lists again on the worker; the newest request wins."""
        self._refresh_timer.stop()
        self._reminder_generation += 1
        generation = self._reminder_generation
        today = dt.date.today()
        owner, days, limit = self.owner_filter(), self.forgotten_days(), self.list_limit
        tasks.run_task(
            self,
            lambda token: load_reminders(today, owner, days, limit),
            on_success=lambda data: self._reminders_loaded(generation, data),
            on_failure=lambda exc: self._reminders_failed(generation, exc),
            # Only reads: the list's queries and the user's writes need not wait for it.
            background=True,
        )

    def _reminders_loaded(self, generation: int, data: ReminderData) -> None:
        if generation != self._reminder_generation:
            return  # a newer request is on its way: showing this one would flicker
        self._reminder_data = data
        self.error_label.hide()
        locale = QLocale()
        empty = {
            LIST_DUE_TODAY: self.tr("No follow-up is due today."),
            LIST_OVERDUE: self.tr("No follow-up is overdue."),
            LIST_UPCOMING: self.tr("No follow-up is planned for the next 7 days."),
            LIST_FORGOTTEN: self.tr("No forgotten customer."),
            LIST_RENEWALS: self.tr(
                "No service expires within %n day(s).", "", self._settings.renewal_reminder_days
            ),
        }
        for key, widget in self.lists.items():
            entries, total = data.page(key)
            note = ""
            if total > len(entries):
                note = self.tr("Showing the first {shown} of {total}.").format(
                    shown=locale.toString(len(entries)), total=locale.toString(total)
                )
            widget.show_entries(entries, total, note, empty[key])
        self._set_list_titles()
        self.sig_reminders_changed.emit(data.reminders.badge)

    def _reminders_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._reminder_generation:
            return
        message = errors.user_message(exc)
        if message is None:
            errors.show_error(self, exc)
            return
        # A busy or unreachable database: say so here rather than interrupting with a dialog
        # (the lists refresh by themselves after every change).
        self.error_label.setText(
            self.tr("The reminders could not be read: {message}").format(message=message)
        )
        self.error_label.show()

    def _set_list_titles(self) -> None:
        data = self._reminder_data
        titles = {
            LIST_DUE_TODAY: self.tr("Due today"),
            LIST_OVERDUE: self.tr("Overdue"),
            LIST_UPCOMING: self.tr("Upcoming 7 days"),
            LIST_FORGOTTEN: self.tr("Forgotten"),
            LIST_RENEWALS: self.tr("Renewals due"),
        }
        locale = QLocale()
        for index, key in enumerate(LISTS):
            title = titles[key]
            if data is not None:
                title = f"{title} ({locale.toString(data.page(key)[1])})"
            self.list_tabs.setTabText(index, title)
        self.list_tabs.setTabToolTip(
            LISTS.index(LIST_RENEWALS),
            self.tr(
                "Customers whose service expires within %n day(s)",
                "",
                self._settings.renewal_reminder_days,
            ),
        )

    def list_count(self, key: str) -> int:
        """The total in a reminder list as last read (-1 before the first read)."""
        return self._reminder_data.page(key)[1] if self._reminder_data else -1

    # -- reacting to changes -----------------------------------------------------------

    def _reload_choices(self) -> None:
        """Channels, stages and staff from the settings and the staff list."""
        self._settings = settings_service.business_settings()
        self._staff = staff.list_staff()
        loaded = self._loaded_customer
        contact_rows = contacts.contacts_of(loaded) if loaded is not None else []
        self.form.set_choices(self._settings, self._staff, contact_rows)
        owner = self.owner_combo.currentData()
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Everyone"), None)
        for member in self._staff:
            text = (
                member.name if member.active else self.tr("{name} (left)").format(name=member.name)
            )
            self.owner_combo.addItem(text, member.id)
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(owner), 0))
        self.owner_combo.blockSignals(False)
        for key, widget in self.lists.items():
            widget.model.set_columns(self._columns_for(key))

    def _changed(self, changes: Changes) -> None:
        if changes.settings or changes.staff:
            self._reload_choices()
        customer_id = self._customer_id
        if customer_id is not None and (
            changes.all_customers or changes.settings or customer_id in changes.customer_ids
        ):
            self._customer_dirty = True
            if self.isVisible():
                self._load_customer()
        self._schedule_reminders()


def _int_setting(settings: QSettings, key: str, default: int) -> int:
    """An int from QSettings, whatever the ini file made of it."""
    value = settings.value(key, default)
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        return default


# ---------------------------------------------------------------------------------------
# Preview
# ---------------------------------------------------------------------------------------
