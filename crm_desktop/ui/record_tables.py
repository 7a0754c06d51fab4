"""The rows that hang off a customer, shown as sub-tables with add / edit / delete dialogs.

One machinery serves every kind of record (contacts, deals, orders, service records, needs,
credit checks, tier history) and the customer form itself:

- `RecordField` describes one value: the input key the service reads, its label, its kind
  (text, phone, date, money, a choice...), where a stored row keeps it, and whether the table
  and the form show it.
- `FieldEditor` is the widget for one field, with the message that says what is wrong with it
  right under it. `FieldSet` holds the editors of a form: loading a stored row, reading what
  the user typed, what changed, and showing the problems a service reported.
- `RecordKind` names the service functions of one kind of record (list, add, update, delete)
  and its fields; `record_kinds()` builds them all, translated.
- `RecordTableModel`, `RecordDialog` and `RecordTable` turn a `RecordKind` into a table with
  Add / Edit / Delete, an edit dialog with inline validation, and Undo after a delete.

Widgets never build SQL: every read and write is a call into `crm_desktop.services`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from crm_desktop.services import (
    contacts,
    credit,
    customer_list,
    customers,
    deals,
    history,
    needs,
    orders,
    service_records,
    staff,
    validation,
)
from crm_desktop.services import settings as settings_service
from crm_desktop.services.changes import Changes
from crm_desktop.services.records import RecordNotFound
from crm_desktop.services.validation import Problem, ValidationError
from crm_desktop.ui import bus, errors, labels, tasks

Row = dict[str, Any]
Choices = Callable[[int | None], Sequence[tuple[Any, str]]]
"""The choices of a field for one customer (or a new one): (stored value, label) pairs."""

ERROR_STYLE = "color: #c0392b;"
UNDO_SECONDS = 15
COMPLETION_LIMIT = 20
MAX_COLUMN_WIDTH = 260


class FieldKind(enum.Enum):
    TEXT = enum.auto()
    MULTILINE = enum.auto()
    PHONE = enum.auto()
    EMAIL = enum.auto()
    DATE = enum.auto()
    MOMENT = enum.auto()
    MONEY = enum.auto()
    NUMBER = enum.auto()
    CHOICE = enum.auto()  # a fixed list: the value is the stored code
    SUGGEST = enum.auto()  # free text with suggestions (industry, source)
    FLAG = enum.auto()
    CUSTOMER = enum.auto()  # another customer, picked by name


# Kinds whose widget is a line edit holding text the service parses.
LINE_KINDS = {
    FieldKind.TEXT,
    FieldKind.PHONE,
    FieldKind.EMAIL,
    FieldKind.DATE,
    FieldKind.MOMENT,
    FieldKind.MONEY,
    FieldKind.NUMBER,
}
RIGHT_ALIGNED = {FieldKind.MONEY, FieldKind.NUMBER}


@dataclass(frozen=True)
class RecordField:
    """One value of a record: how it is edited, validated, stored and shown.

    `key` is the input key the service reads; `column` is where a stored row holds the value
    (default: `key`); `shown` is what the table shows (default: `column`), e.g. `owner_name`
    for `owner_id`. For phones `column` is the raw text as typed and `shown` the normalised
    numbers. `bounds` limits a NUMBER. `initial` gives a new record's starting value.
    """

    key: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    column: str = ""
    shown: str = ""
    choices: Choices | None = None
    required: bool = False
    in_table: bool = True
    in_form: bool = True
    bounds: tuple[int, int] | None = None
    initial: Callable[[], Any] | None = None
    placeholder: str = ""
    lines: int = 3  # height of a MULTILINE editor

    @property
    def stored(self) -> str:
        return self.column or self.key

    @property
    def display(self) -> str:
        return self.shown or self.stored


# ---------------------------------------------------------------------------------------
# Formatting stored values
# ---------------------------------------------------------------------------------------


def format_money(cents: int | None) -> str:
    """60000.00 yuan as "60,000.00" (the services read that form back exactly)."""
    if cents is None or cents == "":
        return ""
    return f"{Decimal(int(cents)).scaleb(-2):,.2f}"


def as_date(value: Any) -> dt.date | None:
    """A stored date or moment (Python object or ISO text) as a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def format_date(value: Any) -> str:
    day = as_date(value)
    return day.isoformat() if day else ""


def format_moment(value: Any) -> str:
    """A stored moment as "2024-03-05 10:30" (a date alone shows as the date)."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text[:16] if len(text) > 10 else text


def display_text(field: RecordField, value: Any, choice_labels: dict[Any, str]) -> str:
    """How a table cell shows a stored value."""
    kind = field.kind
    if value is None:
        return choice_labels.get(None, "") if kind is FieldKind.CHOICE else ""
    if kind is FieldKind.MONEY:
        return format_money(value)
    if kind is FieldKind.DATE:
        return format_date(value)
    if kind is FieldKind.MOMENT:
        return format_moment(value)
    if kind is FieldKind.FLAG:
        return "\u2605" if value else ""
    if kind is FieldKind.CHOICE and not field.shown:
        return choice_labels.get(value, str(value))
    if kind is FieldKind.MULTILINE:
        # One line in a cell; the tooltip holds the whole text.
        return " ".join(str(value).split())
    return str(value)


def sort_key(field: RecordField, value: Any) -> Any:
    """A key that sorts one column's values sensibly (blanks first, numbers as numbers)."""
    if field.kind in (FieldKind.MONEY, FieldKind.NUMBER):
        return float(value) if value not in (None, "") else float("-inf")
    if field.kind is FieldKind.FLAG:
        return int(bool(value))
    if field.kind in (FieldKind.DATE, FieldKind.MOMENT):
        return format_moment(value)
    return "" if value is None else str(value)


# ---------------------------------------------------------------------------------------
# Validation of one field, as the services do it
# ---------------------------------------------------------------------------------------


