"""The import wizard: file, sheet, header row, mapping, preview, options, run and summary.

A front end to `crm_desktop.services.importer` (read its docstring: it is the contract). Every
step that reads the file or the database runs on the database worker through `tasks.run_task`
(the file is opened, planned, previewed, dry-run and imported there); the pages only show the
results. A file the reader refuses (`spreadsheet.SpreadsheetError`) is explained on the file
page in the user's language, never raised as a crash.

After an import, and after undoing it from the summary, the change bus tells every screen to
query again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.domain import headers
from crm_desktop.services import importer, spreadsheet
from crm_desktop.services.changes import Changes
from crm_desktop.services.customers import UndoRefused
from crm_desktop.services.importer import (
    FilePlan,
    ImportOptions,
    ImportSummary,
    MappingError,
    PreviewRow,
    RowOutcome,
    SheetPlan,
)
from crm_desktop.services.validation import Problem
from crm_desktop.ui import bus, labels, tasks
from crm_desktop.ui.errors import problem_message, show_error, user_message

log = logging.getLogger(__name__)

SPREADSHEET_PATTERNS = "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt"
PREVIEW_ROWS = 50
SAMPLE_VALUES = 3  # sample values shown beside each column on the mapping page
PROBLEM_BACKGROUND = "#fde2e1"
WARNING_BACKGROUND = "#fff4ce"  # imported, but with something the user should know
HEADER_BACKGROUND = "#dbe8fb"
ERROR_STYLE = "color: #b3261e;"

# Everything an import (or its undo) can touch: every open screen queries again.
IMPORT_CHANGES = Changes.everything()

(
    PAGE_FILE,
    PAGE_SHEET,
    PAGE_HEADER,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_OPTIONS,
    PAGE_RUN,
    PAGE_SUMMARY,
) = range(8)


def spreadsheet_message(error: spreadsheet.SpreadsheetError) -> str:
    """The translated message for a file the reader refused (what is wrong and what to do),
    followed by the reader's own words when it wrote a specific message for this file."""
    messages = {
        "unreadable": QCoreApplication.translate(
            "ImportWizard",
            "The file could not be opened. Check that it still exists and that you may read "
            "it, then try again.",
        ),
        "password_protected": QCoreApplication.translate(
            "ImportWizard",
            "This workbook is protected with a password. Open it in Excel or WPS, remove the "
            "password, save it, and import the saved file.",
        ),
        "damaged": QCoreApplication.translate(
            "ImportWizard",
            "The file is damaged or incomplete (it may have been cut off while downloading "
            "or copying). Open it in Excel or WPS; if it opens, save it again as .xlsx and "
            "import that, otherwise get a fresh copy.",
        ),
        "unsupported": QCoreApplication.translate(
            "ImportWizard",
            "This file is not a spreadsheet. Import an Excel workbook (.xlsx, .xls, .xlsb), "
            "an OpenDocument spreadsheet (.ods) or a CSV file.",
        ),
        "empty_file": QCoreApplication.translate(
            "ImportWizard",
            "The file is empty: it holds no cells with data. Check that you chose the right "
            "file; if it shows data in Excel or WPS, save it again there and import the copy.",
        ),
        "empty_sheet": QCoreApplication.translate(
            "ImportWizard",
            "The chosen sheet is empty. Choose the sheet that holds the customer list.",
        ),
        "not_a_table": QCoreApplication.translate(
            "ImportWizard",
            "This sheet is not a table: it looks like a form with labels and values side by "
            "side. Import a list with one row per customer and one column per field.",
        ),
        "zip_bomb": QCoreApplication.translate(
            "ImportWizard",
            "The file was refused because it would expand to an unreasonable size when "
            "opened. If you trust it, open it in Excel, copy the data to a new workbook and "
            "import that.",
        ),
        "too_large": QCoreApplication.translate(
            "ImportWizard",
            "The sheet is too large to import at once. Split it into several files, or "
            "delete empty rows and columns far from the data, then import again.",
        ),
        "sheet_not_found": QCoreApplication.translate(
            "ImportWizard", "The workbook has no sheet by that name. Choose one of its sheets."
        ),
    }
    general = messages.get(error.code)
    if general is None:
        return str(error)
    if error.message != type(error).default_message:
        return f"{general}\n\n{error.message}"
    return general


def file_error_message(error: BaseException) -> str | None:
    """What to tell the user about a file that cannot be read, or None for a bug."""
    if isinstance(error, spreadsheet.SpreadsheetError):
        return spreadsheet_message(error)
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate(
            "ImportWizard", "The file {name} does not exist. Choose the file again."
        ).format(name=Path(error.filename or "").name)
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "ImportWizard",
            "You may not read {name}. Close it in Excel or WPS if it is open there, or copy "
            "it to your documents folder, and try again.",
        ).format(name=Path(error.filename or "").name)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "ImportWizard", "The file could not be read: {reason}"
        ).format(reason=error.strerror or str(error))
    return user_message(error)


