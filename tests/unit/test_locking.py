"""Two processes writing one database: writes wait (busy timeout); past it, a clear
"the database is busy" error and nothing is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.services import customers
from crm_desktop.storage import database
from crm_desktop.storage.database import close_database, open_database
from crm_desktop.storage.errors import (
    DatabaseBusyError,
    DatabaseReadOnlyError,
    translate_errors,
)
from crm_desktop.storage.models import Customer

ROOT = Path(__file__).resolve().parents[2]

# The other process: opens the same file, starts a write transaction, says so, holds it.
HOLD_WRITE = """
import sys, time
from crm_desktop.services import customers
from crm_desktop.storage.database import open_database

db = open_database(sys.argv[1])
with db.atomic():
    customers.create_customer({"name": "另一进程的客户"})
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
print("committed", flush=True)
"""


def _hold_write_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE, str(path), str(seconds)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == "holding", child.stderr.read() if child.stderr else line
    return child


def _finish(child: subprocess.Popen[str]) -> None:
    out, err = child.communicate(timeout=30)
    assert child.returncode == 0, err
    assert out.strip() == "committed"


@pytest.fixture
def shared_db(tmp_path: Path) -> Path:
    path = tmp_path / "crm.db"
    open_database(path)
    customers.create_customer({"name": "原有客户"})
    close_database()
    return path


def _names() -> list[str]:
    return sorted(c.name for c in Customer.select())


def test_a_write_longer_than_the_busy_timeout_gives_a_clear_busy_error(
    shared_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    open_database(shared_db)
    try:
        child = _hold_write_lock(shared_db, 1.5)
        try:
            with (
                pytest.raises(DatabaseBusyError, match=r"database is busy.*Nothing was changed"),
                translate_errors(str(shared_db)),
            ):
                customers.create_customer({"name": "本进程的客户"})
        finally:
            _finish(child)
        # Nothing lost: the other process's write is there, ours was not half-done, and
        # trying again now succeeds.
        assert _names() == ["原有客户", "另一进程的客户"]
        customers.create_customer({"name": "本进程的客户"})
        assert _names() == ["原有客户", "另一进程的客户", "本进程的客户"]
    finally:
        close_database()


def test_a_short_write_is_waited_for_and_both_writes_succeed(
    shared_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 5000)
    open_database(shared_db)
    try:
        child = _hold_write_lock(shared_db, 0.3)
        try:
            with translate_errors(str(shared_db)):
                customers.create_customer({"name": "本进程的客户"})
        finally:
            _finish(child)
        assert _names() == ["原有客户", "另一进程的客户", "本进程的客户"]
        # A transaction that reads before it writes (checking a customer code is free)
        # must wait too, not fail because the other process committed meanwhile.
        existing = Customer.get(Customer.name == "原有客户").id
        child = _hold_write_lock(shared_db, 0.3)
        try:
            with translate_errors(str(shared_db)):
                customers.update_customer(existing, {"code": "C-001"})
        finally:
            _finish(child)
        assert Customer.get_by_id(existing).code == "C-001"
        assert len(_names()) == 4
    finally:
        close_database()


def test_a_read_only_database_gives_a_clear_message_and_keeps_the_data(
    shared_db: Path,
) -> None:
    db = open_database(shared_db)
    try:
        # Root may write to any file, so the test makes the connection read-only instead
        # of the file; SQLite answers both with SQLITE_READONLY.
        db.execute_sql("PRAGMA query_only = 1")
        with (
            pytest.raises(DatabaseReadOnlyError, match=r"cannot be written.*Nothing was changed"),
            translate_errors(str(shared_db)),
        ):
            customers.create_customer({"name": "写不进去的客户"})
        assert _names() == ["原有客户"]
    finally:
        close_database()
