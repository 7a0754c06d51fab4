"""Starting the window: application object, language, fonts, crash handling, database."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import APP_ID, APP_NAME, __version__
from crm_desktop.logs import setup_logging
from crm_desktop.storage.database import ENV_DB_PATH, open_database, resolve_db_path
from crm_desktop.storage.errors import StorageError

log = logging.getLogger(__name__)

DB_PATH_KEY = "database/path"


def make_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID)


def database_path(explicit: str | None, settings: QSettings) -> Path:
    """--db, then the environment variable, then the location chosen in the settings."""
    if explicit or os.environ.get(ENV_DB_PATH):
        return resolve_db_path(explicit)
    chosen = settings.value(DB_PATH_KEY)
    return resolve_db_path(chosen if isinstance(chosen, str) and chosen else None)


def main(argv: list[str] | None = None) -> int:
    """Open the window; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="crm-desktop")
    parser.add_argument("--db", help="the database file to open")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])

    log_path = setup_logging()
    log.info("%s %s starting", APP_NAME, __version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)

    from crm_desktop.ui import errors, i18n

    settings = make_settings()
    i18n.install_translators(app, i18n.chosen_language(settings))
    i18n.apply_font(app)
    errors.install_excepthook(log_path)

    path = database_path(args.db, settings)
    try:
        open_database(path)
    except StorageError as exc:
        QMessageBox.critical(None, APP_NAME, errors.storage_message(exc) + f"\n\n{path}")
        return 1

    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(settings, path)
    window.show()
    return int(app.exec())
