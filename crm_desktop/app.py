"""Starting the window: application object, language, fonts, crash handling, database."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import APP_ID, APP_NAME, __version__
from crm_desktop.logs import setup_logging
from crm_desktop.storage.database import ENV_DB_PATH, close_database, resolve_db_path
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
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation on a throw-away database (--db): demo data, every tab, "
        "a PDF; exit code 0 when all is well",
    )
    parser.add_argument(
        "--measure-startup",
        action="store_true",
        help="quit as soon as the window is painted, printing the seconds taken",
    )
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])

    own_folder = None
    if args.smoke_test or args.measure_startup:
        from crm_desktop.ui import smoke

        problem = smoke.check_database_argument(args.db, creating=args.smoke_test)
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
        # Settings and log beside the throw-away database, never the user's own.
        own_folder = smoke.isolate(Path(args.db).parent)
    log_path = setup_logging(own_folder)
    log.info("%s %s starting", APP_NAME, __version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)

    from crm_desktop.ui import errors, i18n
    from crm_desktop.ui.about_dialog import app_icon

    app.setWindowIcon(app_icon())

    settings = make_settings()
    language = i18n.chosen_language(settings)
    i18n.install_translators(app, language)
    i18n.apply_font(app, language)
    errors.install_excepthook(log_path)

    path = database_path(args.db, settings)
    from crm_desktop.ui.backup_dialog import check_before_opening

    # A damaged file is never opened (or overwritten); a network share is warned about.
    start_check = check_before_opening(path, settings)
    if start_check is None:
        return 1
    from crm_desktop.ui.upgrade_dialog import open_upgrading

    try:
        open_upgrading(path)
    except StorageError as exc:
        QMessageBox.critical(None, APP_NAME, errors.storage_message(exc) + f"\n\n{path}")
        return 1

    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(settings, path)
    window.show()
    if args.smoke_test:
        smoke.SmokeTest(window).start()
    elif args.measure_startup:
        smoke.quit_after_first_paint(window)
    else:
        from crm_desktop.ui import welcome

        if start_check.deferred:
            window.backup_scheduler.check_in_background(settings)
        window.backup_scheduler.backup_if_due()
        QTimer.singleShot(0, lambda: welcome.show_welcome(window, settings, path))
    code = int(app.exec())
    close_database()  # the window's connection, closed last: the log goes into the file
    return code