def kind_problems(field: RecordField, value: Any) -> list[Problem]:
    """What is wrong with one value, read by the same functions the record services use."""
    problems: list[Problem] = []
    kind = field.kind
    if kind is FieldKind.PHONE:
        validation.phones(value, field.key, problems)
    elif kind is FieldKind.EMAIL:
        validation.email(value, field.key, problems)
    elif kind is FieldKind.DATE:
        validation.date(value, field.key, problems)
    elif kind is FieldKind.MOMENT:
        validation.moment(value, field.key, problems)
    elif kind is FieldKind.MONEY:
        validation.cents(value, field.key, problems)
    elif kind is FieldKind.NUMBER:
        number = validation.whole_number(value, field.key, problems)
        if number is not None and field.bounds is not None:
            low, high = field.bounds
            if not low <= number <= high:
                problems.append(
                    Problem(field.key, validation.INVALID_CHOICE, str(number), f"{low}-{high}")
                )
    elif kind is FieldKind.CUSTOMER and isinstance(value, str) and value.strip():
        # The picker holds text that names no customer.
        problems.append(Problem(field.key, validation.UNKNOWN_CUSTOMER, value.strip()))
    if field.required and not problems and (value is None or str(value).strip() == ""):
        problems.append(Problem(field.key, validation.REQUIRED))
    return problems


def normalised_text(field: RecordField, value: Any) -> str | None:
    """The standard way to write a valid typed value (2024年3月5日 -> 2024-03-05), or None."""
    problems: list[Problem] = []
    if field.kind is FieldKind.DATE:
        parsed = validation.date(value, field.key, problems)
        return None if problems else format_date(parsed)
    if field.kind is FieldKind.MOMENT:
        parsed = validation.moment(value, field.key, problems)
        return None if problems else format_moment(parsed)
    if field.kind is FieldKind.MONEY:
        cents = validation.cents(value, field.key, problems)
        return None if problems else format_money(cents)
    return None


def problem_text(problem: Problem, label: str) -> str:
    """The translated message for a problem, naming the field as the form labels it."""
    return errors.problem_message(dataclasses.replace(problem, field=label))


# ---------------------------------------------------------------------------------------
# Editors
# ---------------------------------------------------------------------------------------


