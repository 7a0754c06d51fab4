"""Exporting customers from the window, and saving the blank import template.

The current list is exported as the user sees it: its filter, its sort and its visible
columns, with the same translated column headers (the list tab's `current_filter`,
`current_sort` and `visible_columns`). "All customers" exports every customer with every list
column and the customer fields the list does not show. The writing runs on the database worker
with a progress dialog and Cancel (`crm_desktop.services.export`: a cancelled export leaves no
file behind).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import export
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.services.export import ExportCancelled, ExportColumn
from crm_desktop.ui import labels, tasks
from crm_desktop.ui.customer_list_model import COLUMN_KEYS
from crm_desktop.ui.errors import show_error

FORMATS = ("xlsx", "csv")

# List column -> (row key, kind) for the columns a row holds as stored.
_PLAIN_COLUMNS: dict[str, tuple[str, str]] = {
    "name": ("name", export.TEXT),
    "code": ("code", export.TEXT),
    "owner": ("owner_name", export.TEXT),
    "region": ("region", export.TEXT),
    "mobiles": ("mobiles", export.TEXT),
    "phones": ("phones", export.TEXT),
    "email": ("email", export.TEXT),
    "source": ("source", export.TEXT),
    "industry": ("industry", export.TEXT),
    "tags": ("tags", export.TEXT),
    "last_contact": ("last_contact_at", export.DATE),
    "next_follow_up": ("next_follow_up", export.DATE),
    "last_purchase": ("last_purchase", export.DATE),
    "purchase_count": ("purchase_count", export.NUMBER),
    "purchase_total": ("purchase_total_cents", export.MONEY),
    "profit": ("profit_cents", export.MONEY),
    "activity": ("activity_score", export.NUMBER),
    "created": ("created_at", export.DATETIME),
}

# Customer fields the list does not show, added when everything is exported.
_EXTRA_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("short_name", "short_name", export.TEXT),
    ("kind", "kind", export.TEXT),
    ("wechat", "wechat", export.TEXT),
    ("province", "province", export.TEXT),
    ("city", "city", export.TEXT),
    ("district", "district", export.TEXT),
    ("address", "address", export.TEXT),
    ("website", "website", export.TEXT),
    ("credit_code", "credit_code", export.TEXT),
    ("credit_grade", "credit_grade", export.TEXT),
    ("credit_limit", "credit_limit_cents", export.MONEY),
    ("first_contact_date", "first_contact_date", export.DATE),
    ("contract_amount", "contract_amount_cents", export.MONEY),
    ("service_start", "service_start", export.DATE),
    ("service_expiry", "service_expiry", export.DATE),
    ("hobbies", "hobbies", export.TEXT),
    ("preferences", "preferences", export.TEXT),
    ("risk_level", "risk_level", export.TEXT),
    ("notes", "notes", export.TEXT),
)


def export_columns(list_keys: Sequence[str], everything: bool = False) -> list[ExportColumn]:
    """Export columns for list column keys, headed in the UI language; codes become labels."""
    coded: dict[str, Mapping[Any, str]] = {
        "tier": labels.tiers(),
        "stage": labels.customer_stages(),
        "lifecycle": labels.lifecycles(),
        "value_class": labels.value_classes(),
        "rfm_segment": labels.rfm_segments(),
        "kind": labels.customer_kinds(),
        "risk_level": labels.risk_levels(),
        "is_valid": {
            1: QCoreApplication.translate("ExportDialog", "Valid"),
            0: QCoreApplication.translate("ExportDialog", "Invalid"),
        },
    }
    columns: list[ExportColumn] = []
    for key in list_keys:
        if key in coded:
            columns.append(ExportColumn(key, labels.field(key), labels=coded[key]))
        elif key in _PLAIN_COLUMNS:
            row_key, kind = _PLAIN_COLUMNS[key]
            width = 30 if key in ("name", "tags", "email") else 14
            columns.append(ExportColumn(row_key, labels.field(key), kind, width=width))
    if everything:
        for key, row_key, kind in _EXTRA_COLUMNS:
            columns.append(ExportColumn(row_key, labels.field(key), kind,
                                        labels=coded.get(key), width=30 if key in (
                                            "address", "notes") else 14))
    return columns


def _as_list_shows(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows with the values the list shows that are not stored as such (region, phones)."""
    for row in rows:
        row["region"] = " ".join(p for p in (row.get("province"), row.get("city")) if p)
        for key in ("mobiles", "phones"):
            row[key] = ", ".join(str(row.get(key) or "").split())
        yield row