def skip_reasons() -> dict[str, str]:
    """Why a row under the header is not data (`headers.SKIP_REASONS`), in the UI language."""
    return {
        headers.SKIP_BLANK: QCoreApplication.translate("ImportWizard", "blank row"),
        headers.SKIP_MARKERS: QCoreApplication.translate(
            "ImportWizard", "required/optional markers (必填/选填)"
        ),
        headers.SKIP_EXAMPLE: QCoreApplication.translate("ImportWizard", "example row"),
        headers.SKIP_INSTRUCTIONS: QCoreApplication.translate(
            "ImportWizard", "instructions or notes"
        ),
        headers.SKIP_TOTALS: QCoreApplication.translate("ImportWizard", "totals row"),
        headers.SKIP_REPEATED_HEADER: QCoreApplication.translate(
            "ImportWizard", "the header repeated"
        ),
        headers.SKIP_HEADER_PART: QCoreApplication.translate(
            "ImportWizard", "part of a header of several rows"
        ),
    }


def mapping_message(kind: str) -> str:
    """Why a mapping cannot import anything, and what to do."""
    if kind == "customers":
        return QCoreApplication.translate(
            "ImportWizard",
            "No column is mapped to the customer name. Go back to the mapping and choose "
            "\u201cName\u201d for the column that holds it.",
        )
    return QCoreApplication.translate(
        "ImportWizard",
        "No column finds the customer of each row. Go back to the mapping and choose the "
        "customer's name, code, phone or e-mail for the column that holds it.",
    )


def cell_text(value: object) -> str:
    """A cell as the user would read it: dates as dates, whole floats without '.0'."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):
        return ", ".join(cell_text(item) for item in value)
    return str(value)


def outcome_text(outcome: RowOutcome) -> str:
    """A failed or warned row's reason in the UI language when its problems are known; the
    service's sentence otherwise (a duplicate code, a record whose customer is not found)."""
    if outcome.problems:
        return " ".join(problem_message(problem) for problem in outcome.problems)
    return outcome.reason


