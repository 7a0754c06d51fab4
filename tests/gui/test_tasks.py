"""The workers behind run_task: the database worker keeps its connection between tasks."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from peewee import SqliteDatabase
from pytestqt.qtbot import QtBot

from crm_desktop.ui import tasks


@pytest.fixture
def real_workers() -> Iterator[None]:
    tasks.set_synchronous(False)
    try:
        yield
    finally:
        assert tasks.wait_for_all()
        tasks.set_synchronous(True)


def test_the_database_worker_keeps_one_thread_and_its_connection(
    qtbot: QtBot, db: SqliteDatabase, real_workers: None
) -> None:
    results: list[object] = []

    def first(token: tasks.CancelToken) -> str:
        # A temporary table lives in its connection only: the next task sees it only if
        # it runs on the same connection.
        db.execute_sql("CREATE TEMP TABLE worker_mark (x)")
        return threading.current_thread().name

    def second(token: tasks.CancelToken) -> tuple[str, int]:
        count = db.execute_sql("SELECT count(*) FROM temp.worker_mark").fetchone()[0]
        return threading.current_thread().name, int(count)

    tasks.run_task(None, first, on_success=results.append)
    tasks.run_task(None, second, on_success=results.append)
    qtbot.waitUntil(lambda: len(results) == 2)
    assert results[0] == results[1][0] != threading.current_thread().name  # type: ignore[index]
    assert results[1] == (results[0], 0)


def test_background_work_runs_beside_and_failures_come_back(
    qtbot: QtBot, real_workers: None
) -> None:
    started = threading.Event()
    release = threading.Event()
    outcomes: list[object] = []

    def long_read(token: tasks.CancelToken) -> str:
        started.set()
        release.wait(5)
        return "read"

    def broken(token: tasks.CancelToken) -> None:
        raise ValueError("bad input")

    tasks.run_task(None, long_read, on_success=outcomes.append, background=True)
    assert started.wait(5)
    tasks.run_task(None, broken, on_failure=outcomes.append)
    qtbot.waitUntil(lambda: len(outcomes) == 1)
    assert isinstance(outcomes[0], ValueError), "the database worker did not wait for it"
    release.set()
    qtbot.waitUntil(lambda: len(outcomes) == 2)
    assert outcomes[1] == "read"


def test_shutdown_ends_the_workers_with_their_connections_and_later_work_starts_anew(
    qtbot: QtBot, db: SqliteDatabase, real_workers: None
) -> None:
    workers: list[str] = []

    def note_thread(token: tasks.CancelToken) -> str:
        db.execute_sql("SELECT count(*) FROM customer").fetchone()
        return threading.current_thread().name

    tasks.run_task(None, note_thread, on_success=workers.append)
    qtbot.waitUntil(lambda: len(workers) == 1)
    assert tasks.shutdown()
    assert not any(t.name == workers[0] for t in threading.enumerate()), "the worker ended"

    tasks.run_task(None, note_thread, on_success=workers.append)
    qtbot.waitUntil(lambda: len(workers) == 2)
