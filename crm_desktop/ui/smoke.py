"""Checking an installation: `--smoke-test` and `--measure-startup` (see scripts/build.py).

`main.py --smoke-test --db DIR/crm.db` drives the real window through what a frozen build
most often gets wrong (a missing Qt plugin, translation, hidden import or data file): it
creates the database, loads demo data on the worker thread, opens every tab and a customer,
opens the About and settings dialogs, writes and reads back an .xlsx file (openpyxl with
defusedxml active), prints a customer profile to PDF, imports a generated CSV file long enough
for the importer's worker processes (`import_rows.PARALLEL_MIN_ROWS` rows) and checks that
they converted it (they were alive while the import wrote its batches, and are gone after),
and quits with exit code 0. Any failure prints one line `smoke test failed: ...` on stderr
and exits with 1; a step that hangs fails after TIMEOUT_MS. Settings and the log go beside
the database, never to the user's own. The database must be a new file: the smoke test adds
demo customers to it.

`--measure-startup` quits as soon as the window has painted, after printing `painted after
N.NNN s` (seconds since the operating system started the process; on systems other than
Linux, since this module was imported), so a start can also be timed from outside.
"""

from __future__ import annotations

import csv
import logging
import multiprocessing
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop import translations
from crm_desktop.ui import bus, i18n, tasks
from crm_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SMOKE_CUSTOMERS = 200
TIMEOUT_MS = 180_000
TAB_SETTLE_MS = 150  # lets each tab fetch and paint its first rows
# The long import writes in batches of this many rows: the workers are seen while it writes.
IMPORT_BATCH_ROWS = 2_000
# Mobiles of the imported rows: a prefix the demo data never uses, so none is a duplicate.
IMPORT_MOBILE_BASE = 19_600_000_000

# Seconds since the epoch at which this process started, for --measure-startup.
_PROCESS_STARTED = time.time()


def _process_start_time() -> float:
    """When the operating system started this process (Linux), else when this module loaded."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return _PROCESS_STARTED
    # Field 22 of /proc/self/stat (index 19 after the name) is the start, in ticks after boot.
    return time.time() - uptime + int(fields[19]) / ticks


# Critical and fatal messages from Qt: any of them fails the smoke test.
_qt_problems: list[str] = []


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # Warnings (the offscreen platform's missing window-manager features, for one) go to the
    # log, so that the output stays clean; critical and fatal messages mean something broke.
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        _qt_problems.append(message)
        log.error("Qt: %s", message)
    else:
        log.info("Qt: %s", message)


def check_database_argument(db: str | None, *, creating: bool) -> str | None:
    """What is wrong with --db for these modes, or None: they never touch the user's data."""
    if not db:
        return "give the database with --db PATH (a throw-away file, not your own data)"
    if creating and Path(db).exists():
        return (
            f"{db} already exists; the smoke test adds demo data, so give it the path of a "
            "new file in an empty folder"
        )
    return None


def isolate(folder: Path) -> Path:
    """Keep settings in `folder` instead of the user's and Qt's messages in the log;
    returns the folder for the log."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings")
    )
    qInstallMessageHandler(_qt_message)
    return folder / "logs"


class _FirstPaint(QObject):
    """Quits the application at the first paint of `window` or any of its widgets."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.seen = True
            elapsed = time.time() - _process_start_time()
            print(f"painted after {elapsed:.3f} s", flush=True)
            QTimer.singleShot(0, self.window.close)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def quit_after_first_paint(window: QWidget) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(_FirstPaint(window))


class SmokeFailure(Exception):
    """A check of the smoke test did not hold."""