class PreviewModel(QAbstractTableModel):
    """The preview rows: one column per mapped column of the file, problems highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._columns: list[int] = []
        self._headers: list[str] = []
        self._fields: list[str] = []
        self._problems: list[dict[int, list[Problem]]] = []
        self._warnings: list[dict[int, list[Problem]]] = []

    def set_preview(self, plan: SheetPlan, mapping: dict[int, str | None],
                    rows: Sequence[PreviewRow]) -> None:
        self.beginResetModel()
        field_names = labels.import_fields()
        self._columns = [index for index in range(len(plan.headers)) if mapping.get(index)]
        self._fields = [str(mapping[index]) for index in self._columns]
        self._headers = [
            f"{plan.headers[index]}\n\u2192 {field_names.get(key, key)}"
            for index, key in zip(self._columns, self._fields, strict=True)
        ]
        self._rows = list(rows)
        self._problems = [self._by_column(mapping, row.problems) for row in self._rows]
        self._warnings = [self._by_column(mapping, row.warnings) for row in self._rows]
        self.endResetModel()

    def _by_column(self, mapping: dict[int, str | None], problems: Sequence[Problem]
                   ) -> dict[int, list[Problem]]:
        by_column: dict[int, list[Problem]] = {}
        for problem in problems:
            columns = importer.columns_of(mapping, problem.field) or self._columns[:1]
            for column in columns:
                by_column.setdefault(column, []).append(problem)
        return by_column

    def rows_with_problems(self) -> int:
        return sum(1 for row in self._rows if row.problems)

    def rows_with_warnings(self) -> int:
        return sum(1 for row in self._rows if row.warnings and not row.problems)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(self._rows[section].row_number) if 0 <= section < len(self._rows) else None

    def _value(self, row: PreviewRow, column: int, key: str) -> str:
        converted: dict[str, Any] = dict(row.values)
        if key == "mobile":
            return cell_text(converted.get("mobiles") or row.raw[column])
        if key == "phone":
            return cell_text(converted.get("phones") or row.raw[column])
        if key == "tags":
            return ", ".join(row.tags)
        if key == "owner":
            return row.owner_name
        if key.startswith("contact_") and row.contact is not None:
            return cell_text(row.contact.get(key.removeprefix("contact_"), row.raw[column]))
        value = converted.get(key)
        return cell_text(value if value not in (None, "") else row.raw[column])

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        problems = self._problems[index.row()].get(column, [])
        warnings = self._warnings[index.row()].get(column, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._value(row, column, self._fields[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole and (problems or warnings):
            return "\n".join(problem_message(problem) for problem in [*problems, *warnings])
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(QColor(PROBLEM_BACKGROUND))
        if role == Qt.ItemDataRole.BackgroundRole and warnings:
            return QBrush(QColor(WARNING_BACKGROUND))
        return None


# ---------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------


def _wrapped_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class FilePage(QWizardPage):
    """Choose the file (dialog, typed path or drop) and what its rows are."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose a spreadsheet"))
        self.setSubTitle(self.tr(
            "Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument (.ods) or CSV. You can also drop "
            "the file on this window."
        ))
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("The file to import"))
        self.path_edit.editingFinished.connect(self._path_typed)
        browse = QPushButton(self.tr("&Browse..."), self)
        browse.clicked.connect(self.browse)
        self.kind_combo = QComboBox(self)
        for key, name in labels.import_kinds().items():
            self.kind_combo.addItem(name, key)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.completeChanged.emit())
        self.status_label = _wrapped_label("", self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        template = QPushButton(self.tr("Save a blank import &template..."), self)
        template.setToolTip(self.tr(
            "An empty workbook with the columns the import recognises and a sheet of "
            "instructions; fill it in and import it."
        ))
        template.clicked.connect(self._save_template)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("File:"), self), 0, 0)
        grid.addWidget(self.path_edit, 0, 1)
        grid.addWidget(browse, 0, 2)
        grid.addWidget(QLabel(self.tr("The rows are:"), self), 1, 0)
        grid.addWidget(self.kind_combo, 1, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        template_row = QHBoxLayout()
        template_row.addWidget(template)
        template_row.addStretch(1)
        layout.addLayout(template_row)

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a spreadsheet"),
            start,
            self.tr("Spreadsheets ({patterns});;All files (*)").format(
                patterns=SPREADSHEET_PATTERNS
            ),
        )
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)
        self.owner.load_file(Path(path))

    def _path_typed(self) -> None:
        text = self.path_edit.text().strip()
        plan = self.owner.file_plan
        if text and (plan is None or Path(text) != plan.path):
            self.owner.load_file(Path(text))

    def show_loading(self) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Reading the file..."))
        self.completeChanged.emit()

    def show_plan(self, plan: FilePlan) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("{name}: %n sheet(s).", "", len(plan.sheets)).format(
            name=plan.path.name
        ))
        self.completeChanged.emit()

    def show_error(self, message: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.file_plan is not None and not self.owner.busy

    def _save_template(self) -> None:
        from crm_desktop.ui.export_dialog import save_import_template

        save_import_template(self)


class SheetPage(QWizardPage):
    """Which sheet: each with its row count, hidden ones marked, the likely one chosen."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(self.tr(
            "The sheet that looks like a customer list is chosen; pick another if it is not "
            "the right one."
        ))
        self.sheet_list = QListWidget(self)
        self.sheet_list.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet_list)

    def initializePage(self) -> None:
        plan = self.owner.file_plan
        self.sheet_list.clear()
        if plan is None:
            return
        for sheet in plan.sheets:
            text = (sheet.name if sheet.rows is None else self.tr(
                "{name}  \u2014  %n row(s)", "", sheet.rows).format(name=sheet.name))
            if sheet.hidden:
                text += "  " + self.tr("(hidden sheet)")
            item = QListWidgetItem(text, self.sheet_list)
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            if sheet.hidden:
                item.setForeground(QBrush(QColor("#777777")))
            if sheet.name == plan.preselected.name:
                self.sheet_list.setCurrentItem(item)

    def sheet_name(self) -> str | None:
        item = self.sheet_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def isComplete(self) -> bool:
        return self.sheet_name() is not None


class HeaderPage(QWizardPage):
    """Which row holds the column names: the detected one is marked over the first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Find the header row"))
        self.setSubTitle(self.tr(
            "The highlighted row holds the column names. Click another row if it is wrong, or "
            "tick \u201cno header row\u201d when the sheet starts with data."
        ))
        self.explanation = _wrapped_label("", self)
        self.raw_table = QTableWidget(self)
        self.raw_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raw_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.raw_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.raw_table.cellClicked.connect(self._row_clicked)
        self.no_header = QCheckBox(self.tr("No header row: name the columns A, B, C..."), self)
        self.no_header.toggled.connect(self._no_header_toggled)
        self.status_label = _wrapped_label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.raw_table, 1)
        layout.addWidget(self.no_header)
        layout.addWidget(self.status_label)
        self._raw_rows: list[int] = []  # 1-based sheet row number of each table row

    def initializePage(self) -> None:
        self.raw_table.clear()
        self.raw_table.setRowCount(0)
        self.explanation.setText(self.tr("Reading the sheet..."))
        self.owner.plan_current_sheet(with_raw=True)

    def show_sheet(self, raw: SheetPlan, plan: SheetPlan) -> None:
        """The first raw rows, with the header row of `plan` marked."""
        self._raw_rows = [number for number, _values in raw.sample]
        self.raw_table.setColumnCount(len(raw.column_letters))
        self.raw_table.setHorizontalHeaderLabels(raw.column_letters)
        self.raw_table.setRowCount(len(raw.sample))
        self.raw_table.setVerticalHeaderLabels([str(n) for n in self._raw_rows])
        for row, (_number, values) in enumerate(raw.sample):
            for column, value in enumerate(values):
                self.raw_table.setItem(row, column, QTableWidgetItem(cell_text(value)))
        self.raw_table.resizeColumnsToContents()
        for column in range(self.raw_table.columnCount()):
            self.raw_table.setColumnWidth(column, min(self.raw_table.columnWidth(column), 220))
        self.no_header.blockSignals(True)
        self.no_header.setChecked(plan.header_row_index is None)
        self.no_header.blockSignals(False)
        self.show_plan(plan)

    def show_plan(self, plan: SheetPlan) -> None:
        header_number = None if plan.header_row_index is None else plan.header_row_index + 1
        for row, number in enumerate(self._raw_rows):
            brush = QBrush(QColor(HEADER_BACKGROUND)) if number == header_number else QBrush()
            for column in range(self.raw_table.columnCount()):
                item = self.raw_table.item(row, column)
                if item is not None:
                    item.setBackground(brush)
                    font = item.font()
                    font.setBold(number == header_number)
                    item.setFont(font)
        if header_number is None:
            self.explanation.setText(self.tr(
                "No header row: the columns are named A, B, C... and mapped by their content."
            ))
        else:
            self.explanation.setText(self.tr(
                "Row {row} holds the column names; the data starts below it."
            ).format(row=header_number))
        reasons = skip_reasons()
        skipped = [
            self.tr("row {row}: {reason}").format(row=s.row_number,
                                                  reason=reasons.get(s.reason, s.reason))
            for s in plan.skipped_rows
        ]
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("Rows left out because they are not data: {rows}").format(
                rows="; ".join(skipped)
            ) if skipped else ""
        )
        self.completeChanged.emit()

    def show_error(self, message: str) -> None:
        self.explanation.setText("")
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)
        self.completeChanged.emit()

    def header_row_number(self) -> int | None:
        """The 1-based row of the table's header as chosen now (None: no header)."""
        plan = self.owner.sheet_plan
        if plan is None or plan.header_row_index is None:
            return None
        return plan.header_row_index + 1

    def _row_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._raw_rows) and not self.owner.busy:
            self.no_header.blockSignals(True)
            self.no_header.setChecked(False)
            self.no_header.blockSignals(False)
            self.owner.plan_current_sheet(header_row=self._raw_rows[row] - 1)

    def _no_header_toggled(self, checked: bool) -> None:
        self.owner.plan_current_sheet(header_row=None if checked else "auto")

    def isComplete(self) -> bool:
        return self.owner.sheet_plan is not None and not self.owner.busy


