"""Long work off the GUI thread: an operation object with success/failure callbacks.

    run_task(parent, lambda token: service_call(..., progress=token.progress,
                                                cancel=token.is_cancelled),
             on_success=..., on_failure=..., label=tr("Importing..."))

Database work runs on one worker thread (one at a time, like Anki's task manager), so two
writes never race; the worker opens its own SQLite connection (peewee connects per thread).
Work that only reads, or opens its own sqlite3 connections, and may take long (backups,
integrity checks, the reminder lists) goes to the background workers with
`background=True`, so the list's queries and the user's writes never wait for it; WAL lets
those readers run beside the writer.
A progress dialog appears only when the work takes longer than PROGRESS_DELAY_MS, and has a
Cancel button when the work reads `token.is_cancelled`. Callbacks run on the GUI thread;
workers never touch widgets.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 600

_synchronous = False
_active: set[Task] = set()


class _Workers:
    """Python threads that run queued tasks in order, started when first needed.

    Python's own threads rather than a QThreadPool: Python forgets a Qt pool thread's
    thread-local data after every task, and peewee keeps each thread's connection there, so
    every task opened a new SQLite connection (schema read again, page cache cold).
    """

    def __init__(self, name: str, threads: int) -> None:
        self._name = name
        self._threads = threads
        self._started: list[threading.Thread] = []
        self._queue: queue.SimpleQueue[Task | None] = queue.SimpleQueue()  # None: stop
        self._pending = 0
        self._idle = threading.Condition()

    def start(self, task: Task) -> None:
        with self._idle:
            self._pending += 1
        self._started = [thread for thread in self._started if thread.is_alive()]
        if len(self._started) < self._threads:
            thread = threading.Thread(
                target=self._serve, name=f"{self._name}-{len(self._started) + 1}", daemon=True
            )
            self._started.append(thread)
            thread.start()
        self._queue.put(task)

    def _serve(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                # This thread's connection closed here: the last connection to close folds
                # the write-ahead log back into the database file.
                from crm_desktop.storage.database import close_database

                close_database()
                return
            try:
                task.execute()
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    def wait_for_done(self, timeout_ms: int) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout_ms / 1000)

    def stop(self, timeout_ms: int) -> None:
        """End the threads once their queued work is done, each closing its connection."""
        for _ in self._started:
            self._queue.put(None)
        for thread in self._started:
            thread.join(timeout_ms / 1000)
        self._started = [thread for thread in self._started if thread.is_alive()]


# One database worker: writes never race, and it keeps its connection and page cache.
_database_worker = _Workers("database-worker", 1)
# Two: a reminder refresh does not wait for an hour-long backup of a big file.
_background_workers = _Workers("background-worker", 2)


def set_synchronous(value: bool) -> None:
    """Run tasks inline on the calling thread (tests: deterministic, no waiting)."""
    global _synchronous
    _synchronous = value


def shutdown(timeout_ms: int = 30_000) -> bool:
    """Cancel running tasks, wait for them, and end the workers with their database
    connections (the window closing). Tasks started later start new workers."""
    finished = wait_for_all(timeout_ms)
    for workers in (_database_worker, _background_workers):
        workers.stop(timeout_ms)
    return finished


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Cancel running tasks and wait for the workers (called when the window closes)."""
    for task in list(_active):
        task.token.cancel()
    return all(
        workers.wait_for_done(timeout_ms) for workers in (_database_worker, _background_workers)
    )


class CancelToken:
    """Handed to the work: it reports progress and asks whether the user cancelled."""

    def __init__(self, emit_progress: Callable[[int, int], None]) -> None:
        self._cancelled = threading.Event()
        self._emit = emit_progress

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, done: int, total: int) -> None:
        self._emit(done, total)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task(QObject):
    """One piece of background work; create with `run_task`."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[CancelToken], Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        label: str,
        cancellable: bool,
        background: bool = False,
    ) -> None:
        super().__init__(parent)
        self._background = background
        self._work = work
        self._on_success = on_success
        self._on_failure = on_failure
        self._label = label
        self._cancellable = cancellable
        self._dialog: QProgressDialog | None = None
        self._parent_widget = parent
        self.signals = _Signals()
        self.token = CancelToken(self.signals.progressed.emit)
        self.signals.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)

    def execute(self) -> None:
        try:
            result = self._work(self.token)
        except BaseException as exc:  # reported on the GUI thread, never swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)

    def start(self) -> None:
        _active.add(self)
        if _synchronous:
            try:
                result = self._work(self.token)
            except BaseException as exc:
                self._failed(exc)
            else:
                self._succeeded(result)
            return
        if self._label:
            self._timer.start(PROGRESS_DELAY_MS)
        (_background_workers if self._background else _database_worker).start(self)

    def _show_progress(self) -> None:
        dialog = QProgressDialog(
            self._label, self.tr("Cancel") if self._cancellable else "", 0, 0, self._parent_widget
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.token.cancel)
        dialog.show()
        self._dialog = dialog

    def _progressed(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        _active.discard(self)
        self.deleteLater()

    def _succeeded(self, result: object) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            from crm_desktop.ui.errors import show_error

            show_error(self._parent_widget, exc)


def run_task(
    parent: QWidget | None,
    work: Callable[[CancelToken], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    label: str = "",
    cancellable: bool = False,
    background: bool = False,
) -> Task:
    """Run `work(token)` on the database worker; callbacks come back on the GUI thread.

    `background=True` runs it on a background worker instead: only for work that reads
    (each thread has its own connection) or uses its own sqlite3 connections. Without
    `on_failure`, an environment error is shown as a plain message and a bug goes to the
    crash dialog.
    """
    task = Task(parent, work, on_success, on_failure, label, cancellable, background)
    task.start()
    return task
