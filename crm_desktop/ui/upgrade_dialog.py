"""Opening a database an older version wrote: it is backed up and upgraded first, which
takes minutes on a large one, so a window says what is happening meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.storage import database

POLL_MS = 100


def open_upgrading(path: Path, parent: QWidget | None = None) -> None:
    """`database.open_database(path)`; an older file is upgraded on a thread of its own
    first, under a progress window, so the screen does not look frozen."""
    if database.pending_upgrade(path) is not None:
        _upgrade_with_progress(path, parent)
    database.open_database(path)


def _upgrade_with_progress(path: Path, parent: QWidget | None) -> None:
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Upgrade", "CRM Desktop"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "Upgrade",
            "Upgrading the database {path} for this version of CRM Desktop.\n\n"
            "A backup of it is taken first. On a large database this takes a few minutes.",
        ).format(path=path)
    )
    dialog.setRange(0, 0)  # no measure of progress: a busy bar
    dialog.setCancelButton(None)  # stopping half-way would only roll back to the start
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)

    failures: list[BaseException] = []

    def upgrade() -> None:
        try:
            database.upgrade_file(path)
        except BaseException as exc:  # handed to the GUI thread, raised there
            failures.append(exc)

    worker = threading.Thread(target=upgrade, name="database-upgrade", daemon=True)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(POLL_MS)
    poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    worker.start()
    dialog.show()
    poll.start()
    loop.exec()
    poll.stop()
    dialog.close()
    if failures:
        raise failures[0]
