"""Showing errors: a plain message for the user's or the environment's, a crash dialog for bugs.

Environment errors (a locked or read-only database, a bad file, an invalid field) say what
happened and what to do, in the user's language. Anything else is a bug: it is logged with
its traceback and the crash dialog names the log file. Either way the data stays as it was,
because every service call that writes runs in one transaction.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop.services.validation import Problem, ValidationError
from crm_desktop.storage.errors import StorageError
from crm_desktop.ui import labels

log = logging.getLogger(__name__)

_log_path: Path | None = None


def storage_message(error: StorageError) -> str:
    """The translated message for a database problem."""
    messages = {
        "not_found": QCoreApplication.translate(
            "Errors",
            "The database file cannot be found or opened. Check the path in the "
            "settings, or that the folder exists and you may write to it.",
        ),
        "busy": QCoreApplication.translate(
            "Errors",
            "The database is busy: another window or program is writing to it. Nothing "
            "was changed. Wait a moment and try again; if it stays busy, close the other "
            "CRM Desktop windows that use this file.",
        ),
        "read_only": QCoreApplication.translate(
            "Errors",
            "The database cannot be written: the file or its folder is read-only. "
            "Nothing was changed. Check the file's permissions, or choose another "
            "database location in the settings.",
        ),
        "disk_full": QCoreApplication.translate(
            "Errors", "The disk is full. Nothing was changed. Free some space and try again."
        ),
        "damaged": QCoreApplication.translate(
            "Errors",
            "The database file is damaged. It has not been changed. Restore the "
            "newest good backup.",
        ),
        "too_new": QCoreApplication.translate(
            "Errors",
            "This database was written by a newer version of CRM Desktop. Install "
            "the newer version to open it.",
        ),
        "not_a_database": QCoreApplication.translate(
            "Errors",
            "This file is not a CRM Desktop database, or it is encrypted. "
            "Choose another file, or restore a backup.",
        ),
    }
    return messages.get(error.code, str(error))


def problem_message(problem: Problem) -> str:
    """The translated message for one invalid field."""
    templates = {
        "required": QCoreApplication.translate("Errors", "{field} is required."),
        "invalid_phone": QCoreApplication.translate(
            "Errors",
            "{field}: \u201c{value}\u201d is not a phone number. Write a "
            "mobile such as 13800138000 or a landline such as 010-12345678.",
        ),
        "invalid_email": QCoreApplication.translate(
            "Errors",
            "{field}: \u201c{value}\u201d is not an e-mail address (like name@example.com).",
        ),
        "invalid_date": QCoreApplication.translate(
            "Errors",
            "{field}: \u201c{value}\u201d is not a date. Write it like 2024-03-05 or 2024年3月5日.",
        ),
        "invalid_amount": QCoreApplication.translate(
            "Errors", "{field}: \u201c{value}\u201d is not an amount of money."
        ),
        "invalid_choice": QCoreApplication.translate(
            "Errors", "{field}: \u201c{value}\u201d is not one of the choices."
        ),
        "invalid_number": QCoreApplication.translate(
            "Errors", "{field}: \u201c{value}\u201d is not a whole number."
        ),
        "duplicate_code": QCoreApplication.translate(
            "Errors", "{field}: another customer already has the code \u201c{value}\u201d."
        ),
        "duplicate_name": QCoreApplication.translate(
            "Errors", "The name \u201c{value}\u201d is already used. Choose another name."
        ),
        "unknown_customer": QCoreApplication.translate(
            "Errors", "{field}: no customer matches \u201c{value}\u201d."
        ),
        "too_long": QCoreApplication.translate("Errors", "{field} is too long."),
    }
    template = templates.get(problem.code)
    if template is None:
        return problem.message()
    return template.format(field=labels.field(problem.field), value=problem.value[:60])


def user_message(error: BaseException) -> str | None:
    """The message for an error that is the user's or the environment's, or None for a bug."""
    if isinstance(error, StorageError):
        return storage_message(error)
    if isinstance(error, ValidationError):
        return "\n".join(problem_message(p) for p in error.problems)
    # Errors raised by services with a message meant for people (files refused, undo refused).
    if getattr(error, "user_facing", False):
        return str(error)
    return None


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show an error the right way: a plain warning, or the crash dialog for a bug."""
    message = user_message(error)
    if message is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "CRM Desktop"), message)
        return
    show_crash(parent, type(error), error, error.__traceback__)


def show_crash(
    parent: QWidget | None,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    where = str(_log_path) if _log_path else QCoreApplication.translate("Errors", "(no log file)")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "CRM Desktop: unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Something went wrong that should not have. Your data is as it was before this "
            "action.\n\nThe details are in the log file:\n{path}\n\nPlease send that file to "
            "your support contact.",
        ).format(path=where)
    )
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.exec()


def install_excepthook(log_path: Path | None) -> None:
    """Route uncaught exceptions on the GUI thread to the crash dialog."""
    global _log_path
    _log_path = log_path

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        message = user_message(exc)
        if message is not None:
            QMessageBox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("Errors", "CRM Desktop"),
                message,
            )
            return
        show_crash(QApplication.activeWindow(), exc_type, exc, tb)

    sys.excepthook = hook
