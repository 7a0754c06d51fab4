"""Backups: rotation, consistency under writes, integrity, restore, damage, network shares."""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from crm_desktop.services import backups, customers
from crm_desktop.storage import backup
from crm_desktop.storage.backup import (
    BackupFailedError,
    backups_to_keep,
    network_share_reason,
    parse_mount_output,
    parse_proc_mounts,
)
from crm_desktop.storage.database import SCHEMA_VERSION, close_database, open_database
from crm_desktop.storage.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DiskFullError,
    NotADatabaseError,
)
from crm_desktop.storage.models import Customer

START = dt.datetime(2025, 1, 1, 0, 0, tzinfo=dt.UTC)


# -- rotation ------------------------------------------------------------------------------------


def _check_rotation(kept: list[dt.datetime], now: dt.datetime, *, full: bool) -> None:
    """Everything from the last 2 days; at most one per day / week / month in the older
    tiers and (once the clock has run past all tiers, `full`) at least one for every period
    that lies wholly inside its tier."""
    by_bucket: dict[tuple[object, ...], int] = {}
    for moment in kept:
        age = now - moment
        assert age < backup.WEEKLY_UNTIL + dt.timedelta(days=9 * 31 + 31), moment
        if age < backup.KEEP_ALL_FOR:
            continue
        if age < backup.DAILY_UNTIL:
            key: tuple[object, ...] = ("day", moment.date())
        elif age < backup.WEEKLY_UNTIL:
            key = ("week", *moment.isocalendar()[:2])
        else:
            key = ("month", moment.year, moment.month)
        by_bucket[key] = by_bucket.get(key, 0) + 1
    assert all(count == 1 for count in by_bucket.values()), by_bucket
    if not full:
        return

    day = (now - backup.DAILY_UNTIL).date() + dt.timedelta(days=1)
    while day < (now - backup.KEEP_ALL_FOR).date():
        assert by_bucket.get(("day", day)) == 1, day
        day += dt.timedelta(days=1)
    monday = (now - backup.WEEKLY_UNTIL).date()
    monday += dt.timedelta(days=7 - monday.weekday())
    weeks = 0
    while monday + dt.timedelta(days=7) <= (now - backup.DAILY_UNTIL).date():
        assert by_bucket.get(("week", *monday.isocalendar()[:2])) == 1, monday
        monday += dt.timedelta(days=7)
        weeks += 1
    assert weeks >= 9
    months = [key for key in by_bucket if key[0] == "month"]
    assert 8 <= len(months) <= 10, months


def test_rotation_over_400_simulated_days() -> None:
    """A backup every 2 hours, rotated after each one, with a clock run for 400 days."""
    kept: list[dt.datetime] = []
    now = START
    checked_days = 0
    while now < START + dt.timedelta(days=400):
        kept.append(now)
        keep = backups_to_keep(kept, now)
        kept = sorted(keep)
        if now.hour == 0:
            _check_rotation(kept, now, full=(now - START).days >= 370)
            checked_days += 1
        now += dt.timedelta(hours=2)
    _check_rotation(kept, now - dt.timedelta(hours=2), full=True)
    assert checked_days == 400
    young = [m for m in kept if now - m <= backup.KEEP_ALL_FOR + dt.timedelta(hours=2)]
    assert len(young) >= 24
    # 2 days of everything (24) + 12 daily + ~10 weekly + ~9 monthly, not 4,800 files.
    assert len(kept) <= 24 + 13 + 11 + 10 + 1
    assert min(kept) >= now - dt.timedelta(days=14 + 70 + 9 * 31 + 31)


def test_rotation_keeps_the_newest_backup_even_when_everything_is_old() -> None:
    old = [START, START + dt.timedelta(days=1)]
    assert backups_to_keep(old, START + dt.timedelta(days=3000)) == {old[1]}
    assert backups_to_keep([], START) == set()


