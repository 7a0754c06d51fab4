"""The first start: a short welcome on an empty database, with three ways to begin.

Import a spreadsheet (the main window's import action), load demo data to try the
application, or start empty. It appears once per user (a QSettings flag) and only while the
database holds no customer. Demo data is generated on the database worker with a progress
dialog that can be cancelled; the customers committed before a cancel are kept.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.changes import Changes
from crm_desktop.services.first_run import database_is_empty
from crm_desktop.ui import bus, tasks

if TYPE_CHECKING:
    from crm_desktop.services.demo import DemoSummary

log = logging.getLogger(__name__)

WELCOME_SHOWN_KEY = "first_run/welcome_shown"
DEMO_SIZES = (200, 1_000, 5_000)
DEFAULT_DEMO_SIZE = 1_000

# Everything demo data touches, so every open screen queries again.
DEMO_CHANGES = Changes.everything()


class WelcomeDialog(QDialog):
    """Import, demo data or an empty start; the caller decides what happens after a choice."""

    sig_demo_loaded = Signal(object)
    """Emitted with the `DemoSummary` once demo data is in the database."""

    def __init__(
        self,
        db_path: Path,
        import_action: QAction | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to CRM Desktop"))
        self.import_action = import_action
        self.demo_task: tasks.Task | None = None

        intro = QLabel(
            self.tr(
                "<h3>Welcome to CRM Desktop</h3><p>Your customer database is empty. "
                "How would you like to begin?</p>"
            ),
            self,
        )
        where = QLabel(self.tr("Database: {path}").format(path=db_path), self)
        where.setWordWrap(True)
        where.setToolTip(self.tr("You can choose another location in the settings."))

        self.import_button = QPushButton(self.tr("&Import a spreadsheet..."), self)
        if import_action is not None and import_action.isEnabled():
            self.import_button.setToolTip(
                self.tr("Bring in your customer list from Excel (.xlsx, .xls, .ods) or CSV.")
            )
        else:
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(
                self.tr("Importing spreadsheets is not available in this version.")
            )
        self.import_button.clicked.connect(self.choose_import)

        self.demo_size = QComboBox(self)
        for size in DEMO_SIZES:
            self.demo_size.addItem(self.tr("%n customer(s)", "", size), size)
        self.demo_size.setCurrentIndex(DEMO_SIZES.index(DEFAULT_DEMO_SIZE))
        self.demo_button = QPushButton(self.tr("Load &demo data"), self)
        self.demo_button.setToolTip(
            self.tr(
                "Invented customers with three years of follow-ups, deals and orders, "
                "to try the application. Delete them before real work, or use another "
                "database file."
            )
        )
        self.demo_button.clicked.connect(self.choose_demo)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_button)
        demo_row.addWidget(self.demo_size)
        demo_row.addStretch(1)

        self.empty_button = QPushButton(self.tr("&Start with an empty database"), self)
        self.empty_button.setDefault(True)
        self.empty_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.import_button)
        layout.addLayout(demo_row)
        layout.addWidget(self.empty_button)
        layout.addSpacing(8)
        layout.addWidget(where)
        self.setMinimumWidth(460)

    def chosen_demo_size(self) -> int:
        return int(self.demo_size.currentData())

    def choose_import(self) -> None:
        self.accept()
        if self.import_action is not None:
            self.import_action.trigger()

    def choose_demo(self) -> None:
        """Close the welcome and generate the demo data on the worker, with progress."""
        from crm_desktop.services.demo import generate_demo

        size = self.chosen_demo_size()
        owner = self.parentWidget()
        self.accept()
        self.demo_task = tasks.run_task(
            owner,
            lambda token: generate_demo(size, progress=token.progress, cancel=token.is_cancelled),
            on_success=self._demo_loaded,
            label=self.tr("Creating %n demo customer(s)...", "", size),
            cancellable=True,
        )

    def _demo_loaded(self, summary: DemoSummary) -> None:
        log.info("demo data: %s customers in %.1f s", summary.customers, summary.seconds)
        bus.changed(DEMO_CHANGES)
        self.sig_demo_loaded.emit(summary)


def should_welcome(settings: QSettings) -> bool:
    """Not shown before, and the database holds no customer."""
    if settings.value(WELCOME_SHOWN_KEY, False, type=bool):
        return False
    return database_is_empty()


def find_import_action(window: QWidget) -> QAction | None:
    """The window's spreadsheet import action, if this build has one."""
    action = getattr(window, "act_import", None)
    if isinstance(action, QAction):
        return action
    for candidate in window.findChildren(QAction):
        if "import" in candidate.objectName().lower():
            return candidate
    return None


def show_welcome(window: QWidget, settings: QSettings, db_path: Path) -> WelcomeDialog | None:
    """Open the welcome over `window` (without blocking) when it is due; remembers it was."""
    if not should_welcome(settings):
        return None
    settings.setValue(WELCOME_SHOWN_KEY, True)
    settings.sync()
    dialog = WelcomeDialog(db_path, find_import_action(window), window)
    dialog.open()
    return dialog
