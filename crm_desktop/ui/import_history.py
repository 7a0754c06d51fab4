"""The import history: every import with its counts and status, and undo.

The list comes from `importer.list_imports` on the database worker. "Interrupted" is an import
whose program stopped half-way: the rows it committed are in the database and undo removes
them. Undo asks first; when customers the import touched were edited since, the service
refuses (`UndoRefused`) and the dialog asks again before forcing it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import importer, journal
from crm_desktop.services.changes import Changes
from crm_desktop.services.importer import ImportRecord
from crm_desktop.ui import bus, labels, tasks
from crm_desktop.ui.import_wizard import IMPORT_CHANGES, run_undo

UNDOABLE = (journal.STATUS_DONE, importer.STATUS_INTERRUPTED, journal.STATUS_FAILED)
INTERRUPTED_COLOUR = "#b26a00"


class ImportHistoryModel(QAbstractTableModel):
    """One row per import, newest first."""

    (COLUMN_DATE, COLUMN_FILE, COLUMN_SHEET, COLUMN_KIND, COLUMN_CREATED, COLUMN_UPDATED,
     COLUMN_SKIPPED, COLUMN_FAILED, COLUMN_STATUS) = range(9)
    NUMERIC = (COLUMN_CREATED, COLUMN_UPDATED, COLUMN_SKIPPED, COLUMN_FAILED)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[ImportRecord] = []
        self._headers = [
            self.tr("Date"), self.tr("File"), self.tr("Sheet"), self.tr("Rows are"),
            self.tr("Created"), self.tr("Updated"), self.tr("Skipped"), self.tr("Failed"),
            self.tr("Status"),
        ]
        self._kinds = labels.import_kinds()
        self._statuses = labels.import_statuses()

    def set_records(self, records: Sequence[ImportRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> ImportRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    @staticmethod
    def _when(value: dt.datetime | None) -> str:
        return "" if value is None else value.strftime("%Y-%m-%d %H:%M")

    def _text(self, record: ImportRecord, column: int) -> str:
        texts = {
            self.COLUMN_DATE: self._when(record.started_at),
            self.COLUMN_FILE: Path(record.file_name).name,
            self.COLUMN_SHEET: record.sheet,
            self.COLUMN_KIND: self._kinds.get(record.kind, record.kind),
            self.COLUMN_CREATED: str(record.created),
            self.COLUMN_UPDATED: str(record.updated),
            self.COLUMN_SKIPPED: str(record.skipped),
            self.COLUMN_FAILED: str(record.failed),
            self.COLUMN_STATUS: self._statuses.get(record.status, record.status),
        }
        return texts.get(column, "")

    def _tooltip(self, record: ImportRecord, column: int) -> str | None:
        if column == self.COLUMN_FILE:
            return record.file_name
        if column == self.COLUMN_STATUS and record.status == importer.STATUS_INTERRUPTED:
            return self.tr("The program stopped during this import. The rows it saved are "
                           "in the database; undo removes them.")
        if column == self.COLUMN_STATUS and record.undone_at is not None:
            return self.tr("Undone on {date}").format(date=self._when(record.undone_at))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._headers):
            return None
        record = self.record(index.row())
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COLUMN_STATUS:
            if record.status == importer.STATUS_INTERRUPTED:
                return QBrush(QColor(INTERRUPTED_COLOUR))
            if record.status == journal.STATUS_UNDONE:
                return QBrush(QColor("#777777"))
        return None


class ImportHistoryDialog(QDialog):
    """The imports, newest first; select one and undo it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import history"))
        self.model = ImportHistoryModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            ImportHistoryModel.COLUMN_FILE, QHeaderView.ResizeMode.Stretch
        )
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self.tr("No spreadsheet has been imported yet."), self)
        self.empty_label.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        self.undo_button = QPushButton(self.tr("&Undo this import..."), self)
        self.undo_button.setToolTip(self.tr(
            "Remove what the import created and put back what it updated."
        ))
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self._update_buttons()
        # An import finished or undone anywhere (the wizard, this dialog) shows here at once.
        bus.bus().sig_changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        tasks.run_task(self, lambda token: importer.list_imports(), on_success=self._loaded)

    def _loaded(self, records: list[ImportRecord]) -> None:
        self.model.set_records(records)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(
            ImportHistoryModel.COLUMN_FILE, QHeaderView.ResizeMode.Stretch
        )
        self.empty_label.setVisible(not records)
        if records:
            self.view.selectRow(0)
        self._update_buttons()

    def selected_record(self) -> ImportRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        record = self.selected_record()
        self.undo_button.setEnabled(record is not None and record.status in UNDOABLE)

    def undo_selected(self) -> None:
        record = self.selected_record()
        if record is None or record.status not in UNDOABLE:
            return
        answer = QMessageBox.question(self, self.tr("Undo this import"), self.tr(
            "Undo the import of {file} ({sheet})? The customers and records it created are "
            "removed and the customers it updated are put back as they were."
        ).format(file=Path(record.file_name).name, sheet=record.sheet))
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_undo(self, record.batch_id, False, self._undone)

    def _undone(self, changes: Changes) -> None:
        bus.changed(changes | IMPORT_CHANGES)

    def _changed(self, changes: Changes) -> None:
        if self.isVisible() and (changes.all_customers or changes.operation_id is not None):
            self.refresh()


def open_import_history(parent: QWidget | None) -> ImportHistoryDialog:
    """Show the history without blocking."""
    dialog = ImportHistoryDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