def test_backup_names_carry_time_and_reason_and_parse_back(tmp_path: Path) -> None:
    moment = dt.datetime(2026, 3, 5, 8, 9, 10, 123456, tzinfo=dt.UTC)
    name = backup.backup_name(tmp_path / "my_shop.db", moment, backup.REASON_IMPORT)
    assert name == "my_shop_2026-03-05T080910.123Z_import.db"
    assert backup.parse_backup_name(name) == (
        "my_shop",
        moment.replace(microsecond=123000),
        "import",
    )
    assert backup.parse_backup_name("notes.txt") is None
    with pytest.raises(ValueError, match="reason"):
        backup.backup_name(tmp_path / "crm.db", moment, "whim")


# -- making backups ------------------------------------------------------------------------------


def test_backup_is_a_checked_self_contained_copy_beside_the_database(
    db: SqliteDatabase, new_customer: Callable[..., int], tmp_path: Path
) -> None:
    for index in range(3):
        new_customer(f"客户{index}")
    made = backups.backup_now()
    assert made.path.parent == tmp_path / "backups"
    assert made.reason == "manual" and made.customers == 3
    assert not list(made.path.parent.glob("*.partial"))
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 3
    listed = backups.list_backups()
    assert [(b.path, b.customers, b.reason) for b in listed] == [(made.path, 3, "manual")]
    assert listed[0].size == made.path.stat().st_size > 0


def test_backup_while_another_connection_writes_every_10_ms(
    db: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)")
        conn.executemany("INSERT INTO filler (data) VALUES (randomblob(1000))", [()] * 4000)
    monkeypatch.setattr(backup, "STEP_PAGES", 8)  # many small steps: writes land in between
    monkeypatch.setattr(backup, "STEP_PAUSE_S", 0.002)
    stop = threading.Event()
    writes: list[float] = []
    failures: list[BaseException] = []

    def writer() -> None:
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)
        try:
            while not stop.is_set():
                conn.execute("INSERT INTO filler (data) VALUES (randomblob(1000))")
                writes.append(time.monotonic())
                time.sleep(0.01)
        except BaseException as exc:
            failures.append(exc)
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.05)
        started = time.monotonic()
        made = backup.create_backup(path, backup.REASON_SCHEDULED)
        finished = time.monotonic()
        time.sleep(0.03)
    finally:
        stop.set()
        thread.join()
    assert not failures
    during = [moment for moment in writes if started <= moment <= finished]
    assert during, "the writer was blocked during the backup"
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        copied = conn.execute("SELECT count(*) FROM filler").fetchone()[0]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM filler").fetchone()[0] == 4000 + len(writes)
    assert 4000 <= copied <= 4000 + len(writes)


