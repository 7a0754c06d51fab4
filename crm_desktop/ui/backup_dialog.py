"""Backups: the restore screen, the backup schedule while the window is open, and the checks
made before a database file is opened.

The screen lists the backups (date, size, customers, reason) with "Back up now", "Restore"
(confirm, restore, every tab reloads), "Restore from file..." and "Open folder". All the
work runs through ui/tasks, off the GUI thread; the services say what happened.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import backups
from crm_desktop.services.changes import Changes
from crm_desktop.storage import backup
from crm_desktop.storage.backup import BackupInfo, RestoreResult
from crm_desktop.storage.errors import StorageError
from crm_desktop.ui import bus, errors, tasks

log = logging.getLogger(__name__)

COLUMN_DATE, COLUMN_SIZE, COLUMN_CUSTOMERS, COLUMN_REASON = range(4)


def reason_label(reason: str) -> str:
    """The translated name of why a backup was taken."""
    labels = {
        "start": QCoreApplication.translate("Backups", "On start"),
        "scheduled": QCoreApplication.translate("Backups", "Scheduled"),
        "manual": QCoreApplication.translate("Backups", "By hand"),
        "import": QCoreApplication.translate("Backups", "Before an import"),
        "undo": QCoreApplication.translate("Backups", "Before an undo"),
        "bulk": QCoreApplication.translate("Backups", "Before a bulk change"),
        "migration": QCoreApplication.translate("Backups", "Before a database upgrade"),
        "restore": QCoreApplication.translate("Backups", "Before a restore"),
    }
    return labels.get(reason, reason)


def size_text(size: int) -> str:
    if size >= 1_048_576:
        return QCoreApplication.translate("Backups", "{size} MB").format(
            size=f"{size / 1_048_576:.1f}"
        )
    return QCoreApplication.translate("Backups", "{size} KB").format(size=f"{size / 1024:.0f}")


def local_time(info: BackupInfo) -> str:
    return info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


class BackupDialog(QDialog):
    """The list of backups, with back up now, restore and open folder."""

    sig_restored = Signal(object)
    """Emitted with the RestoreResult after a restore (the bus has said what changed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups and restore"))
        self.setObjectName("BackupDialog")
        self.resize(720, 460)
        self._backups: list[BackupInfo] = []

        self.intro = QLabel(
            self.tr(
                "Backups are taken on start, every two hours while the window is open, and "
                "before every import, undo, bulk change, upgrade or restore. Restoring "
                "backs up the current data first."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Size"), self.tr("Customers"), self.tr("Reason")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMN_REASON, QHeaderView.ResizeMode.Stretch
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.restore_selected)

        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore..."), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from &file..."), self)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.folder_button = QPushButton(self.tr("&Open folder"), self)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (
            self.backup_button,
            self.restore_button,
            self.restore_file_button,
            self.folder_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_box.rejected.connect(self.reject)
        buttons.addWidget(close_box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self.refresh()

    # -- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list of backups again (off the GUI thread: each file is opened)."""
        self.folder_label.setText(self.tr("Folder: {path}").format(path=backups.backup_folder()))
        tasks.run_task(self, lambda token: backups.list_backups(), on_success=self._show)

    def _show(self, found: object) -> None:
        self._backups = list(found) if isinstance(found, list) else []
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            customers = "?" if info.customers is None else f"{info.customers:,}"
            cells = (local_time(info), size_text(info.size), customers, reason_label(info.reason))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (COLUMN_SIZE, COLUMN_CUSTOMERS):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self._backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._backups):
            return None
        return self._backups[rows[0].row()]

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    # -- actions -------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        tasks.run_task(
            self,
            lambda token: backups.backup_now(),
            on_success=lambda made: self.refresh(),
            label=self.tr("Backing up the database..."),
        )

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            return
        customers = "?" if chosen.customers is None else f"{chosen.customers:,}"
        question = self.tr(
            "Replace all current data with the backup from {date} ({customers} customers)?"
            "\n\nThe current data is backed up first, so this can be reversed."
        ).format(date=local_time(chosen), customers=customers)
        if self._confirm(question):
            self._restore(chosen.path)

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(backups.backup_folder()),
            self.tr("CRM Desktop databases (*.db *.sqlite);;All files (*)"),
        )
        if not path:
            return
        question = self.tr(
            "Replace all current data with the contents of {file}?\n\nThe file is checked "
            "first, and the current data is backed up, so this can be reversed."
        ).format(file=path)
        if self._confirm(question):
            self._restore(Path(path))

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restore(self, source: Path) -> None:
        tasks.run_task(
            self,
            lambda token: backups.restore(source),
            on_success=self._restored,
            label=self.tr("Restoring the backup..."),
        )

    def _restored(self, outcome: object) -> None:
        result, changes = outcome if isinstance(outcome, tuple) else (None, Changes())
        bus.changed(changes)
        if isinstance(result, RestoreResult):
            self.sig_restored.emit(result)
            if result.damaged_copy is not None:
                kept = self.tr("The damaged database was kept, unchanged, as {path}.").format(
                    path=result.damaged_copy
                )
            elif result.safety_backup is not None:
                kept = self.tr("The data it replaced was backed up to {path}.").format(
                    path=result.safety_backup.path
                )
            else:
                kept = ""
            QMessageBox.information(
                self,
                self.tr("Backup restored"),
                self.tr("The backup was restored.") + ("\n\n" + kept if kept else ""),
            )
        self.refresh()

    def open_folder(self) -> None:
        folder = backups.backup_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Backups and restore"),
                self.tr("The backup folder {path} cannot be created: {reason}").format(
                    path=folder, reason=exc.strerror or exc
                ),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