def export_list(
    path: Path,
    columns: Sequence[ExportColumn],
    list_filter: CustomerFilter,
    sort: str,
    descending: bool,
    token: tasks.CancelToken | None = None,
) -> int:
    """Write the customers of a list to `path` (.xlsx or .csv); returns how many."""
    rows = export.customer_rows(
        list_filter, sort, descending,
        progress=None if token is None else token.progress,
        cancel=None if token is None else token.is_cancelled,
    )
    sheet = QCoreApplication.translate("ExportDialog", "Customers")
    return export.write_table(path, columns, _as_list_shows(rows), sheet_name=sheet)


def _documents() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class ExportDialog(QDialog):
    """Export the current list or every customer, to .xlsx or .csv."""

    def __init__(
        self,
        list_filter: CustomerFilter,
        sort: tuple[str, bool],
        visible_columns: Sequence[str],
        list_count: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export customers"))
        self.list_filter = list_filter
        self.sort_key, self.descending = sort
        self.visible_columns = [key for key in visible_columns if key in COLUMN_KEYS]
        self.written: tuple[Path, int] | None = None
        self.exporting = False

        if list_count is None:
            current_text = self.tr("The &current list (its filter, order and columns)")
        else:
            current_text = self.tr(
                "The &current list: %n customer(s), with its filter, order and columns",
                "", list_count,
            )
        self.current_button = QRadioButton(current_text, self)
        self.all_button = QRadioButton(self.tr("&All customers, with every field"), self)
        self.current_button.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.current_button)
        scope.addButton(self.all_button)

        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format_combo.addItem(self.tr("CSV, UTF-8 (.csv)"), "csv")
        note = QLabel(self.tr(
            "Dates are written as dates, amounts as numbers and phone numbers as text. A cell "
            "that starts with = + - or @ is written as text, so it can never run as a formula."
        ), self)
        note.setWordWrap(True)

        template = QPushButton(self.tr("Save a blank import &template..."), self)
        template.clicked.connect(lambda: save_import_template(self))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.export_button = buttons.addButton(
            self.tr("&Export..."), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(template, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.choose_file_and_export)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Export:"), self))
        layout.addWidget(self.current_button)
        layout.addWidget(self.all_button)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def file_format(self) -> str:
        return str(self.format_combo.currentData())

    def columns(self) -> list[ExportColumn]:
        if self.all_button.isChecked():
            return export_columns(COLUMN_KEYS, everything=True)
        return export_columns(self.visible_columns or ["name"])

    def choose_file_and_export(self) -> None:
        fmt = self.file_format()
        stem = self.tr("customers") + dt.date.today().strftime("-%Y%m%d")
        filters = (self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx"
                   else self.tr("CSV file (*.csv)"))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export customers"), str(_documents() / f"{stem}.{fmt}"), filters
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the chosen customers to `path` on the worker, with progress and Cancel."""
        fmt = self.file_format()
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        columns = self.columns()
        everything = self.all_button.isChecked()
        list_filter = CustomerFilter() if everything else self.list_filter
        sort, descending = ("name", False) if everything else (self.sort_key, self.descending)

        def done(count: int) -> None:
            self.exporting = False
            self.written = (path, count)
            QMessageBox.information(self, self.tr("Export finished"), self.tr(
                "%n customer(s) exported to {path}.", "", count
            ).format(path=path))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.exporting = False
            if isinstance(exc, ExportCancelled):
                QMessageBox.information(self, self.tr("Export cancelled"), self.tr(
                    "The export was cancelled; no file was written."
                ))
                return
            if isinstance(exc, OSError):
                QMessageBox.warning(self, self.tr("Export failed"), self.tr(
                    "{path} could not be written: {reason}. Close it if it is open in Excel "
                    "or WPS, or choose another folder."
                ).format(path=path, reason=exc.strerror or str(exc)))
                return
            show_error(self, exc)

        self.exporting = True
        tasks.run_task(
            self,
            lambda token: export_list(path, columns, list_filter, sort, descending, token),
            on_success=done,
            on_failure=failed,
            label=self.tr("Exporting customers..."),
            cancellable=True,
        )


    def reject(self) -> None:
        """While the export runs, its progress dialog's Cancel stops it; the dialog stays."""
        if not self.exporting:
            super().reject()


def save_import_template(parent: QWidget | None) -> Path | None:
    """Ask where, then write the blank import template (.xlsx); returns the path written."""
    from crm_desktop.services.import_template import write_template

    suggested = _documents() / (
        QCoreApplication.translate("ExportDialog", "customer-import-template") + ".xlsx"
    )
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Save the import template"),
        str(suggested),
        QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    try:
        write_template(target)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ExportDialog", "Template not saved"),
            QCoreApplication.translate(
                "ExportDialog",
                "{path} could not be written: {reason}. Choose another folder.",
            ).format(path=target, reason=exc.strerror or str(exc)),
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ExportDialog", "Template saved"),
        QCoreApplication.translate(
            "ExportDialog",
            "The import template is in {path}. Fill in one customer per row, then import it.",
        ).format(path=target),
    )
    return target