class SmokeTest(QObject):
    """The steps, run one after the other from the event loop."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.step = "starting"
        self.failed = False
        self.work_dir = Path(tempfile.mkdtemp(prefix="crm-smoke-", dir=window.db_path.parent))
        self.first_customer: int | None = None
        self.import_result = ""
        self.watchdog = QTimer(self)
        self.watchdog.setSingleShot(True)
        self.watchdog.timeout.connect(lambda: self.fail(f"timed out during: {self.step}"))

    # -- running -------------------------------------------------------------------------

    def start(self) -> None:
        sys.excepthook = self._excepthook
        self.watchdog.start(TIMEOUT_MS)
        QTimer.singleShot(0, self.load_demo_data)

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        log.error("smoke test: uncaught exception", exc_info=(exc_type, exc, tb))
        self.fail("".join(traceback.format_exception(exc_type, exc, tb)).strip())

    def fail(self, reason: str) -> None:
        if self.failed:
            return
        self.failed = True
        print(f"smoke test failed ({self.step}): {reason}", file=sys.stderr, flush=True)
        QCoreApplication.exit(1)

    def _then(self, delay_ms: int, step: Callable[[], None]) -> None:
        def guarded() -> None:
            if self.failed:
                return
            if _qt_problems:
                self.fail(f"Qt: {_qt_problems[0]}")
                return
            try:
                step()
            except Exception as exc:
                log.error("smoke test step failed", exc_info=True)
                self.fail(f"{type(exc).__name__}: {exc}")

        QTimer.singleShot(delay_ms, guarded)

    # -- the steps -----------------------------------------------------------------------

    def load_demo_data(self) -> None:
        from crm_desktop.services.demo import DemoSummary, generate_demo
        from crm_desktop.ui.welcome import DEMO_CHANGES

        self.step = "loading demo data"

        def loaded(summary: DemoSummary) -> None:
            if summary.customers != SMOKE_CUSTOMERS or summary.first_id is None:
                self.fail(f"demo data made {summary.customers} customers")
                return
            self.first_customer = summary.first_id
            bus.changed(DEMO_CHANGES)
            self._then(0, self.open_tabs)

        tasks.run_task(
            self.window,
            lambda token: generate_demo(SMOKE_CUSTOMERS, progress=token.progress),
            on_success=loaded,
            on_failure=lambda exc: self.fail(f"{type(exc).__name__}: {exc}"),
        )

    def open_tabs(self) -> None:
        self.step = "opening the tabs"
        tabs = self.window.tabs
        for index in range(tabs.count()):
            self._then(TAB_SETTLE_MS * index, partial(tabs.setCurrentIndex, index))
        self._then(TAB_SETTLE_MS * tabs.count(), self.open_customer)

    def open_customer(self) -> None:
        self.step = "opening a customer"
        assert self.first_customer is not None
        self.window.open_customer(self.first_customer)
        if self.window.detail_tab.current_customer_id() != self.first_customer:
            raise SmokeFailure("the customer detail did not open")
        self._then(TAB_SETTLE_MS, self.open_dialogs)

    def open_dialogs(self) -> None:
        from crm_desktop.logs import log_file
        from crm_desktop.ui.about_dialog import AboutDialog, app_icon
        from crm_desktop.ui.settings_dialog import SettingsDialog

        self.step = "opening the dialogs"
        if app_icon().isNull():
            raise SmokeFailure("the application icon is missing from resources/icons")
        for dialog in (
            AboutDialog(self.window.db_path, log_file(), self.window),
            SettingsDialog(self.window.settings, self.window.db_path, self.window),
        ):
            dialog.show()
            QApplication.processEvents()
            dialog.close()
            dialog.deleteLater()
        self._then(0, self.check_translations)

    def check_translations(self) -> None:
        self.step = "checking the translations"
        for language in translations.LANGUAGES:
            ours = QTranslator()
            if not ours.load(str(translations.qm_path(language))):
                raise SmokeFailure(f"cannot load {translations.qm_path(language)}")
        qt_folder = i18n.qt_translations_folder()
        if not QTranslator().load("qtbase_zh_CN", qt_folder):
            raise SmokeFailure(f"Qt's own Chinese translation is missing from {qt_folder}")
        self._then(0, self.write_spreadsheet)

    def write_spreadsheet(self) -> None:
        import openpyxl
        import openpyxl.xml

        from crm_desktop.services.customer_list import CustomerFilter, count
        from crm_desktop.services.export import ExportColumn, export_customers

        self.step = "writing and reading a spreadsheet"
        # openpyxl parses workbooks with defusedxml only when it could import it.
        if not openpyxl.xml.DEFUSEDXML:
            raise SmokeFailure("defusedxml is not active: openpyxl would parse XML unguarded")
        path = self.work_dir / "customers.xlsx"
        written = export_customers(path, [ExportColumn("name", "Name", width=30)])
        workbook = openpyxl.load_workbook(path, read_only=True)
        try:
            rows = workbook.active.max_row
        finally:
            workbook.close()
        listed = count(CustomerFilter())
        if written != listed or rows != listed + 1:
            raise SmokeFailure(
                f"exported {written} of {listed} customers, read back {rows - 1} rows"
            )
        self._then(0, self.print_pdf)

    def print_pdf(self) -> None:
        from crm_desktop.ui import printing
        from crm_desktop.ui.customer_reports import ProfileReport, load_profile

        self.step = "printing a customer profile to PDF"
        assert self.first_customer is not None
        path = self.work_dir / "customer-profile.pdf"
        pages = printing.save_pdf(ProfileReport(load_profile(self.first_customer)), path)
        if pages < 1 or not path.read_bytes().startswith(b"%PDF"):
            raise SmokeFailure(f"{path} is not a PDF")
        self._then(0, self.import_in_workers)

    def import_in_workers(self) -> None:
        from crm_desktop.services import importer
        from crm_desktop.services.import_rows import PARALLEL_MIN_ROWS, parallel_allowed

        self.step = "importing a long file in worker processes"
        rows = PARALLEL_MIN_ROWS
        path = self.work_dir / "long-import.csv"
        with path.open("w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(["客户名称", "手机"])
            writer.writerows(
                [f"导入检查{number:05d}号店", IMPORT_MOBILE_BASE + number] for number in range(rows)
            )
        # A one-processor machine converts in this process, as it should.
        expect_workers = parallel_allowed(rows)
        workers_seen: set[int] = set()

        def note_workers(done: int, total: int) -> None:
            # Called after each batch is written, while the conversion workers are alive.
            workers_seen.update(child.pid for child in multiprocessing.active_children()
                                if child.pid is not None)

        def work(token: tasks.CancelToken) -> importer.ImportSummary:
            plan = importer.plan_sheet(path)
            options = importer.ImportOptions(batch_size=IMPORT_BATCH_ROWS)
            return importer.run_import(plan, plan.mapping, options, progress=note_workers)

        def imported(summary: importer.ImportSummary) -> None:
            if (summary.created, summary.failed, summary.skipped) != (rows, 0, 0):
                self.fail(f"{rows} rows imported as {summary.created} created, "
                          f"{summary.skipped} skipped, {summary.failed} failed")
                return
            if expect_workers and not workers_seen:
                self.fail("no conversion worker process was running during the import")
                return
            left = multiprocessing.active_children()
            if left:
                self.fail(f"{len(left)} worker processes still running after the import")
                return
            where = (f"in {len(workers_seen)} worker processes" if workers_seen
                     else "in this process (one processor)")
            self.import_result = f"{rows} rows imported {where} in {summary.seconds:.1f} s"
            self._then(0, self.finish)

        tasks.run_task(
            self.window,
            work,
            on_success=imported,
            on_failure=lambda exc: self.fail(f"{type(exc).__name__}: {exc}"),
        )

    def finish(self) -> None:
        self.step = "closing the window"
        self.window.close()
        if self.window.isVisible():
            raise SmokeFailure("the window refused to close")
        self.watchdog.stop()
        print(f"smoke test passed: {SMOKE_CUSTOMERS} demo customers, "
              f"{self.window.tabs.count()} tabs, spreadsheet and PDF in {self.work_dir}; "
              f"{self.import_result}",
              flush=True)
        QCoreApplication.exit(0)