class MappingPage(QWizardPage):
    """Which field each column goes to; a few sample values beside each column."""

    COLUMN_HEADER, COLUMN_SAMPLE, COLUMN_FIELD = range(3)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr(
            "Each column of the file goes to a field. Columns you do not need can be kept in "
            "the notes or ignored."
        ))
        self.remembered_label = _wrapped_label("", self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Sample values"), self.tr("Import into")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COLUMN_HEADER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMN_SAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COLUMN_FIELD, QHeaderView.ResizeMode.Fixed)
        # Every row as high as a combo box, so the rows line up evenly.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(QComboBox().sizeHint().height() + 6)
        self.combos: list[QComboBox] = []
        self.hint_label = _wrapped_label(self.tr(
            "No column was recognised. Choose a field for at least the column that holds "
            "the customer's name."
        ), self)
        self.hint_label.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.remembered_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)

    def initializePage(self) -> None:
        plan = self.owner.sheet_plan
        if plan is None:
            return
        mapping = self.owner.mapping
        choices = importer.field_choices(plan.kind)
        field_names = labels.import_fields()
        self.table.setRowCount(len(plan.headers))
        self.combos = []
        for column, header in enumerate(plan.headers):
            letter = plan.column_letters[column] if column < len(plan.column_letters) else ""
            name = header if header != letter else ""
            self.table.setItem(column, self.COLUMN_HEADER,
                               QTableWidgetItem(f"{letter}  {name}".rstrip()))
            samples = [cell_text(values[column]) for _n, values in plan.sample
                       if column < len(values) and cell_text(values[column]).strip()]
            sample_item = QTableWidgetItem("  |  ".join(samples[:SAMPLE_VALUES]))
            sample_item.setToolTip("\n".join(samples[:10]))
            self.table.setItem(column, self.COLUMN_SAMPLE, sample_item)
            combo = QComboBox(self.table)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(self.tr("Ignore"), None)
            if "notes" in choices:
                combo.addItem(self.tr("Keep in notes"), "notes")
            combo.insertSeparator(combo.count())
            for key in choices:
                if key != "notes":
                    combo.addItem(field_names.get(key, key), key)
            selected = combo.findData(mapping.get(column)) if mapping.get(column) else 0
            combo.setCurrentIndex(max(selected, 0))
            combo.currentIndexChanged.connect(
                lambda _index, column=column, combo=combo: self._changed(column, combo)
            )
            self.table.setCellWidget(column, self.COLUMN_FIELD, combo)
            self.combos.append(combo)
        if self.combos:
            # As wide as the longest field name, so no choice is cut off.
            widest = max(combo.sizeHint().width() for combo in self.combos)
            self.table.horizontalHeader().resizeSection(self.COLUMN_FIELD, widest + 8)
        self.remembered_label.setText(
            self.tr("This matching was remembered from your last file with the same columns.")
            if plan.mapping_remembered else ""
        )
        self.remembered_label.setVisible(plan.mapping_remembered)
        self._show_hint()
        self.completeChanged.emit()

    def _show_hint(self) -> None:
        self.hint_label.setVisible(not self.isComplete())

    def _changed(self, column: int, combo: QComboBox) -> None:
        key = combo.currentData()
        self.owner.mapping[column] = str(key) if key else None
        self._show_hint()
        self.completeChanged.emit()

    def set_field(self, column: int, key: str | None) -> None:
        """Choose a column's field (what a click in its combo does)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(key) if key else 0)

    def isComplete(self) -> bool:
        return any(self.owner.mapping.values())


class PreviewPage(QWizardPage):
    """The first rows as they will be stored; problem cells marked with the reason."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check the first rows"))
        self.setSubTitle(self.tr(
            "This is how the first rows will be imported. Cells with a problem are red: point "
            "at one to read why. Rows with problems are not imported; they go to the error "
            "workbook, where you can fix and import them again."
        ))
        self.model = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.status_label = _wrapped_label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        self._ready = False

    def initializePage(self) -> None:
        self._ready = False
        self.model.set_preview(self.owner.require_plan(), {}, [])
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Converting the first rows..."))
        self.owner.load_preview()

    def show_rows(self, rows: Sequence[PreviewRow]) -> None:
        self.model.set_preview(self.owner.require_plan(), self.owner.mapping, rows)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 240))
        with_problems = self.model.rows_with_problems()
        text = self.tr("%n row(s) shown.", "", len(rows))
        if with_problems:
            text += " " + self.tr("%n of them have problems.", "", with_problems)
        with_warnings = self.model.rows_with_warnings()
        if with_warnings:
            text += " " + self.tr(
                "%n will be imported with a warning (yellow): what could not be read is kept "
                "as typed.", "", with_warnings)
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        self._ready = True
        self.completeChanged.emit()

    def show_error(self, message: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._ready and not self.owner.busy


class OptionsPage(QWizardPage):
    """What to do with duplicates, and a dry run that says what would happen."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Duplicates"))
        self.setSubTitle(self.tr(
            "A row is the same customer as one already saved when it has the same customer "
            "code, credit code, mobile, e-mail or name. Rows with different customer codes are "
            "always different customers."
        ))
        self.setCommitPage(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        choices = (
            (importer.SKIP, self.tr("&Skip them (recommended)"), self.tr(
                "The customer already saved stays as it is; the row is counted as skipped."
            )),
            (importer.UPDATE, self.tr("&Update the saved customer"), self.tr(
                "The columns you matched overwrite those fields of the saved customer; its "
                "other fields stay. The import can be undone, updates included."
            )),
            (importer.NEW, self.tr("Import as &new customers"), self.tr(
                "Every row becomes a new customer, even when it looks like one already saved."
            )),
        )
        self.buttons: dict[str, QRadioButton] = {}
        for key, title, explanation in choices:
            button = QRadioButton(title, self)
            self.group.addButton(button)
            self.buttons[key] = button
            note = _wrapped_label(explanation, self)
            note.setIndent(24)
            layout.addWidget(button)
            layout.addWidget(note)
            layout.addSpacing(6)
        self.buttons[importer.SKIP].setChecked(True)
        self.dry_run_button = QPushButton(self.tr("&Dry run: check every row"), self)
        self.dry_run_button.setToolTip(self.tr(
            "Reads and checks the whole file and says what the import would do, without "
            "saving anything."
        ))
        self.dry_run_button.clicked.connect(self.owner.start_dry_run)
        self.dry_run_label = _wrapped_label("", self)
        self.dry_run_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dry_row = QHBoxLayout()
        dry_row.addWidget(self.dry_run_button)
        dry_row.addStretch(1)
        layout.addLayout(dry_row)
        layout.addWidget(self.dry_run_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.dry_run_label.setText("")
        self.owner.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

    def on_duplicate(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return importer.SKIP

    def set_on_duplicate(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def show_dry_run(self, summary: ImportSummary) -> None:
        text = self.tr(
            "Checked %n row(s): the import would create {created}, update {updated}, skip "
            "{skipped} and fail {failed}.", "", summary.rows_read
        ).format(created=summary.created, updated=summary.updated, skipped=summary.skipped,
                 failed=summary.failed)
        if summary.warned:
            text += " " + self.tr("%n row(s) would be imported with a warning.", "",
                                  summary.warned)
        reasons = [
            self.tr("Row {row}: {reason}").format(row=o.row_number, reason=outcome_text(o))
            for o in summary.failures[:5]
        ]
        self.dry_run_label.setText("\n".join([text, *reasons]))


class RunPage(QWizardPage):
    """The import running: a progress bar and a Cancel button."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr(
            "You can cancel: the rows already saved stay, and the whole import can still be "
            "undone."
        ))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.status_label = _wrapped_label("", self)
        self.cancel_button = QPushButton(self.tr("Cancel the import"), self)
        self.cancel_button.clicked.connect(self.owner.cancel_import)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        layout.addStretch(1)
        self.finished = False

    def initializePage(self) -> None:
        self.finished = False
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.status_label.setText(self.tr("Reading and saving the rows..."))
        self.owner.start_import()

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.status_label.setText(self.tr("%n row(s) saved...", "", done))

    def show_cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Cancelling after the current batch..."))

    def show_finished(self) -> None:
        self.finished = True
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished


class SummaryPage(QWizardPage):
    """What the import did; the failed rows to a workbook; undo."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("What happened to each row of the sheet."))
        self.setFinalPage(True)
        self.counts_label = _wrapped_label("", self)
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failures_label = _wrapped_label("", self)
        self.failures_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_button = QPushButton(self.tr("Save the &failed rows as a workbook..."), self)
        self.errors_button.setToolTip(self.tr(
            "The rows that were not imported, as they were in your file, with the reason in "
            "the first column. Fix them and import that workbook."
        ))
        self.errors_button.clicked.connect(self.owner.save_error_workbook)
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        self.undo_button.setToolTip(self.tr(
            "Put the customer database back exactly as it was before this import."
        ))
        self.undo_button.clicked.connect(lambda: self.owner.undo_import())
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.failures_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:
        summary = self.owner.summary
        if summary is None:
            self.setTitle(self.tr("The import did not finish"))
            self.counts_label.setText(self.owner.failure_text)
            self.failures_label.setText("")
            self.errors_button.setVisible(False)
            self.undo_button.setVisible(False)
            return
        self.setTitle(self.tr("Import cancelled") if summary.cancelled
                      else self.tr("Import finished"))
        lines = [
            self.tr("Created: {n}").format(n=summary.created),
            self.tr("Updated: {n}").format(n=summary.updated),
            self.tr("Skipped (already saved): {n}").format(n=summary.skipped),
            self.tr("Failed: {n}").format(n=summary.failed),
        ]
        if summary.warned:
            lines.append(self.tr("%n imported row(s) have a warning: what could not be read "
                                 "(such as a phone number) was kept as typed.", "",
                                 summary.warned))
        if summary.not_data_rows:
            lines.append(self.tr("%n row(s) were not data (blank, notes, totals) and were "
                                 "left out.", "", summary.not_data_rows))
        if summary.cancelled:
            lines.append(self.tr("Cancelled: the rows saved before the cancel stay; undo "
                                 "the import to remove them."))
        self.counts_label.setText("\n".join(lines))
        reasons = [
            self.tr("Row {row}: {reason}").format(row=o.row_number, reason=outcome_text(o))
            for o in summary.failures[:8]
        ]
        if summary.failed > len(reasons):
            reasons.append(self.tr("... and %n more in the error workbook.", "",
                                   summary.failed - len(reasons)))
        shown_warnings = summary.warnings[:3]
        reasons.extend(
            self.tr("Row {row} (imported): {reason}").format(row=o.row_number,
                                                             reason=outcome_text(o))
            for o in shown_warnings
        )
        if summary.warned > len(shown_warnings):
            reasons.append(self.tr("... and %n more imported row(s) with a warning.", "",
                                   summary.warned - len(shown_warnings)))
        self.failures_label.setText("\n".join(reasons))
        self.errors_button.setVisible(summary.failed > 0)
        self.undo_button.setVisible(summary.batch_id is not None)
        self.undo_button.setEnabled(summary.batch_id is not None)

    def show_undone(self) -> None:
        self.undo_button.setEnabled(False)
        self.counts_label.setText(self.counts_label.text() + "\n\n" + self.tr(
            "The import was undone: the database is as it was before."
        ))


# ---------------------------------------------------------------------------------------------
# The wizard
# ---------------------------------------------------------------------------------------------


class ImportWizard(QWizard):
    """Import a spreadsheet step by step; `sig_imported` says when rows were saved."""

    sig_imported = Signal(object)
    """Emitted with the `ImportSummary` of a finished (or cancelled) import."""

    def __init__(self, parent: QWidget | None = None, path: str | Path | None = None,
                 kind: str = "customers") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setObjectName("ImportWizard")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setAcceptDrops(True)
        self.setMinimumSize(880, 620)

        self.file_plan: FilePlan | None = None
        self.raw_plan: SheetPlan | None = None
        self.sheet_plan: SheetPlan | None = None
        self.mapping: dict[int, str | None] = {}
        self.preview_rows: list[PreviewRow] = []
        self.dry_run_summary: ImportSummary | None = None
        self.summary: ImportSummary | None = None
        self.failure_text = ""
        self.busy = False
        self._run_token: tasks.CancelToken | None = None
        self._running = False

        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.header_page = HeaderPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.options_page = OptionsPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for number, page in enumerate((
            self.file_page, self.sheet_page, self.header_page, self.mapping_page,
            self.preview_page, self.options_page, self.run_page, self.summary_page,
        )):
            self.setPage(number, page)
        self.file_page.set_kind(kind)
        self.file_page.kind_combo.currentIndexChanged.connect(self._kind_changed)
        if path is not None:
            self.file_page.set_path(str(path))

    # -- helpers -----------------------------------------------------------------------

    def kind(self) -> str:
        return self.file_page.kind()

    def require_plan(self) -> SheetPlan:
        if self.sheet_plan is None:
            raise RuntimeError("the sheet has not been planned yet")
        return self.sheet_plan

    def _run(self, work: Callable[[tasks.CancelToken], Any], on_success: Callable[[Any], None],
             on_failure: Callable[[BaseException], None], label: str = "",
             cancellable: bool = False) -> tasks.Task:
        """Run file or database work on the worker; the pages wait (busy) meanwhile."""
        self.busy = True

        def succeeded(result: Any) -> None:
            self.busy = False
            on_success(result)

        def failed(exc: BaseException) -> None:
            self.busy = False
            on_failure(exc)

        return tasks.run_task(self, work, on_success=succeeded, on_failure=failed, label=label,
                              cancellable=cancellable)

    def _show_or_crash(self, exc: BaseException, show: Callable[[str], None]) -> None:
        message = file_error_message(exc)
        if message is None:
            show(self.tr("Something went wrong; the details are in the log file."))
            show_error(self, exc)
        else:
            show(message)

    # -- file ----------------------------------------------------------------------------

    def load_file(self, path: Path) -> None:
        """Open the file on the worker; the file page shows its sheets or why it cannot."""
        self.file_plan = None
        self.sheet_plan = None
        self.raw_plan = None
        self.file_page.show_loading()
        self._run(lambda token: importer.open_file(path), self._file_opened,
                  lambda exc: self._show_or_crash(exc, self.file_page.show_error))

    def _file_opened(self, plan: FilePlan) -> None:
        self.file_plan = plan
        self.file_page.show_plan(plan)

    def _kind_changed(self) -> None:
        self.sheet_plan = None
        self.mapping = {}

    # -- sheet and header ------------------------------------------------------------------

    def plan_current_sheet(self, header_row: int | Literal["auto"] | None = "auto",
                           with_raw: bool = False) -> None:
        """Plan the chosen sheet with this header row ("auto": detect it; None: none); with
        `with_raw`, read its first rows without a header too (for the header page's table)."""
        plan = self.file_plan
        sheet = self.sheet_page.sheet_name()
        if plan is None or sheet is None:
            return
        sheet_arg = None if plan.format == "csv" else sheet
        kind = self.kind()

        def work(token: tasks.CancelToken) -> tuple[SheetPlan | None, SheetPlan]:
            chosen = importer.plan_sheet(plan.path, sheet_arg, kind=kind,
                                         header_row=header_row)
            raw = (importer.plan_sheet(plan.path, sheet_arg, kind=kind, header_row=None)
                   if with_raw else None)
            return raw, chosen

        self.sheet_plan = None
        self.header_page.completeChanged.emit()
        self._run(work, self._sheet_planned,
                  lambda exc: self._show_or_crash(exc, self.header_page.show_error))

    def _sheet_planned(self, result: tuple[SheetPlan | None, SheetPlan]) -> None:
        raw, plan = result
        self.sheet_plan = plan
        self.mapping = dict(plan.mapping)
        if raw is not None:
            self.raw_plan = raw
            self.header_page.show_sheet(raw, plan)
        else:
            self.header_page.show_plan(plan)

    # -- preview and dry run -----------------------------------------------------------------

    def load_preview(self) -> None:
        plan = self.require_plan()
        mapping = dict(self.mapping)
        self._run(lambda token: importer.preview(plan, mapping, limit=PREVIEW_ROWS),
                  self._previewed, self._preview_failed)

    def _previewed(self, rows: list[PreviewRow]) -> None:
        self.preview_rows = rows
        self.preview_page.show_rows(rows)

    def _preview_failed(self, exc: BaseException) -> None:
        if isinstance(exc, MappingError):
            self.preview_page.show_error(mapping_message(self.kind()))
            return
        self._show_or_crash(exc, self.preview_page.show_error)

    def import_options(self) -> ImportOptions:
        return ImportOptions(on_duplicate=self.options_page.on_duplicate())

    def start_dry_run(self) -> None:
        plan = self.require_plan()
        mapping = dict(self.mapping)
        options = self.import_options()
        self.options_page.dry_run_label.setText(self.tr("Checking every row..."))
        self.options_page.dry_run_button.setEnabled(False)

        def done(summary: ImportSummary) -> None:
            self.options_page.dry_run_button.setEnabled(True)
            self.dry_run_summary = summary
            self.options_page.show_dry_run(summary)

        def failed(exc: BaseException) -> None:
            self.options_page.dry_run_button.setEnabled(True)
            self._show_or_crash(exc, self.options_page.dry_run_label.setText)

        self._run(lambda token: importer.dry_run(plan, mapping, options), done, failed,
                  label=self.tr("Checking every row..."))

    # -- running -----------------------------------------------------------------------------

    def start_import(self) -> None:
        plan = self.require_plan()
        mapping = dict(self.mapping)
        options = self.import_options()
        self.summary = None
        self._running = True

        def work(token: tasks.CancelToken) -> ImportSummary:
            self._run_token = token
            return importer.run_import(plan, mapping, options, progress=token.progress,
                                       cancel=token.is_cancelled)

        task = self._run(work, self._imported, self._import_failed, cancellable=True)
        if self._running:
            task.signals.progressed.connect(self.run_page.show_progress,
                                            Qt.ConnectionType.QueuedConnection)

    def cancel_import(self) -> None:
        if self._running and self._run_token is not None:
            self._run_token.cancel()
            self.run_page.show_cancelling()

    def _imported(self, summary: ImportSummary) -> None:
        self._running = False
        self.summary = summary
        log.info("import of %s: %d created, %d updated, %d skipped, %d failed",
                 summary.file_name, summary.created, summary.updated, summary.skipped,
                 summary.failed)
        bus.changed(IMPORT_CHANGES)
        self.sig_imported.emit(summary)
        self._finish_run()

    def _import_failed(self, exc: BaseException) -> None:
        self._running = False
        message = file_error_message(exc)
        self.failure_text = message or self.tr(
            "Something went wrong; the details are in the log file. Rows saved before the "
            "problem can be undone from the import history."
        )
        if message is None:
            show_error(self, exc)
        bus.changed(IMPORT_CHANGES)
        self._finish_run()

    def _finish_run(self) -> None:
        self.run_page.show_finished()
        # Leave the page after the task's own callbacks have returned.
        QTimer.singleShot(0, self._to_summary)

    def _to_summary(self) -> None:
        if self.currentId() == PAGE_RUN:
            self.next()

    def reject(self) -> None:
        """Closing while the import runs cancels it; the summary comes when it stops."""
        if self._running:
            self.cancel_import()
            return
        super().reject()

    # -- after -------------------------------------------------------------------------------

    def save_error_workbook(self) -> None:
        summary = self.summary
        plan = self.sheet_plan
        if summary is None or plan is None:
            return
        suggested = plan.path.with_name(f"{plan.path.stem}-errors.xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the failed rows"), str(suggested),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + ".xlsx")

        def saved(_result: object) -> None:
            QMessageBox.information(self, self.tr("Failed rows saved"), self.tr(
                "The failed rows are in {path}. Fix them there and import that file."
            ).format(path=target))

        def failed(exc: BaseException) -> None:
            message = file_error_message(exc)
            if message is None:
                show_error(self, exc)
            else:
                QMessageBox.warning(self, self.tr("Failed rows not saved"), message)

        self._run(lambda token: importer.write_error_workbook(plan, summary, target), saved,
                  failed, label=self.tr("Saving the failed rows..."))

    def undo_import(self, force: bool = False) -> None:
        summary = self.summary
        if summary is None or summary.batch_id is None:
            return
        batch_id = summary.batch_id
        if not force:
            answer = QMessageBox.question(self, self.tr("Undo this import"), self.tr(
                "Remove the customers and records this import created and put back the "
                "customers it updated?"
            ))
            if answer != QMessageBox.StandardButton.Yes:
                return
        run_undo(self, batch_id, force, self._undone)

    def _undone(self, changes: Changes) -> None:
        bus.changed(changes | IMPORT_CHANGES)
        self.summary_page.show_undone()

    # -- drag and drop -----------------------------------------------------------------------

    def _dropped_path(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if self.currentId() != PAGE_FILE or not mime.hasUrls():
            return None
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        return Path(files[0]) if len(files) == 1 else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_page.set_path(str(path))


def run_undo(parent: QWidget, batch_id: int, force: bool,
             on_done: Callable[[Changes], None]) -> None:
    """Undo an import on the worker; when later edits would be lost, ask, then force it."""

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UndoRefused) and not force:
            answer = QMessageBox.question(
                parent,
                QCoreApplication.translate("ImportWizard", "Undo this import"),
                QCoreApplication.translate(
                    "ImportWizard",
                    "{reason}\n\nUndo anyway? The later edits of those customers are lost too.",
                ).format(reason=str(exc)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                run_undo(parent, batch_id, True, on_done)
            return
        if isinstance(exc, (UndoRefused, importer.ImportNotFound)):
            QMessageBox.warning(
                parent, QCoreApplication.translate("ImportWizard", "Undo this import"), str(exc)
            )
            return
        show_error(parent, exc)

    tasks.run_task(
        parent,
        lambda token: importer.undo_import(batch_id, force=force),
        on_success=on_done,
        on_failure=failed,
        label=QCoreApplication.translate("ImportWizard", "Undoing the import..."),
    )


def open_import_wizard(parent: QWidget | None, path: str | Path | None = None) -> ImportWizard:
    """Show the wizard without blocking (optionally on a file already chosen)."""
    wizard = ImportWizard(parent, path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    if path is None:
        QTimer.singleShot(0, wizard.file_page.browse)
    return wizard