def calendar_icon() -> QIcon:
    """A small calendar drawn in code (no icon file, crisp at any theme)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#5f6b7a"), 1))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#5f6b7a"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#5f6b7a"))
    painter.end()
    return QIcon(pixmap)


class DateLineEdit(QLineEdit):
    """A date typed freely (2024-3-5, 2024年3月5日...) or picked from a calendar; may be empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        action = self.addAction(calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(self.tr("Pick a date"))
        action.triggered.connect(self.pick)
        self._menu = QMenu(self)
        self.calendar = QCalendarWidget(self._menu)
        self.calendar.setGridVisible(True)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self.calendar.clicked.connect(self._picked)

    def pick(self) -> None:
        problems: list[Problem] = []
        current = validation.date(self.text(), "date", problems)
        day = current if isinstance(current, dt.date) and not problems else dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def _picked(self, day: QDate) -> None:
        self._menu.hide()
        self.setText(day.toString("yyyy-MM-dd"))
        self.editingFinished.emit()


class CustomerPicker(QLineEdit):
    """Another customer, found by typing part of the name (or its pinyin), picked from a list.

    `value()` is the picked customer's id, None when empty, or the typed text when it names
    no customer (the form reports that as a problem rather than saving it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exclude_id: int | None = None
        self._customer_id: int | None = None
        self._label = ""
        self._found: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        # The service already matched (pinyin, contacts...): show its answers unfiltered.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._picked)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.setPlaceholderText(self.tr("Type a name to search"))

    def search(self) -> None:
        """Ask the customer list for the first matches of the typed text (off the GUI thread:
        a short text over a large base is a LIKE scan)."""
        text = self.text().strip()
        if not text:
            self._model.setStringList([])
            return
        exclude = self.exclude_id

        def find(_token: tasks.CancelToken) -> list[Row]:
            ids = customer_list.query_ids(customer_list.CustomerFilter(text=text))
            wanted = [i for i in ids[: COMPLETION_LIMIT + 1] if i != exclude]
            return customer_list.fetch_rows(wanted[:COMPLETION_LIMIT])

        tasks.run_task(self, find, on_success=lambda rows: self._show_found(text, rows))

    def _show_found(self, text: str, rows: list[Row]) -> None:
        if text != self.text().strip():
            return  # typed on since: a newer search is on its way
        self._found = {}
        for row in rows:
            label = self._label_for(row)
            self._found.setdefault(label, int(row["id"]))
        self._model.setStringList(list(self._found))
        completer = self.completer()
        if self.hasFocus() and self._found:
            completer.complete()

    @staticmethod
    def _label_for(row: Row) -> str:
        # Two customers may share a name: the code or the city tells them apart.
        extra = row.get("code") or row.get("city") or f"#{row['id']}"
        return f"{row['name']} ({extra})"

    def _picked(self, label: str) -> None:
        customer_id = self._found.get(label)
        if customer_id is not None:
            self._customer_id = customer_id
            self._label = label
            self.setText(label)

    def set_customer(self, customer_id: int | None, name: str) -> None:
        self._customer_id = customer_id
        self._label = name if customer_id else ""
        self.setText(self._label)

    def value(self) -> int | str | None:
        text = self.text().strip()
        if not text:
            return None
        if self._customer_id is not None and text == self._label:
            return self._customer_id
        if text in self._found:
            return self._found[text]
        return text


class FieldEditor(QObject):
    """The widget for one field and the line under it that says what is wrong."""

    sig_edited = Signal()
    """The value changed (typed, picked or loaded)."""

    sig_finished = Signal()
    """The user left the field: time to check it."""

    def __init__(
        self,
        field: RecordField,
        choices: Sequence[tuple[Any, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.widget = self._make_widget(field, choices, parent)
        self.widget.setObjectName(f"field_{field.key}")
        self.error_label = QLabel(parent)
        self.error_label.setObjectName(f"problem_{field.key}")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        # As tall as its text, never more: spare height is not handed to message rows.
        self.error_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.error_label.hide()
        self._container: QWidget | None = None

    def container(self) -> QWidget:
        """The widget with its message under it, for rows that hold several editors."""
        if self._container is None:
            self._container = QWidget(self.widget.parentWidget())
            # Never taller than its content: spare height stays below the form's last row.
            self._container.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            box = QVBoxLayout(self._container)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(self.widget)
            box.addWidget(self.error_label)
        return self._container

    # -- building ------------------------------------------------------------------------

    def _make_widget(
        self, field: RecordField, choices: Sequence[tuple[Any, str]], parent: QWidget | None
    ) -> QWidget:
        kind = field.kind
        widget: QWidget
        if kind is FieldKind.CUSTOMER:
            picker = CustomerPicker(parent)
            picker.textChanged.connect(self.sig_edited)
            picker.editingFinished.connect(self.sig_finished)
            widget = picker
        elif kind in LINE_KINDS:
            line = DateLineEdit(parent) if kind is FieldKind.DATE else QLineEdit(parent)
            if field.placeholder:
                line.setPlaceholderText(field.placeholder)
            if kind in RIGHT_ALIGNED:
                line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            line.textChanged.connect(self.sig_edited)
            line.editingFinished.connect(self.sig_finished)
            widget = line
        elif kind is FieldKind.MULTILINE:
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * field.lines + 12)
            if field.placeholder:
                text.setPlaceholderText(field.placeholder)
            text.textChanged.connect(self.sig_edited)
            text.installEventFilter(self)
            widget = text
        elif kind in (FieldKind.CHOICE, FieldKind.SUGGEST):
            combo = QComboBox(parent)
            combo.setEditable(kind is FieldKind.SUGGEST)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            self._fill(combo, choices)
            combo.currentIndexChanged.connect(self.sig_edited)
            combo.activated.connect(self.sig_finished)
            if kind is FieldKind.SUGGEST:
                combo.editTextChanged.connect(self.sig_edited)
                line_edit = combo.lineEdit()
                if line_edit is not None:
                    line_edit.editingFinished.connect(self.sig_finished)
            widget = combo
        elif kind is FieldKind.FLAG:
            check = QCheckBox(field.label, parent)
            check.toggled.connect(self.sig_edited)
            check.toggled.connect(self.sig_finished)
            widget = check
        else:  # pragma: no cover - every kind is handled above
            raise ValueError(kind)
        return widget

    @staticmethod
    def _fill(combo: QComboBox, choices: Sequence[tuple[Any, str]]) -> None:
        for value, label in choices:
            combo.addItem(label, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.sig_finished.emit()
        return False

    def set_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        """New choices (the settings or the staff list changed), keeping the current value."""
        if not isinstance(self.widget, QComboBox):
            return
        current = self.value()
        self.widget.blockSignals(True)
        self.widget.clear()
        self._fill(self.widget, choices)
        self.widget.blockSignals(False)
        self.set_value(current)

    # -- value ---------------------------------------------------------------------------

    def value(self) -> Any:
        """What the user entered, as the service reads it (text for parsed kinds)."""
        widget = self.widget
        if isinstance(widget, CustomerPicker):
            return widget.value()
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QComboBox):
            if self.field.kind is FieldKind.SUGGEST:
                return widget.currentText().strip()
            return widget.currentData() if widget.currentIndex() >= 0 else None
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return None

    def set_value(self, value: Any, row: Row | None = None) -> None:
        """Show a stored value (`row` gives the picked customer's name for a picker)."""
        widget = self.widget
        kind = self.field.kind
        if isinstance(widget, CustomerPicker):
            name = str((row or {}).get(self.field.display) or "")
            widget.set_customer(value if isinstance(value, int) else None, name)
        elif isinstance(widget, QLineEdit):
            widget.setText(self._line_text(kind, value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        elif isinstance(widget, QComboBox):
            if kind is FieldKind.SUGGEST:
                widget.setCurrentText("" if value is None else str(value))
            else:
                index = widget.findData(value)
                if index < 0 and value not in (None, ""):
                    # A code the choices no longer list (a removed stage): keep it visible.
                    widget.addItem(str(value), value)
                    index = widget.count() - 1
                widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        self.set_problem(None)

    @staticmethod
    def _line_text(kind: FieldKind, value: Any) -> str:
        if value is None:
            return ""
        if kind is FieldKind.MONEY:
            return format_money(value)
        if kind is FieldKind.DATE:
            return format_date(value)
        if kind is FieldKind.MOMENT:
            return format_moment(value)
        return str(value)

    def normalise(self) -> None:
        """Rewrite a valid date or amount in its standard form once the user leaves it."""
        if isinstance(self.widget, QLineEdit) and self.field.kind in (
            FieldKind.DATE,
            FieldKind.MOMENT,
            FieldKind.MONEY,
        ):
            text = normalised_text(self.field, self.widget.text())
            if text is not None and text != self.widget.text():
                self.widget.setText(text)

    def set_problem(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
        self.widget.setToolTip(message or "")

    def problem(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""


def row_label(text: str, beside: QWidget) -> QLabel:
    """A form label for `beside` (its buddy: Alt+letter and screen readers find the field)."""
    label = QLabel(text, beside.parentWidget())
    label.setBuddy(beside)
    if isinstance(beside, QPlainTextEdit):
        # Beside a box of several lines the label reads best at its first line.
        label.setContentsMargins(0, 4, 0, 0)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return label


Validator = Callable[[RecordField, Any], list[Problem]]


class FieldSet(QObject):
    """The editors of one form: load a row, read the input, check fields as they are left."""

    sig_dirty_changed = Signal(bool)

    def __init__(
        self,
        fields: Sequence[RecordField],
        choices_for: Callable[[RecordField], Sequence[tuple[Any, str]]],
        parent: QWidget,
        validator: Validator = kind_problems,
    ) -> None:
        super().__init__(parent)
        self.fields = [f for f in fields if f.in_form]
        self.validator = validator
        self.editors: dict[str, FieldEditor] = {}
        for field in self.fields:
            editor = FieldEditor(field, choices_for(field) if field.choices else (), parent)
            editor.sig_edited.connect(self._edited)
            editor.sig_finished.connect(lambda e=editor: self.check(e))
            self.editors[field.key] = editor
        self._baseline: dict[str, Any] = self.values()
        self._dirty = False
        self._loading = False

    def editor(self, key: str) -> FieldEditor:
        return self.editors[key]

    def add_rows(self, layout: QFormLayout, keys: Sequence[str] | None = None) -> None:
        """One form row per editor (a check box carries its own label)."""
        for key in keys if keys is not None else list(self.editors):
            editor = self.editors[key]
            if editor.field.kind is FieldKind.FLAG:
                layout.addRow("", editor.widget)
            else:
                text = f"{editor.field.label} *" if editor.field.required else editor.field.label
                layout.addRow(row_label(text, editor.widget), editor.widget)
            # The message gets a row of its own: the label stays level with the field, and
            # the row takes no room while the message is hidden.
            layout.addRow("", editor.error_label)

    def load(self, row: Row | None) -> None:
        """Show a stored row (None: a new record with its initial values); not dirty after."""
        self._loading = True
        try:
            for editor in self.editors.values():
                field = editor.field
                if row is None:
                    value = field.initial() if field.initial else None
                else:
                    value = row.get(field.stored)
                    if value in (None, "") and field.kind is FieldKind.PHONE:
                        value = row.get(field.display)  # imported: no raw text kept
                editor.set_value(value, row)
        finally:
            self._loading = False
        self._baseline = self.values()
        self._set_dirty(False)

    def values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def changed_values(self) -> dict[str, Any]:
        """The fields whose input differs from what was loaded."""
        return {k: v for k, v in self.values().items() if v != self._baseline.get(k)}

    def filled_values(self) -> dict[str, Any]:
        """The fields with something in them (a new record leaves the rest to defaults)."""
        return {k: v for k, v in self.values().items() if v not in (None, "", False)}

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    def _edited(self) -> None:
        if not self._loading:
            self._set_dirty(self.is_dirty())

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.sig_dirty_changed.emit(dirty)

    def check(self, editor: FieldEditor) -> bool:
        """Validate one field as the user leaves it; True when it is fine."""
        problems = self.validator(editor.field, editor.value())
        if problems:
            editor.set_problem(problem_text(problems[0], editor.field.label))
            return False
        editor.set_problem(None)
        editor.normalise()
        return True

    def check_all(self) -> list[Problem]:
        """Every field's problems at once (shown next to the fields)."""
        found: list[Problem] = []
        for editor in self.editors.values():
            problems = self.validator(editor.field, editor.value())
            editor.set_problem(problem_text(problems[0], editor.field.label) if problems else None)
            found.extend(problems)
        return found

    def show_problems(self, problems: Sequence[Problem]) -> list[str]:
        """Put a service's problems next to their fields; returns every message."""
        messages = []
        for editor in self.editors.values():
            editor.set_problem(None)
        for problem in problems:
            target = self.editors.get(problem.field)
            label = target.field.label if target else labels.field(problem.field)
            message = problem_text(problem, label)
            messages.append(message)
            if target is not None and not target.problem():
                target.set_problem(message)
        return messages

    def refresh_choices(
        self, choices_for: Callable[[RecordField], Sequence[tuple[Any, str]]]
    ) -> None:
        for editor in self.editors.values():
            if editor.field.choices:
                editor.set_choices(choices_for(editor.field))

    def focus_first_problem(self) -> None:
        for editor in self.editors.values():
            if editor.problem():
                editor.widget.setFocus()
                return


# ---------------------------------------------------------------------------------------
# Choices shared by several kinds
# ---------------------------------------------------------------------------------------


def _none_label() -> str:
    return QCoreApplication.translate("RecordTables", "(none)")


def staff_choices(_customer_id: int | None = None) -> list[tuple[Any, str]]:
    """Staff members for an owner picker; those who left stay (existing records name them)."""
    result: list[tuple[Any, str]] = [(None, _none_label())]
    for member in staff.list_staff():
        label = (
            member.name
            if member.active
            else QCoreApplication.translate("RecordTables", "{name} (left)").format(
                name=member.name
            )
        )
        result.append((member.id, label))
    return result


def _coded(table: dict[str, str], blank: bool = False) -> Choices:
    """Choices from a labels table (codes to translated names)."""

    def choices(_customer_id: int | None = None) -> list[tuple[Any, str]]:
        items: list[tuple[Any, str]] = [(None, _none_label())] if blank else []
        items.extend((code, label) for code, label in table.items() if code)
        return items

    return choices


def deal_stage_choices(_customer_id: int | None = None) -> list[tuple[Any, str]]:
    return [(s.key, labels.deal_stage(s)) for s in settings_service.business_settings().deal_stages]


def satisfaction_choices(_customer_id: int | None = None) -> list[tuple[Any, str]]:
    items: list[tuple[Any, str]] = [(None, _none_label())]
    items.extend(
        (score, f"{score} \u00b7 {label}") for score, label in labels.satisfaction().items()
    )
    return items


def deal_choices(customer_id: int | None) -> list[tuple[Any, str]]:
    """The customer's own deals, for linking an order to the deal it closed."""
    items: list[tuple[Any, str]] = [(None, _none_label())]
    if customer_id is not None:
        items.extend((row["id"], str(row["title"])) for row in deals.deals_of(customer_id))
    return items


# ---------------------------------------------------------------------------------------
# The kinds of records
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordKind:
    """One kind of record shown in a sub-table: its fields and its service functions.

    Without `add`, `update` and `delete` the table is read-only. `details` gives read-only
    text shown under the edit dialog (a deal's stage history).
    """

    key: str
    title: str
    add_title: str
    edit_title: str
    delete_question: str
    fields: tuple[RecordField, ...]
    rows: Callable[[int], list[Row]]
    add: Callable[[int, dict[str, Any]], tuple[int, Changes]] | None = None
    update: Callable[[int, dict[str, Any]], Changes] | None = None
    delete: Callable[[int], Changes] | None = None
    details: Callable[[int], str] | None = None

    @property
    def read_only(self) -> bool:
        return self.add is None and self.update is None and self.delete is None

    def table_fields(self) -> list[RecordField]:
        return [f for f in self.fields if f.in_table]


def _tier_history_rows(customer_id: int) -> list[Row]:
    # Entries carry no id; their position is enough for a read-only table.
    return [
        {"id": index, **dataclasses.asdict(entry)}
        for index, entry in enumerate(history.tier_history(customer_id))
    ]


def _deal_history_text(deal_id: int) -> str:
    stages = dict(deal_stage_choices())
    steps = []
    for step in deals.stage_history(deal_id):
        moved = stages.get(step["to_stage"], step["to_stage"])
        if step["from_stage"]:
            moved = f"{stages.get(step['from_stage'], step['from_stage'])} \u2192 {moved}"
        steps.append(f"{format_moment(step['changed_at'])}  {moved}")
    title = QCoreApplication.translate("RecordTables", "Stage history")
    return title + ":\n" + "\n".join(steps) if steps else ""


def owner_field() -> RecordField:
    """The staff member responsible, picked from the staff list."""
    return RecordField(
        "owner_id",
        QCoreApplication.translate("RecordTables", "Owner"),
        FieldKind.CHOICE,
        shown="owner_name",
        choices=staff_choices,
    )


def _priority_field() -> RecordField:
    return RecordField(
        "priority",
        QCoreApplication.translate("RecordTables", "Priority"),
        FieldKind.CHOICE,
        choices=_coded(labels.priorities()),
        initial=lambda: "normal",
    )


def _note_field() -> RecordField:
    return RecordField(
        "note", QCoreApplication.translate("RecordTables", "Note"), FieldKind.MULTILINE
    )


def _today() -> dt.date:
    return dt.date.today()


def _now_text() -> str:
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M")


def contact_kind() -> RecordKind:
    return RecordKind(
        key="contacts",
        title=QCoreApplication.translate("RecordTables", "Contacts"),
        add_title=QCoreApplication.translate("RecordTables", "New contact"),
        edit_title=QCoreApplication.translate("RecordTables", "Edit contact"),
        delete_question=QCoreApplication.translate(
            "RecordTables", "Delete the contact \u201c{name}\u201d?"
        ),
        fields=(
            RecordField(
                "is_primary",
                QCoreApplication.translate("RecordTables", "Primary contact"),
                FieldKind.FLAG,
            ),
            RecordField("name", QCoreApplication.translate("RecordTables", "Name"), required=True),
            RecordField("title", QCoreApplication.translate("RecordTables", "Job title")),
            RecordField(
                "mobile",
                QCoreApplication.translate("RecordTables", "Mobile"),
                FieldKind.PHONE,
                column="mobile_raw",
                shown="mobile",
                placeholder="13800138000",
            ),
            RecordField(
                "phone",
                QCoreApplication.translate("RecordTables", "Phone"),
                FieldKind.PHONE,
                column="phone_raw",
                shown="phone",
                placeholder="010-12345678",
            ),
            RecordField(
                "email",
                QCoreApplication.translate("RecordTables", "E-mail"),
                FieldKind.EMAIL,
                placeholder="name@example.com",
            ),
            RecordField("wechat", QCoreApplication.translate("RecordTables", "WeChat")),
            RecordField(
                "notes", QCoreApplication.translate("RecordTables", "Notes"), FieldKind.MULTILINE
            ),
        ),
        rows=contacts.contacts_of,
        add=contacts.add_contact,
        update=contacts.update_contact,
        delete=contacts.delete_contact,
    )


def deal_kind() -> RecordKind:
    return RecordKind(
        key="deals",
        title=QCoreApplication.translate("RecordTables", "Deals"),
        add_title=QCoreApplication.translate("RecordTables", "New deal"),
        edit_title=QCoreApplication.translate("RecordTables", "Edit deal"),
        delete_question=QCoreApplication.translate(
            "RecordTables", "Delete the deal \u201c{name}\u201d and its stage history?"
        ),
        fields=(
            RecordField(
                "title", QCoreApplication.translate("RecordTables", "Deal name"), required=True
            ),
            RecordField(
                "amount",
                QCoreApplication.translate("RecordTables", "Amount"),
                FieldKind.MONEY,
                column="amount_cents",
            ),
            RecordField(
                "stage",
                QCoreApplication.translate("RecordTables", "Stage"),
                FieldKind.CHOICE,
                choices=deal_stage_choices,
            ),
            RecordField(
                "probability",
                QCoreApplication.translate("RecordTables", "Probability %"),
                FieldKind.NUMBER,
                bounds=(0, 100),
                placeholder=QCoreApplication.translate("RecordTables", "from the stage"),
            ),
            RecordField(
                "expected_close",
                QCoreApplication.translate("RecordTables", "Expected close"),
                FieldKind.DATE,
            ),
            owner_field(),
            RecordField(
                "lost_reason",
                QCoreApplication.translate("RecordTables", "Lost reason"),
                FieldKind.MULTILINE,
            ),
            RecordField(
                "created_at",
                QCoreApplication.translate("RecordTables", "Created"),
                FieldKind.MOMENT,
                in_form=False,
            ),
        ),
        rows=deals.deals_of,
        add=deals.add_deal,
        update=deals.update_deal,
        delete=deals.delete_deal,
        details=_deal_history_text,
    )


def order_kind() -> RecordKind:
    return RecordKind(
        key="orders",
        title=QCoreApplication.translate("RecordTables", "Orders"),
        add_title=QCoreApplication.translate("RecordTables", "New order"),
        edit_title=QCoreApplication.translate("RecordTables", "Edit order"),
        delete_question=QCoreApplication.translate("RecordTables", "Delete the order of {name}?"),
        fields=(
            RecordField(
                "order_date",
                QCoreApplication.translate("RecordTables", "Date"),
                FieldKind.DATE,
                required=True,
                initial=_today,
            ),
            RecordField(
                "description",
                QCoreApplication.translate("RecordTables", "Products / description"),
                FieldKind.MULTILINE,
            ),
            RecordField("category", QCoreApplication.translate("RecordTables", "Category")),
            RecordField(
                "amount",
                QCoreApplication.translate("RecordTables", "Amount"),
                FieldKind.MONEY,
                column="amount_cents",
                required=True,
            ),
            RecordField(
                "cost",
                QCoreApplication.translate("RecordTables", "Cost"),
                FieldKind.MONEY,
                column="cost_cents",
            ),
            RecordField(
                "paid",
                QCoreApplication.translate("RecordTables", "Paid"),
                FieldKind.MONEY,
                column="paid_cents",
            ),
            RecordField(
                "profit",
                QCoreApplication.translate("RecordTables", "Profit"),
                FieldKind.MONEY,
                column="profit_cents",
                in_form=False,
            ),
            RecordField(
                "unpaid",
                QCoreApplication.translate("RecordTables", "Unpaid"),
                FieldKind.MONEY,
                column="unpaid_cents",
                in_form=False,
            ),
            RecordField(
                "deal_id",
                QCoreApplication.translate("RecordTables", "Deal"),
                FieldKind.CHOICE,
                choices=deal_choices,
            ),
        ),
        rows=orders.orders_of,
        add=orders.add_order,
        update=orders.update_order,
        delete=orders.delete_order,
    )


def service_kind() -> RecordKind:
    return RecordKind(
        key="services",
        title=QCoreApplication.translate("RecordTables", "Service"),
        add_title=QCoreApplication.translate("RecordTables", "New service record"),
        edit_title=QCoreApplication.translate("RecordTables", "Edit service record"),
        delete_question=QCoreApplication.translate(
            "RecordTables", "Delete this service record of {name}?"
        ),
        fields=(
            RecordField(
                "kind",
                QCoreApplication.translate("RecordTables", "Kind"),
                FieldKind.CHOICE,
                choices=_coded(labels.service_kinds()),
            ),
            RecordField("subject", QCoreApplication.translate("RecordTables", "Subject")),
            RecordField(
                "status",
                QCoreApplication.translate("RecordTables", "Status"),
                FieldKind.CHOICE,
                choices=_coded(labels.service_statuses()),
            ),
            _priority_field(),
            owner_field(),
            RecordField(
                "opened_at",
                QCoreApplication.translate("RecordTables", "Opened"),
                FieldKind.MOMENT,
                required=True,
                initial=_now_text,
            ),
            RecordField(
                "closed_at",
                QCoreApplication.translate("RecordTables", "Closed"),
                FieldKind.MOMENT,
                placeholder=QCoreApplication.translate("RecordTables", "set when resolved"),
            ),
            RecordField(
                "satisfaction",
                QCoreApplication.translate("RecordTables", "Satisfaction"),
                FieldKind.CHOICE,
                choices=satisfaction_choices,
            ),
            RecordField(
                "description",
                QCoreApplication.translate("RecordTables", "Description"),
                FieldKind.MULTILINE,
                in_table=False,
            ),
            RecordField(
                "resolution",
                QCoreApplication.translate("RecordTables", "Resolution"),
                FieldKind.MULTILINE,
            ),
        ),
        rows=service_records.services_of,
        add=service_records.add_service,
        update=service_records.update_service,
        delete=service_records.delete_service,
    )


def need_kind() -> RecordKind:
    return RecordKind(
        key="needs",
        title=QCoreApplication.translate("RecordTables", "Needs"),
        add_title=QCoreApplication.translate("RecordTables", "New need"),
        edit_title=QCoreApplication.translate("RecordTables", "Edit need"),
        delete_question=QCoreApplication.translate("RecordTables", "Delete this need of {name}?"),
        fields=(
            RecordField(
                "description",
                QCoreApplication.translate("RecordTables", "Need"),
                FieldKind.MULTILINE,
                required=True,
            ),
            _priority_field(),
            RecordField(
                "status",
                QCoreApplication.translate("RecordTables", "Status"),
                FieldKind.CHOICE,
                choices=_coded(labels.need_statuses()),
            ),
            _note_field(),
            RecordField(
                "created_at",
                QCoreApplication.translate("RecordTables", "Recorded"),
                FieldKind.MOMENT,
                in_form=False,
            ),
        ),
        rows=needs.needs_of,
        add=needs.add_need,
        update=needs.update_need,
        delete=needs.delete_need,
    )


def credit_check_kind() -> RecordKind:
    return RecordKind(
        key="credit_checks",
        title=QCoreApplication.translate("RecordTables", "Credit checks"),
        add_title=QCoreApplication.translate("RecordTables", "New credit check"),
        edit_title=QCoreApplication.translate("RecordTables", "Edit credit check"),
        delete_question=QCoreApplication.translate(
            "RecordTables", "Delete this credit check of {name}?"
        ),
        fields=(
            RecordField(
                "checked_on",
                QCoreApplication.translate("RecordTables", "Date"),
                FieldKind.DATE,
                required=True,
                initial=_today,
            ),
            RecordField("source", QCoreApplication.translate("RecordTables", "Source")),
            RecordField("result", QCoreApplication.translate("RecordTables", "Result")),
            _note_field(),
        ),
        rows=credit.credit_checks_of,
        add=credit.add_credit_check,
        update=credit.update_credit_check,
        delete=credit.delete_credit_check,
    )


def tier_history_kind() -> RecordKind:
    tiers = _coded(labels.tiers())
    return RecordKind(
        key="tier_history",
        title=QCoreApplication.translate("RecordTables", "Tier history"),
        add_title="",
        edit_title="",
        delete_question="",
        fields=(
            RecordField(
                "changed_at",
                QCoreApplication.translate("RecordTables", "Changed"),
                FieldKind.MOMENT,
            ),
            RecordField(
                "old_tier",
                QCoreApplication.translate("RecordTables", "From"),
                FieldKind.CHOICE,
                choices=tiers,
            ),
            RecordField(
                "new_tier",
                QCoreApplication.translate("RecordTables", "To"),
                FieldKind.CHOICE,
                choices=tiers,
            ),
            RecordField(
                "reason",
                QCoreApplication.translate("RecordTables", "Why"),
                FieldKind.CHOICE,
                choices=_coded(labels.tier_reasons()),
            ),
            RecordField("note", QCoreApplication.translate("RecordTables", "Note")),
        ),
        rows=_tier_history_rows,
    )


def record_kinds() -> list[RecordKind]:
    """Every kind of sub-table, in the order the detail tab shows them (tags sit second)."""
    return [
        contact_kind(),
        deal_kind(),
        order_kind(),
        service_kind(),
        need_kind(),
        credit_check_kind(),
        tier_history_kind(),
    ]


# ---------------------------------------------------------------------------------------
# The table model
# ---------------------------------------------------------------------------------------

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole


class RecordTableModel(QAbstractTableModel):
    """A customer's records of one kind: a short list held whole (tens of rows, not millions)."""

    def __init__(self, fields: Sequence[RecordField], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self._rows: list[Row] = []
        self._choice_labels: dict[str, dict[Any, str]] = {}

    def set_rows(self, rows: list[Row], choice_labels: dict[str, dict[Any, str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._choice_labels = choice_labels
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def field_at(self, column: int) -> RecordField:
        return self._fields[column]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._fields):
            return None
        row = self._rows[index.row()]
        field = self._fields[index.column()]
        value = row.get(field.display)
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(field, value, self._choice_labels.get(field.key, {}))
        if role == Qt.ItemDataRole.ToolTipRole:
            if field.kind is FieldKind.MULTILINE and value:
                return str(value)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if field.kind in RIGHT_ALIGNED:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if field.kind is FieldKind.FLAG:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == ID_ROLE:
            return row.get("id")
        if role == SORT_ROLE:
            return sort_key(field, value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._fields):
            return self._fields[section].label
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None


# ---------------------------------------------------------------------------------------
# The edit dialog
# ---------------------------------------------------------------------------------------


def choices_for(customer_id: int | None) -> Callable[[RecordField], Sequence[tuple[Any, str]]]:
    def choices(field: RecordField) -> Sequence[tuple[Any, str]]:
        return field.choices(customer_id) if field.choices else ()

    return choices


def report_failure(parent: QWidget, error: BaseException, customer_id: int | None) -> bool:
    """A write failed for a reason other than invalid fields: say so plainly.

    Returns True when the record is gone (deleted elsewhere): the customer's records are
    read again, so the table stops showing it.
    """
    if isinstance(error, RecordNotFound):
        if customer_id is not None:
            bus.changed(Changes.customers(customer_id))
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RecordTables", "Record gone"),
            QCoreApplication.translate(
                "RecordTables",
                "This record no longer exists: it was deleted, perhaps in another window. "
                "The list has been refreshed.",
            ),
        )
        return True
    errors.show_error(parent, error)
    return False


class RecordDialog(QDialog):
    """Add or edit one record; it saves on OK and stays open to show what is wrong."""

    def __init__(
        self,
        kind: RecordKind,
        customer_id: int,
        row: Row | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.customer_id = customer_id
        self.record_id: int | None = None if row is None else int(row["id"])
        self.saved_changes: Changes | None = None
        self.setWindowTitle(kind.add_title if row is None else kind.edit_title)
        self.setMinimumWidth(440)
        self.fieldset = FieldSet(kind.fields, choices_for(customer_id), self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels flush against their fields, as in the customer form.
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.fieldset.add_rows(form)
        self.summary = QLabel(self)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if row is not None and kind.details is not None:
            text = kind.details(int(row["id"]))
            if text:
                details = QLabel(text, self)
                details.setObjectName("details")
                details.setStyleSheet("color: palette(mid);")
                details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                layout.addWidget(details)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.fieldset.load(row)

    def editor(self, key: str) -> FieldEditor:
        return self.fieldset.editor(key)

    def save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def accept(self) -> None:
        """Save through the service; on problems show them and keep the dialog open."""
        try:
            if self.record_id is None:
                assert self.kind.add is not None
                data = self.fieldset.filled_values()
                self.record_id, changes = self.kind.add(self.customer_id, data)
            else:
                assert self.kind.update is not None
                data = self.fieldset.changed_values()
                changes = self.kind.update(self.record_id, data) if data else Changes()
        except ValidationError as exc:
            messages = self.fieldset.show_problems(exc.problems)
            self.summary.setText("\n".join(messages))
            self.summary.show()
            self.fieldset.focus_first_problem()
            return
        except Exception as exc:
            if report_failure(self, exc, self.customer_id):
                self.reject()
            return
        self.saved_changes = changes
        super().accept()
        if changes != Changes():
            bus.changed(changes)


# ---------------------------------------------------------------------------------------
# The sub-table widget
# ---------------------------------------------------------------------------------------


class CustomerRecordsView(QWidget):
    """A view of one customer's records that reads them only when it is on screen.

    The detail tab holds eight of these; reading all of them on every change would waste
    time on tabs nobody looks at. `set_customer` and `mark_stale` read at once when visible,
    else on the next show.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self._stale = False

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the records again (subclasses fill their widgets)."""
        self._stale = False


class RecordTable(CustomerRecordsView):
    """One kind of record of the shown customer: a table with Add / Edit / Delete and Undo."""

    def __init__(self, kind: RecordKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.editor_dialog: RecordDialog | None = None
        self._undo_operation: int | None = None
        self._fit_columns = True  # until the user's saved widths are restored

        self.model = RecordTableModel(kind.table_fields(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName(f"table_{kind.key}")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order first

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add..."), self)
        self.edit_button = QPushButton(self.tr("Edit..."), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: palette(mid);")
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
            button.setVisible(not kind.read_only)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_record)
        self.delete_button.clicked.connect(self.delete_record)
        if not kind.read_only:
            self.view.doubleClicked.connect(lambda _index: self.edit_record())
            self.view.activated.connect(lambda _index: self.edit_record())
            delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.view)
            delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete_key.activated.connect(self.delete_record)

        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("undo_bar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(8, 2, 8, 2)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_button = QPushButton(self.tr("Undo"), self.undo_bar)
        self.undo_button.clicked.connect(self.undo_delete)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.undo_bar.hide)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.undo_bar)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------

    def set_customer(self, customer_id: int | None) -> None:
        """Show this customer's records (loaded now if visible, else when first shown)."""
        if customer_id != self.customer_id:
            self.undo_bar.hide()  # an undo offer belongs to the customer it was made for
        super().set_customer(customer_id)

    def reload(self) -> None:
        super().reload()
        selected = self.selected_id()
        if self.customer_id is None:
            self.model.set_rows([], {})
        else:
            rows = self.kind.rows(self.customer_id)
            choice_labels = {
                f.key: dict(f.choices(self.customer_id))
                for f in self.kind.table_fields()
                if f.choices is not None and not f.shown
            }
            self.model.set_rows(rows, choice_labels)
        self.count_label.setText(self.tr("%n record(s)", "", self.model.rowCount()))
        if self._fit_columns and self.model.rowCount():
            self._fit_columns = False
            self.view.resizeColumnsToContents()
            header = self.view.horizontalHeader()
            for column in range(header.count()):
                # Long notes would push the other columns out of sight.
                header.resizeSection(
                    column, min(max(header.sectionSize(column), 70), MAX_COLUMN_WIDTH)
                )
        if selected is not None:
            self.select_id(selected)
        self._update_buttons()

    # -- selection -----------------------------------------------------------------------

    def selected_row(self) -> Row | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return None if row is None else int(row["id"])

    def select_id(self, record_id: int) -> None:
        for source_row in range(self.model.rowCount()):
            if self.model.row_at(source_row).get("id") == record_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                self.view.selectRow(index.row())
                return

    def _update_buttons(self) -> None:
        has_row = self.selected_row() is not None
        self.add_button.setEnabled(self.customer_id is not None and self.kind.add is not None)
        self.edit_button.setEnabled(has_row and self.kind.update is not None)
        self.delete_button.setEnabled(has_row and self.kind.delete is not None)

    # -- actions -------------------------------------------------------------------------

    def _open_dialog(self, row: Row | None) -> RecordDialog | None:
        if self.customer_id is None:
            return None
        dialog = RecordDialog(self.kind, self.customer_id, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.editor_dialog = dialog
        # Window-modal and non-blocking: the rest of the app keeps painting behind it.
        dialog.open()
        return dialog

    def _saved(self, dialog: RecordDialog) -> None:
        if dialog.record_id is not None:
            if self._stale:
                self.reload()
            self.select_id(dialog.record_id)

    def add_record(self) -> RecordDialog | None:
        """Open the dialog for a new record; it saves itself."""
        if self.kind.add is None:
            return None
        return self._open_dialog(None)

    def edit_record(self) -> RecordDialog | None:
        """Open the dialog for the selected record."""
        row = self.selected_row()
        if row is None or self.kind.update is None:
            return None
        return self._open_dialog(row)

    def delete_record(self) -> bool:
        """Delete the selected record after asking; offer Undo when the service allows it."""
        row = self.selected_row()
        if row is None or self.kind.delete is None:
            return False
        name = str(row.get("name") or row.get("title") or customers_name(self.customer_id))
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.kind.delete_question.format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            changes = self.kind.delete(int(row["id"]))
        except Exception as exc:
            report_failure(self, exc, self.customer_id)
            return False
        bus.changed(changes)
        if changes.operation_id is not None:
            self._undo_operation = changes.operation_id
            self.undo_label.setText(self.tr("Deleted."))
            self.undo_bar.show()
            self._undo_timer.start(UNDO_SECONDS * 1000)
        return True

    def undo_delete(self) -> bool:
        """Put the last deleted record back."""
        operation = self._undo_operation
        self.undo_bar.hide()
        self._undo_operation = None
        if operation is None:
            return False
        try:
            changes = customers.undo_operation(operation)
        except customers.UndoRefused:
            QMessageBox.warning(
                self,
                self.tr("Undo"),
                self.tr(
                    "The delete cannot be undone any more: the records it touched "
                    "were changed since."
                ),
            )
            return False
        except Exception as exc:
            report_failure(self, exc, self.customer_id)
            return False
        bus.changed(changes)
        return True

    # -- state ---------------------------------------------------------------------------

    def header_state(self) -> QByteArray:
        return self.view.horizontalHeader().saveState()

    def restore_header_state(self, state: object) -> None:
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._fit_columns = not self.view.horizontalHeader().restoreState(state)


def customers_name(customer_id: int | None) -> str:
    """The customer's name, for questions about its records."""
    if customer_id is None:
        return ""
    row = customers.get_customer(customer_id)
    return str(row["name"]) if row else ""