CHECK_BEFORE_OPEN_KEY = "database/check_before_open"
"""Set when the background check found damage: the next start checks before opening."""


class BackupScheduler(QObject):
    """Backups while the window is open: once a day on start, then every two hours."""

    sig_backed_up = Signal(object)
    """Emitted with the BackupInfo of every backup the schedule takes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.timer = QTimer(self)
        self.timer.setInterval(int(backups.SCHEDULE_INTERVAL.total_seconds() * 1000))
        self.timer.timeout.connect(self.scheduled_backup)
        self.timer.start()

    def backup_if_due(self) -> None:
        """The start backup (at most once a day)."""
        tasks.run_task(
            self._window,
            lambda token: backups.backup_if_due(),
            on_success=self._done,
            on_failure=self._failed,
            background=True,
        )

    def scheduled_backup(self) -> None:
        tasks.run_task(
            self._window,
            lambda token: backups.scheduled_backup(),
            on_success=self._done,
            on_failure=self._failed,
            background=True,
        )

    def check_in_background(self, settings: QSettings) -> None:
        """The quick check of a file too big to check before opening (`StartCheck.deferred`).

        Damage found here closes the window: the next start checks the file before
        opening it, and offers the newest good backup.
        """
        tasks.run_task(
            self._window,
            lambda token: backups.check(),
            on_success=lambda result: self._checked(result, settings),
            on_failure=self._failed,
            background=True,
        )

    def _checked(self, result: object, settings: QSettings) -> None:
        if not isinstance(result, backup.CheckResult) or result.ok:
            return
        settings.setValue(CHECK_BEFORE_OPEN_KEY, True)
        problem = result.problems[0] if result.problems else ""
        QMessageBox.critical(
            self._window,
            QCoreApplication.translate("Backups", "CRM Desktop"),
            QCoreApplication.translate(
                "Backups",
                "The database {path} is damaged ({problem}). CRM Desktop will close now so "
                "that nothing more is written to it. Start it again to restore the newest "
                "good backup; the damaged file is kept aside, unchanged.",
            ).format(path=result.path, problem=problem),
        )
        self._window.close()

    def _done(self, made: object) -> None:
        if isinstance(made, BackupInfo):
            self.sig_backed_up.emit(made)
            self._window.statusBar().showMessage(
                self.tr("Backed up at {time}.").format(time=local_time(made)), 10_000
            )

    def _failed(self, error: BaseException) -> None:
        """A background backup that fails must be seen, but must not interrupt typing: the
        message stays in the status bar; a bug still reaches the crash dialog."""
        message = errors.user_message(error)
        if message is None:
            errors.show_error(self._window, error)
            return
        log.warning("scheduled backup failed: %s", error)
        self._window.statusBar().showMessage(
            self.tr("The backup failed: {reason}").format(reason=message), 120_000
        )


def check_before_opening(
    path: Path, settings: QSettings, parent: QWidget | None = None
) -> backups.StartCheck | None:
    """Before the window opens `path`: warn about a network share; for a damaged file, offer
    the newest good backup (the damaged file is first kept as an unchanged copy).

    Returns None when the window must not open, else the check (`deferred` when the file is
    to be checked in the background once the window is up).
    """
    title = QCoreApplication.translate("Backups", "CRM Desktop")
    # Damage found in the background last time: this start checks before opening.
    check_now = True if settings.value(CHECK_BEFORE_OPEN_KEY, False, type=bool) else None
    try:
        start = backups.check_before_open(path, check_now=check_now)
    except StorageError:
        return backups.StartCheck(path, None, None, None)  # opening it says what is wrong
    if start.network_share:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "Backups",
                "The database is on a network share: {reason}.\n\nSQLite databases on "
                "network shares can be corrupted when the connection drops or two computers "
                "write at once. Keep the database on this computer's own disk (choose "
                "another location in the settings), and share it by other means.",
            ).format(reason=start.network_share),
        )
    if not start.damaged:
        if not start.deferred:
            settings.remove(CHECK_BEFORE_OPEN_KEY)
        return start
    problem = start.damage.problems[0] if start.damage and start.damage.problems else ""
    good = start.newest_good
    if good is None:
        QMessageBox.critical(
            parent,
            title,
            QCoreApplication.translate(
                "Backups",
                "The database {path} is damaged ({problem}), and there is no good backup "
                "of it. It has not been changed. Keep a copy of the file and ask your "
                "support contact, or restore a backup you keep elsewhere with "
                "'python main.py restore FILE'.",
            ).format(path=path, problem=problem),
        )
        return None
    customers = "?" if good.customers is None else f"{good.customers:,}"
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "Backups",
            "The database {path} is damaged ({problem}). It has not been changed.\n\n"
            "Restore the newest good backup, from {date} ({customers} customers)? The "
            "damaged file is kept aside, unchanged.",
        ).format(path=path, problem=problem, date=local_time(good), customers=customers),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        result = backups.restore_before_open(good.path, path)
    except Exception as exc:
        errors.show_error(parent, exc)
        return None
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "Backups",
            "The backup from {date} was restored. The damaged database was kept as {copy}.",
        ).format(date=local_time(good), copy=result.damaged_copy),
    )
    settings.remove(CHECK_BEFORE_OPEN_KEY)
    return backups.StartCheck(path, None, None, start.network_share)