def test_a_backup_failing_its_integrity_check_is_deleted_and_reported(
    db: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_check = backup._run_check

    def damaged_copy(conn: sqlite3.Connection, pragma: str) -> tuple[str, ...]:
        if pragma == "integrity_check":
            return ("*** in database main *** Page 7: btreeInitPage() returns error code 11",)
        return real_check(conn, pragma)

    monkeypatch.setattr(backup, "_run_check", damaged_copy)
    with pytest.raises(BackupFailedError, match=r"failed its integrity check.*deleted"):
        backups.backup_now()
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_read_only_backup_folder_gives_a_clear_message_and_no_file(
    db: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(source: Path, target: Path, **_: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr(backup, "copy_database", refuse)
    with pytest.raises(DatabaseReadOnlyError, match=r"backup could not be written.*read-only"):
        backups.backup_now()
    assert not list((tmp_path / "backups").glob("*"))


def test_a_full_disk_gives_a_clear_message_and_no_half_backup(
    db: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_disk(source: Path, target: Path, **_: object) -> None:
        target.write_bytes(b"half a backup")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "copy_database", fill_disk)
    with pytest.raises(DiskFullError, match=r"disk is full.*not been changed"):
        backups.backup_now()
    assert not list((tmp_path / "backups").glob("*"))


def test_backup_to_a_chosen_file_refuses_to_overwrite(db: SqliteDatabase, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere" / "copy.db"
    made = backup.create_backup(tmp_path / "crm.db", backup.REASON_MANUAL, destination=out)
    assert made.path == out and out.is_file()
    with pytest.raises(BackupFailedError, match="already exists"):
        backup.create_backup(tmp_path / "crm.db", backup.REASON_MANUAL, destination=out)


# -- policy --------------------------------------------------------------------------------------


def test_start_backup_at_most_once_a_day_and_scheduled_ones_spaced(db: SqliteDatabase) -> None:
    morning = dt.datetime.now(dt.UTC).replace(microsecond=0)
    assert backups.backup_if_due(morning) is not None
    assert backups.backup_if_due(morning + dt.timedelta(minutes=5)) is None
    assert backups.scheduled_backup(morning + dt.timedelta(minutes=30)) is None
    later = backups.scheduled_backup(morning + dt.timedelta(hours=2))
    assert later is not None and later.reason == "scheduled"
    assert backups.is_daily_backup_due(morning - dt.timedelta(days=1), morning)
    assert not backups.is_daily_backup_due(morning, morning)
    assert [b.reason for b in backups.list_backups()] == ["scheduled", "start"]


def test_bulk_changes_and_undo_are_backed_up_first(
    db: SqliteDatabase, new_customer: Callable[..., int]
) -> None:
    ids = [new_customer(f"客户{i}") for i in range(3)]
    customers.set_archived(ids[:1], True)  # one customer: undo covers it, no backup
    assert backups.list_backups() == []
    changes = customers.delete_customers(ids)
    assert changes.operation_id is not None
    customers.undo_operation(changes.operation_id)
    taken = backups.list_backups()
    assert [b.reason for b in taken] == ["undo", "bulk"]
    assert [b.customers for b in taken] == [0, 3]
    with pytest.raises(ValueError, match="reason"):
        backups.backup_before("start")


# -- restore -------------------------------------------------------------------------------------


def test_restore_round_trip_backs_up_the_current_file_first(
    db: SqliteDatabase, new_customer: Callable[..., int], tmp_path: Path
) -> None:
    new_customer("甲公司")
    saved = backups.backup_now()
    new_customer("乙公司")
    result, changes = backups.restore(saved.path, now=dt.datetime.now(dt.UTC))
    assert changes.all_customers
    # The open connection sees the restored contents at once.
    assert [c.name for c in Customer.select()] == ["甲公司"]
    assert result.safety_backup is not None and result.safety_backup.customers == 2
    assert result.schema_version == SCHEMA_VERSION
    assert result.damaged_copy is None
    with sqlite3.connect(tmp_path / "crm.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list((tmp_path / "backups").glob("*.partial"))
    # Searching still works: the search index came back with the rows.
    new_customer("丙公司")
    assert Customer.select().count() == 2


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"name,phone\n", NotADatabaseError, "not a CRM Desktop database"),
        ("sqlite_other_app", NotADatabaseError, "not a CRM Desktop database"),
        ("too_new", DatabaseTooNewError, "newer version"),
    ],
)
def test_restore_refuses_files_that_are_not_our_database(
    db: SqliteDatabase,
    new_customer: Callable[..., int],
    tmp_path: Path,
    content: bytes | str,
    error: type[Exception],
    message: str,
) -> None:
    new_customer("甲公司")
    candidate = tmp_path / "candidate.db"
    if isinstance(content, bytes):
        candidate.write_bytes(content)
    else:
        with sqlite3.connect(candidate) as conn:
            if content == "too_new":
                conn.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY)")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
            else:
                conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
        conn.close()
    with pytest.raises(error, match=message):
        backups.restore(candidate)
    assert [c.name for c in Customer.select()] == ["甲公司"]
    assert backups.list_backups() == []


def test_a_restore_that_cannot_get_the_write_lock_changes_nothing(
    db: SqliteDatabase,
    new_customer: Callable[..., int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_customer("甲公司")
    saved = backups.backup_now()
    new_customer("乙公司")
    monkeypatch.setattr(backup, "RESTORE_WAIT_S", 0.3)
    other = sqlite3.connect(tmp_path / "crm.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError, match=r"busy.*not restored"):
            backups.restore(saved.path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert sorted(c.name for c in Customer.select()) == ["乙公司", "甲公司"]
    assert not list((tmp_path / "backups").glob("*.partial"))


def _damage(path: Path) -> None:
    """Write garbage over the middle of a database file."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2 - 4096)
        handle.write(b"\xde\xad\xbe\xef" * 2048)


def test_damaged_file_is_detected_and_the_newest_good_backup_named(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.db"
    database = open_database(path)
    with database.atomic():
        for index in range(120):
            customers.create_customer({"name": f"客户{index}", "notes": "备注" * 300})
    good = backups.backup_now()
    close_database()
    broken_backup = (
        path.parent
        / "backups"
        / backup.backup_name(path, good.taken_at + dt.timedelta(hours=1), backup.REASON_SCHEDULED)
    )
    broken_backup.write_bytes(good.path.read_bytes())
    _damage(broken_backup)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _damage(path)
    original = path.read_bytes()

    result = backup.check_database(path)
    assert not result.ok and result.problems
    assert backup.check_database(good.path).ok
    assert backup.newest_good_backup(path) == backup.describe_backup(good.path)
    error = backup.damaged_database_error(path, result, backup.newest_good_backup(path))
    assert isinstance(error, DatabaseDamagedError)
    assert str(good.path) in str(error) and "has not been changed" in str(error)
    assert path.read_bytes() == original  # checking never writes

    restored = backup.restore_backup(good.path, path)
    assert restored.safety_backup is None
    assert restored.damaged_copy is not None
    assert restored.damaged_copy.read_bytes() == original  # copied aside, byte for byte
    assert not restored.replaced_by_rename
    assert backup.check_database(path, full=True).ok
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 120
    conn.close()


def _damaged_database(tmp_path: Path) -> tuple[Path, backup.BackupInfo]:
    """A WAL database of 150 customers, damaged in the middle, and a good backup of 120."""
    path = tmp_path / "crm.db"
    database = open_database(path)
    for first, last in ((0, 120), (120, 150)):
        if first:
            good = backups.backup_now()
        with database.atomic():
            for index in range(first, last):
                customers.create_customer({"name": f"客户{index}", "notes": "备注" * 300})
    close_database()
    _damage(path)
    assert not backup.check_database(path).ok
    return path, good


def _headerless_database(tmp_path: Path) -> tuple[Path, backup.BackupInfo]:
    """A database whose header is destroyed (SQLite: "file is not a database"), left with a
    -wal of unwritten changes as a crash leaves it, and a good backup of 120 customers."""
    path, good = _damaged_database(tmp_path)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("CREATE TABLE scratch (note TEXT)")
        writer.execute("INSERT INTO scratch VALUES ('saved')")
        writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # A change of the same size touches one page, not the header page: the -wal holds
        # no copy of the header that SQLite could read instead of the destroyed one.
        writer.execute("UPDATE scratch SET note = 'later'")
        # The files as a crash leaves them: the main file and a -wal with those changes.
        for name in (path.name, path.name + "-wal"):
            (crashed / name).write_bytes((tmp_path / name).read_bytes())
    finally:
        writer.close()
    for name in (path.name, path.name + "-wal"):
        (tmp_path / name).write_bytes((crashed / name).read_bytes())
    with path.open("r+b") as handle:
        handle.write(b"not a database header " * 5)
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    assert not backup.check_database(path).ok
    return path, good


def _files_beside(path: Path) -> dict[str, bytes]:
    """The database file and its -wal as bytes, by name."""
    found = {}
    for name in (path.name, path.name + "-wal"):
        if (path.parent / name).is_file():
            found[name] = (path.parent / name).read_bytes()
    return found


def test_restore_over_a_damaged_file_held_open_writes_in_place_and_keeps_a_copy(
    tmp_path: Path,
) -> None:
    path, good = _damaged_database(tmp_path)
    other = sqlite3.connect(path, isolation_level=None)  # another thread's connection
    try:
        other.execute("CREATE TABLE scratch (note TEXT)")  # frames in the -wal
        other.execute("INSERT INTO scratch VALUES ('written after the damage')")
        before = _files_beside(path)
        assert before[path.name + "-wal"]
        inode = os.stat(path).st_ino

        restored = backup.restore_backup(good.path, path)

        assert os.stat(path).st_ino == inode  # the same file: nothing was renamed
        assert not restored.replaced_by_rename and restored.safety_backup is None
        assert other.execute("SELECT count(*) FROM customer").fetchone()[0] == 120
        assert other.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'scratch'"
        ).fetchone() == (0,)
    finally:
        other.close()
    copy = restored.damaged_copy
    assert copy is not None and copy.parent == tmp_path
    assert copy.name.startswith("crm.damaged-") and copy.name.endswith("Z.db")
    assert _files_beside(copy) == {
        copy.name: before[path.name],
        copy.name + "-wal": before[path.name + "-wal"],
    }
    assert backup.check_database(path, full=True).ok
    assert not list(tmp_path.glob("*.partial"))
    assert not list((tmp_path / "backups").glob("*.partial"))


def test_the_window_keeps_its_connection_when_a_damaged_file_is_restored(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.db"
    database = open_database(path)
    try:
        with database.atomic():
            for index in range(120):
                customers.create_customer({"name": f"客户{index}", "notes": "备注" * 300})
        good = backups.backup_now()
        customers.create_customer({"name": "备份之后"})
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        connection = database.connection()
        _damage(path)  # the file is damaged while the window has it open
        assert not backups.check().ok
        result, changes = backups.restore(good.path)
        assert changes.all_customers and result.damaged_copy is not None
        assert database.connection() is connection  # not closed and reopened
        assert Customer.select().count() == 120
    finally:
        close_database()


def test_a_file_with_a_destroyed_header_is_replaced_by_rename_and_kept(tmp_path: Path) -> None:
    path, good = _headerless_database(tmp_path)
    before = _files_beside(path)

    restored = backup.restore_backup(good.path, path)

    assert restored.replaced_by_rename
    copy = restored.damaged_copy
    assert copy is not None
    assert _files_beside(copy) == {
        copy.name: before[path.name],
        copy.name + "-wal": before[path.name + "-wal"],
    }
    # The crashed file's -wal went with it: it must never be applied to the restored file.
    assert not path.with_name(path.name + "-wal").exists()
    assert backup.check_database(path, full=True).ok
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 120
    conn.close()
    assert not list(tmp_path.glob("*.partial"))


def _renames_failing(
    monkeypatch: pytest.MonkeyPatch, failure: Callable[[Path, Path], OSError | None]
) -> list[tuple[Path, Path]]:
    """os.replace raises what `failure` gives for a rename (None: it renames); returns the
    list of every (source, target) asked for, filled as they come."""
    real_replace = os.replace
    asked: list[tuple[Path, Path]] = []

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        asked.append((Path(source), Path(target)))
        error = failure(Path(source), Path(target))
        if error is not None:
            raise error
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    return asked


def test_a_refused_rename_leaves_the_damaged_file_as_it_was_and_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, good = _headerless_database(tmp_path)
    before = _files_beside(path)

    def in_use(source: Path, target: Path) -> OSError | None:
        """Windows: a file that a connection holds open cannot be renamed."""
        if path in (source, target):
            return PermissionError(13, "The process cannot access the file", str(source))
        return None

    renames = _renames_failing(monkeypatch, in_use)
    with pytest.raises(DatabaseBusyError) as raised:
        backup.restore_backup(good.path, path)
    monkeypatch.undo()

    message = str(raised.value)
    assert any(path in rename for rename in renames) and str(path) in message
    assert "nothing was changed" in message
    assert "Close CRM Desktop" in message and "start-up window" in message
    assert "newest good backup" in message
    # Its -wal was moved aside before the main file was refused, and moved back.
    assert _files_beside(path) == before
    assert not list(tmp_path.glob("crm.damaged-*"))
    assert not list(tmp_path.glob("*.partial"))
    assert [b.path for b in backup.list_backups(path)] == [good.path]


def test_a_failed_last_rename_moves_the_damaged_file_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, good = _headerless_database(tmp_path)
    before = _files_beside(path)

    def failing_last(source: Path, target: Path) -> OSError | None:
        """The damaged files move aside, then the backup cannot take the database's name."""
        if target == path and source.name.endswith(".partial"):
            return OSError(errno.EIO, "Input/output error", str(source))
        return None

    renames = _renames_failing(monkeypatch, failing_last)
    with pytest.raises(BackupFailedError, match=r"Input/output error.*Nothing was changed"):
        backup.restore_backup(good.path, path)
    monkeypatch.undo()

    names = [(source.name, target.name) for source, target in renames]
    assert any(s == "crm.db" and t.startswith("crm.damaged-") for s, t in names)
    assert any(s.startswith("crm.damaged-") and t == "crm.db" for s, t in names)
    assert _files_beside(path) == before  # main file and -wal moved back, unchanged
    assert not list(tmp_path.glob("crm.damaged-*"))
    assert not list(tmp_path.glob("*.partial"))


def test_a_full_disk_while_copying_the_damaged_file_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, good = _damaged_database(tmp_path)
    before = _files_beside(path)

    def fill_disk(reader: object, writer: io.BufferedWriter, length: int = 0) -> None:
        writer.write(b"half a copy")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", fill_disk)
    with pytest.raises(DiskFullError, match=r"disk is full.*not been changed"):
        backup.restore_backup(good.path, path)
    monkeypatch.undo()

    assert _files_beside(path) == before
    assert not list(tmp_path.glob("crm.damaged-*"))
    assert not list(tmp_path.glob("*.partial"))
    assert [b.path for b in backup.list_backups(path)] == [good.path]
    assert not list((tmp_path / "backups").glob("*.partial"))


# -- network shares ------------------------------------------------------------------------------

PROC_MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
server:/export/office /mnt/office nfs4 rw,relatime,vers=4.2 0 0
//nas/shared\\040docs /mnt/shared\\040docs cifs rw,relatime 0 0
user@host:/home/user /home/me/remote fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /mnt/office/local ext4 rw 0 0
"""

MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//alice@nas.local/Office on /Volumes/Office (smbfs, nodev, nosuid, mounted by alice)
afp_0TQ3Y000Ws0i-1.2d000002 on /Volumes/Team Share (afpfs, nodev, nosuid, mounted by bob)
/dev/disk5s1 on /Volumes/USB Stick (msdos, local, nodev, nosuid, noowners)
"""


def test_network_shares_are_detected_from_linux_mount_tables() -> None:
    mounts = parse_proc_mounts(PROC_MOUNTS)
    assert ("//nas/shared docs", "/mnt/shared docs", "cifs") in mounts

    def reason(path: str) -> str | None:
        return network_share_reason(path, platform="linux", mounts=mounts)

    nfs = reason("/mnt/office/crm.db")
    assert nfs is not None and "nfs4" in nfs and "/mnt/office" in nfs
    cifs = reason("/mnt/shared docs/crm.db")
    assert cifs is not None and "cifs" in cifs
    sshfs = reason("/home/me/remote/crm.db")
    assert sshfs is not None and "sshfs" in sshfs
    assert reason("/mnt/office/local/crm.db") is None  # a local disk mounted inside the share
    assert reason("/home/me/crm.db") is None
    assert reason("/mnt/officer/crm.db") is None  # a prefix of the name is not the mount


def test_network_shares_are_detected_from_macos_mount_output() -> None:
    mounts = parse_mount_output(MAC_MOUNT)

    def reason(path: str) -> str | None:
        return network_share_reason(path, platform="darwin", mounts=mounts)

    smb = reason("/Volumes/Office/CRM/crm.db")
    assert smb is not None and "smbfs" in smb and "nas.local" in smb
    afp = reason("/Volumes/Team Share/crm.db")
    assert afp is not None and "afpfs" in afp
    assert reason("/Volumes/USB Stick/crm.db") is None
    assert reason("/Users/alice/Library/crm.db") is None


def test_network_shares_are_detected_on_windows() -> None:
    def drive_type(root: str) -> int:
        return 4 if root.upper() == "Z:\\" else 3  # DRIVE_REMOTE for Z:, DRIVE_FIXED else

    def reason(path: str) -> str | None:
        return network_share_reason(path, platform="win32", drive_type=drive_type)

    unc = reason(r"\\fileserver\office\crm.db")
    assert unc is not None and "UNC" in unc
    mapped = reason(r"Z:\CRM\crm.db")
    assert mapped is not None and "Z:" in mapped and "mapped network drive" in mapped
    assert reason(r"C:\Users\me\AppData\Local\crm-desktop\crm.db") is None
    assert reason(r"\\?\C:\very\long\path\crm.db") is None


def test_the_real_mount_table_is_read_on_linux(tmp_path: Path) -> None:
    if not Path("/proc/mounts").is_file():
        pytest.skip("no /proc/mounts on this system")
    mounts = backup._read_mount_table("linux")
    assert any(point == "/" for _, point, _ in mounts)
    assert network_share_reason(tmp_path / "crm.db", platform="linux", mounts=[]) is None


def test_rotation_deletes_files_and_stale_partials_but_not_other_files(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "crm.db"
    now = dt.datetime.now(dt.UTC)
    made = [
        backup.create_backup(path, backup.REASON_SCHEDULED, now=now - dt.timedelta(hours=h))
        for h in (100, 99, 1)
    ]
    folder = tmp_path / "backups"
    killed = folder / "crm_2020-01-01T000000.000Z_start.db.partial"
    killed.write_bytes(b"half")
    in_progress = folder / "crm.restoring.db.partial"
    in_progress.write_bytes(b"being written now")
    os.utime(killed, (0, 0))
    mine = folder / "my notes.txt"
    mine.write_text("kept")

    deleted = backup.rotate_backups(path, now)
    # 100 and 99 hours ago fall on the same day, or on two days: one a day is kept.
    same_day = made[0].taken_at.date() == made[1].taken_at.date()
    assert (made[0].path in deleted) == same_day
    assert killed in deleted and not killed.exists()
    assert in_progress.exists() and mine.exists() and made[2].path.exists()


def test_restore_converts_a_backup_with_another_page_size(
    db: SqliteDatabase, new_customer: Callable[..., int], tmp_path: Path
) -> None:
    new_customer("甲公司")
    odd = tmp_path / "from another machine.db"
    source = sqlite3.connect(tmp_path / "crm.db")
    target = sqlite3.connect(odd, isolation_level=None)
    source.backup(target)
    source.close()
    target.execute("PRAGMA journal_mode = DELETE")
    target.execute("PRAGMA page_size = 8192")
    target.execute("VACUUM")
    target.execute("UPDATE customer SET name = '乙公司'")
    assert target.execute("PRAGMA page_size").fetchone()[0] == 8192
    target.close()

    backups.restore(odd)
    assert [c.name for c in Customer.select()] == ["乙公司"]
    with sqlite3.connect(tmp_path / "crm.db") as conn:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
