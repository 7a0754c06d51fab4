"""Backups, restore and integrity checks of the database file. No Qt.

Where backups live: in a `backups` folder beside the database file, so the default database
(`crm.db` in the user data folder) keeps them in `<user data folder>/backups`, and a file
opened with `--db PATH` keeps them beside that file. Each backup is named
`<database stem>_<UTC time>_<reason>.db` (for example `crm_2026-11-23T104217.123Z_start.db`),
so several databases can share a folder and a listing needs no index file.

How a backup is made: with SQLite's online backup API, never a file copy. The source
connection holds one read transaction for the whole copy (in WAL mode that blocks no
writer, and the copy is one consistent snapshot instead of restarting at every write), copies
a few hundred pages at a time with a short pause between steps, and writes to a `.partial`
file that is renamed into place only after `PRAGMA integrity_check` says ok. A failed or
interrupted backup leaves no file behind.

Restoring replaces the live database's contents through the backup API in one step (one
write transaction), after verifying the chosen file and backing up the current one; a
failure leaves the current file as it was. The file itself stays in place, so connections
that other threads (or windows) hold open see the restored contents at once; on Windows an
open file could not be renamed anyway.

A damaged current file cannot be backed up through SQLite: it is first copied byte for byte
(with its -wal), fsynced, to `<stem>.damaged-<UTC time>Z.db` beside it, and only then are the
backup's pages written over it in place. A file too damaged for SQLite to open at all (its
header destroyed: "file is not a database") cannot be written through SQLite either: the
backup is renamed over it instead, which needs every connection to it closed on Windows;
when the rename is refused, the user is told to restore from the start-up window.
"""

from __future__ import annotations

import calendar
import ctypes
import datetime as dt
import errno
import glob
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from crm_desktop.storage.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseNotFoundError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DiskFullError,
    NotADatabaseError,
    StorageError,
    classify,
)

log = logging.getLogger(__name__)

BACKUP_FOLDER_NAME = "backups"
BACKUP_SUFFIX = ".db"
PARTIAL_SUFFIX = ".partial"
# A partial file older than this was left by a process that was killed mid-backup.
STALE_PARTIAL_AFTER = dt.timedelta(days=1)

# Why a backup was taken; the reason is part of the file name.
REASON_START = "start"
REASON_SCHEDULED = "scheduled"
REASON_MANUAL = "manual"
REASON_IMPORT = "import"
REASON_UNDO = "undo"
REASON_BULK = "bulk"
REASON_MIGRATION = "migration"
REASON_RESTORE = "restore"
REASONS = (
    REASON_START,
    REASON_SCHEDULED,
    REASON_MANUAL,
    REASON_IMPORT,
    REASON_UNDO,
    REASON_BULK,
    REASON_MIGRATION,
    REASON_RESTORE,
)

# Rotation: everything from the last 2 days, then one a day for 12 days, one a week for
# 10 weeks, one a month for 9 months.
KEEP_ALL_FOR = dt.timedelta(days=2)
DAILY_UNTIL = KEEP_ALL_FOR + dt.timedelta(days=12)
WEEKLY_UNTIL = DAILY_UNTIL + dt.timedelta(weeks=10)
MONTHLY_COUNT = 9

# Copy this many pages per step (4 KB pages: 1 MB), pausing between steps so the disk and
# the writers get their turn.
STEP_PAGES = 256
STEP_PAUSE_S = 0.001
# How long a restore waits for other connections to finish writing before saying "busy".
RESTORE_WAIT_S = 10.0
# The files SQLite keeps beside a database in WAL mode.
WAL_SUFFIX = "-wal"
SQLITE_COMPANIONS = (WAL_SUFFIX, "-shm")
# Copying a damaged database aside reads and writes this much at a time.
COPY_CHUNK_BYTES = 1024 * 1024

CHECK_CACHE_KIB = -65_536

_STAMP_FORMAT = "%Y-%m-%dT%H%M%S"
_NAME_PATTERN = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6})\.(?P<millis>\d{3})Z_(?P<reason>[a-z]+)"
    + re.escape(BACKUP_SUFFIX)
    + "$"
)

# File systems on which SQLite's locking is unreliable (it corrupts databases over them).
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "smb2",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.davfs2",
        "fuse.sshfs",
        "sshfs",
        "ncpfs",
        "9p",
        "afs",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.rclone",
    }
)
_DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive


class BackupFailedError(StorageError):
    """A backup could not be made or did not pass its integrity check (nothing was kept)."""

    code = "backup_failed"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when (UTC), why, how big, and how many customers it holds."""

    path: Path
    taken_at: dt.datetime
    reason: str
    size: int
    customers: int | None  # None when the file cannot be read


@dataclass(frozen=True)
class CheckResult:
    """The outcome of an integrity check: ok, or the problems SQLite reported."""

    path: Path
    ok: bool
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup of the contents it replaced (or the copy of the
    damaged file it replaced), the schema version of the restored data, and whether the
    file was replaced by a new one (connections opened before then still see the old one)."""

    restored_from: Path
    safety_backup: BackupInfo | None
    damaged_copy: Path | None
    schema_version: int
    replaced_by_rename: bool = False


# -- names and folders ------------------------------------------------------------------------


def backup_folder(db_path: Path) -> Path:
    """The folder that holds the backups of `db_path` (beside the database file)."""
    return db_path.parent / BACKUP_FOLDER_NAME


def backup_name(db_path: Path, taken_at: dt.datetime, reason: str) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    utc = taken_at.astimezone(dt.UTC)
    millis = utc.microsecond // 1000
    return f"{db_path.stem}_{utc.strftime(_STAMP_FORMAT)}.{millis:03d}Z_{reason}{BACKUP_SUFFIX}"


def parse_backup_name(name: str) -> tuple[str, dt.datetime, str] | None:
    """(database stem, UTC time, reason) from a backup file name, or None for other files."""
    match = _NAME_PATTERN.match(name)
    if match is None:
        return None
    try:
        stamp = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    taken_at = stamp + dt.timedelta(milliseconds=int(match["millis"]))
    return match["stem"], taken_at, match["reason"]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# -- connections --------------------------------------------------------------------------------


def _busy_timeout_s() -> float:
    from crm_desktop.storage.database import BUSY_TIMEOUT_MS

    return BUSY_TIMEOUT_MS / 1000


def open_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection that cannot change `path` (immutable: no locks either, for backup files)."""
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    uri = f"{path.resolve().as_uri()}?{flags}"
    return sqlite3.connect(uri, uri=True, timeout=_busy_timeout_s(), isolation_level=None)


def _run_check(conn: sqlite3.Connection, pragma: str) -> tuple[str, ...]:
    """The problems an integrity pragma reports (empty when it says ok)."""
    # A 64 MB page cache: the check reads every page and index; measured 25% faster.
    conn.execute(f"PRAGMA cache_size = {CHECK_CACHE_KIB}")
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    return () if rows == ["ok"] else tuple(rows)


def _count_customers(conn: sqlite3.Connection) -> int | None:
    try:
        return int(conn.execute("SELECT count(*) FROM customer").fetchone()[0])
    except sqlite3.Error:
        return None


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove %s: %s", path, exc)


def _fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- errors -----------------------------------------------------------------------------------


def _write_error(exc: BaseException, folder: Path) -> StorageError | None:
    """A backup-specific message for a failure to write into the backup folder."""
    number = getattr(exc, "errno", None)
    mapped = classify(exc, str(folder)) if not isinstance(exc, OSError) else None
    if number == errno.ENOSPC or isinstance(mapped, DiskFullError):
        return DiskFullError(
            f"The backup could not be written: the disk is full ({folder}). The database "
            "itself has not been changed. Free some space and try again."
        )
    if number in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(
        mapped, DatabaseReadOnlyError | DatabaseNotFoundError
    ):
        return DatabaseReadOnlyError(
            f"The backup could not be written: the folder {folder} is read-only or cannot "
            "be created. The database itself has not been changed. Check the folder's "
            "permissions, or move the database to a folder you may write to."
        )
    if isinstance(exc, OSError):
        return BackupFailedError(
            f"The backup could not be written to {folder}: {exc.strerror or exc}. The "
            "database itself has not been changed."
        )
    return None


def _backup_error(exc: BaseException, db_path: Path, folder: Path) -> BaseException:
    """Map a failure during a backup to the StorageError the user should see."""
    mapped = classify(exc, str(db_path))
    if isinstance(mapped, DiskFullError | DatabaseReadOnlyError) or isinstance(exc, OSError):
        return _write_error(exc, folder) or exc
    return mapped if mapped is not None else exc


# -- making backups ------------------------------------------------------------------------------


def _pause_between_steps(cancel: Callable[[], bool] | None) -> Callable[[int, int, int], None]:
    def progress(status: int, remaining: int, total: int) -> None:
        if cancel is not None and cancel():
            raise BackupFailedError("The backup was cancelled; no backup file was kept.")
        if remaining:
            time.sleep(STEP_PAUSE_S)

    return progress


def copy_database(
    source: Path,
    target: Path,
    *,
    read_only_source: bool = False,
    cancel: Callable[[], bool] | None = None,
) -> None:
    """Copy `source` into the new file `target` with the backup API, as one snapshot.

    The copy is switched to a rollback journal, so it is one self-contained file.
    """
    if read_only_source:
        src = open_read_only(source)
    else:
        src = sqlite3.connect(source, timeout=_busy_timeout_s(), isolation_level=None)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            # One read transaction for the whole copy: a consistent snapshot that other
            # connections' writes neither block nor restart.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            src.backup(dst, pages=STEP_PAGES, progress=_pause_between_steps(cancel))
            src.execute("COMMIT")
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def create_backup(
    db_path: Path,
    reason: str,
    *,
    now: dt.datetime | None = None,
    destination: Path | None = None,
    cancel: Callable[[], bool] | None = None,
) -> BackupInfo:
    """Back up `db_path` into its backup folder (or into the new file `destination`).

    The copy must pass `PRAGMA integrity_check` before it is kept; otherwise it is deleted
    and BackupFailedError says why. Environment problems (disk full, read-only folder, a
    damaged source) are StorageErrors with a plain message; no partial file is ever left.
    """
    db_path = Path(db_path)
    taken_at = now or utc_now()
    if not db_path.is_file():
        raise DatabaseNotFoundError(
            f"There is no database at {db_path} to back up. Check the path."
        )
    if destination is None:
        folder = backup_folder(db_path)
        target = folder / backup_name(db_path, taken_at, reason)
        while target.exists():  # two backups in the same millisecond
            taken_at += dt.timedelta(milliseconds=1)
            target = folder / backup_name(db_path, taken_at, reason)
    else:
        target = Path(destination)
        folder = target.parent
        if target.exists():
            raise BackupFailedError(
                f"{target} already exists; it was left alone. Choose a new file name."
            )
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_quietly(partial)
        copy_database(db_path, partial, cancel=cancel)
        conn = sqlite3.connect(partial, isolation_level=None)
        try:
            problems = _run_check(conn, "integrity_check")
            customers = _count_customers(conn)
        finally:
            conn.close()
        if problems:
            raise BackupFailedError(
                f"The backup of {db_path} failed its integrity check ({problems[0]}) and was "
                "deleted. The database itself has not been changed; run the integrity check "
                "('python main.py check') to see whether the database is damaged."
            )
        _fsync_file(partial)
        os.replace(partial, target)
        _fsync_folder(folder)
    except BaseException as exc:
        _remove_quietly(partial)
        if isinstance(exc, StorageError):
            raise
        mapped = _backup_error(exc, db_path, folder)
        if mapped is exc:
            raise
        raise mapped from exc
    log.info("backup %s (%s, %d customers)", target, reason, customers or 0)
    return BackupInfo(target, taken_at, reason, target.stat().st_size, customers)


# -- listing and rotation -----------------------------------------------------------------------


def _backup_files(db_path: Path) -> list[tuple[Path, dt.datetime, str]]:
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is not None and parsed[0] == db_path.stem and path.is_file():
            found.append((path, parsed[1], parsed[2]))
    found.sort(key=lambda item: item[1], reverse=True)
    return found


def describe_backup(path: Path) -> BackupInfo:
    """Date (from the name, else the file's time), size, reason and customers of one file."""
    parsed = parse_backup_name(path.name)
    stat = path.stat()
    if parsed is not None:
        taken_at, reason = parsed[1], parsed[2]
    else:
        taken_at, reason = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC), ""
    customers: int | None = None
    try:
        conn = open_read_only(path, immutable=True)
        try:
            customers = _count_customers(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        customers = None
    return BackupInfo(path, taken_at, reason, stat.st_size, customers)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of `db_path`, newest first."""
    return [describe_backup(path) for path, _, _ in _backup_files(Path(db_path))]


def newest_backup_time(db_path: Path) -> dt.datetime | None:
    files = _backup_files(Path(db_path))
    return files[0][1] if files else None


def _months_before(moment: dt.datetime, months: int) -> dt.datetime:
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def backups_to_keep(times: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which backup times the rotation keeps (a pure function of the times and `now`).

    Everything younger than 2 days; then the newest of each UTC day up to 14 days, the newest
    of each ISO week for 10 more weeks, the newest of each month for 9 more months. Buckets
    are calendar periods, so a kept backup stays kept as it ages into the next tier until a
    newer one of the same period replaces it. The newest backup of all is always kept.
    """
    all_times = sorted(set(times), reverse=True)
    monthly_from = _months_before(now - WEEKLY_UNTIL, MONTHLY_COUNT)
    keep: set[dt.datetime] = set()
    seen_buckets: set[tuple[object, ...]] = set()
    for moment in all_times:
        age = now - moment
        utc = moment.astimezone(dt.UTC)
        bucket: tuple[object, ...]
        if age < KEEP_ALL_FOR:
            keep.add(moment)
            continue
        if age < DAILY_UNTIL:
            bucket = ("day", utc.date())
        elif age < WEEKLY_UNTIL:
            iso = utc.isocalendar()
            bucket = ("week", iso.year, iso.week)
        elif moment >= monthly_from:
            bucket = ("month", utc.year, utc.month)
        else:
            continue
        if bucket not in seen_buckets:
            seen_buckets.add(bucket)
            keep.add(moment)
    if all_times:
        keep.add(all_times[0])
    return keep


def rotate_backups(db_path: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps, and partial files a killed process
    left behind more than a day ago; returns the deleted files."""
    db_path = Path(db_path)
    moment_now = now or utc_now()
    files = _backup_files(db_path)
    keep = backups_to_keep([moment for _, moment, _ in files], moment_now)
    doomed = [path for path, moment, _ in files if moment not in keep]
    folder = backup_folder(db_path)
    if folder.is_dir():
        stale_before = moment_now.timestamp() - STALE_PARTIAL_AFTER.total_seconds()
        doomed += [
            path
            for path in folder.glob(f"{glob.escape(db_path.stem)}*{PARTIAL_SUFFIX}")
            if path.stat().st_mtime < stale_before
        ]
    deleted = []
    for path in doomed:
        try:
            path.unlink()
        except OSError as exc:  # in use (Windows) or read-only: try again next time
            log.warning("could not delete old backup %s: %s", path, exc)
            continue
        deleted.append(path)
    return deleted


# -- integrity ------------------------------------------------------------------------------------


def check_database(path: Path, *, full: bool = False) -> CheckResult:
    """`PRAGMA quick_check` (or the slower `integrity_check` with full=True) of a file.

    Never changes the file's contents. A file SQLite cannot read counts as damaged; a file
    it cannot open (permissions) or that is busy raises the StorageError that says so.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseNotFoundError(f"There is no database at {path}. Check the path.")
    pragma = "integrity_check" if full else "quick_check"

    def run(conn: sqlite3.Connection) -> CheckResult:
        try:
            problems = _run_check(conn, pragma)
        finally:
            conn.close()
        return CheckResult(path, not problems, problems)

    cannot_open = DatabaseNotFoundError | DatabaseReadOnlyError
    try:
        try:
            return run(open_read_only(path))
        except sqlite3.Error as exc:
            # A WAL file in a read-only folder opens only the usual way.
            if not isinstance(classify(exc, str(path)), cannot_open):
                raise
        return run(sqlite3.connect(path, timeout=_busy_timeout_s(), isolation_level=None))
    except sqlite3.Error as exc:
        mapped = classify(exc, str(path))
        if isinstance(mapped, cannot_open | DatabaseBusyError):
            raise mapped from exc
        return CheckResult(path, False, (str(exc),))


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of `db_path` that passes a quick check, or None."""
    for path, _, _ in _backup_files(Path(db_path)):
        try:
            conn = open_read_only(path, immutable=True)
            try:
                if _run_check(conn, "quick_check") or _count_customers(conn) is None:
                    continue
            finally:
                conn.close()
        except sqlite3.Error:
            continue
        return describe_backup(path)
    return None


def damaged_database_error(
    db_path: Path, check: CheckResult, good: BackupInfo | None
) -> DatabaseDamagedError:
    """The error for a damaged database, naming `good`, its newest good backup (None when
    there is none: see newest_good_backup)."""
    first = check.problems[0] if check.problems else "unknown damage"
    if good is None:
        advice = (
            "There is no good backup of it. Make a copy of the file before trying repair "
            "tools, and restore a backup you keep elsewhere."
        )
    else:
        advice = (
            f"The newest good backup is {good.path} (taken {good.taken_at:%Y-%m-%d %H:%M} UTC). "
            f'Restore it with: python main.py restore "{good.path}"'
        )
    return DatabaseDamagedError(
        f"The database {db_path} is damaged ({first}). It has not been changed. {advice}"
    )


def verify_crm_file(path: Path) -> int:
    """Check that `path` is an intact CRM Desktop database this version can open.

    Returns its schema version; raises NotADatabaseError, DatabaseDamagedError or
    DatabaseTooNewError with a message that says what to do.
    """
    from crm_desktop.storage.database import SCHEMA_VERSION

    path = Path(path)
    if not path.is_file():
        raise DatabaseNotFoundError(f"There is no file at {path}. Check the path.")
    not_crm = NotADatabaseError(
        f"{path} is not a CRM Desktop database (or it is encrypted). Choose another file."
    )
    try:
        conn = open_read_only(path)
        try:
            problems = _run_check(conn, "integrity_check")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            has_customers = _count_customers(conn) is not None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        mapped = classify(exc, str(path))
        if isinstance(mapped, NotADatabaseError):
            raise not_crm from exc
        if isinstance(mapped, DatabaseBusyError):
            raise mapped from exc
        raise DatabaseDamagedError(f"{path} is damaged ({exc}). Choose another backup.") from exc
    if problems:
        raise DatabaseDamagedError(f"{path} is damaged ({problems[0]}). Choose another backup.")
    if version < 1 or not has_customers:
        raise not_crm
    if version > SCHEMA_VERSION:
        raise DatabaseTooNewError(
            f"{path} was written by a newer version of CRM Desktop (schema {version}; this "
            f"version understands up to {SCHEMA_VERSION}). Install the newer version to "
            "restore it."
        )
    return version


# -- restore ------------------------------------------------------------------------------------


def _page_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_size").fetchone()[0])


def _stage(source: Path, staging: Path, live: Path) -> None:
    """Copy `source` into `staging` with the live database's page size (a WAL database
    accepts a backup only of its own page size)."""
    copy_database(source, staging, read_only_source=True)
    if not live.is_file():
        return
    with_live = open_read_only(live)
    try:
        wanted = _page_size(with_live)
    finally:
        with_live.close()
    conn = sqlite3.connect(staging, isolation_level=None)
    try:
        if _page_size(conn) != wanted:
            conn.execute(f"PRAGMA page_size = {int(wanted)}")
            conn.execute("VACUUM")
    finally:
        conn.close()


def _with_suffix_text(path: Path, extra: str) -> Path:
    """`path` with `extra` added to its name (crm.db -> crm.db-wal)."""
    return path.with_name(path.name + extra)


def _damaged_copy_name(db_path: Path, now: dt.datetime) -> Path:
    """`<stem>.damaged-<UTC time>Z<suffix>` beside the database, not yet taken."""
    moment = now.astimezone(dt.UTC)
    while True:
        stamp = moment.strftime(_STAMP_FORMAT)
        aside = db_path.with_name(f"{db_path.stem}.damaged-{stamp}Z{db_path.suffix}")
        if not aside.exists():
            return aside
        moment += dt.timedelta(seconds=1)  # two restores in the same second


def _discard_damaged_copy(damaged_copy: Path) -> None:
    """Delete a copy made by `_copy_damaged_aside` (and its -wal and -shm): the restore
    failed and left the damaged file itself as it was."""
    for extra in ("", *SQLITE_COMPANIONS):
        _remove_quietly(_with_suffix_text(damaged_copy, extra))


def _copy_damaged_aside(db_path: Path, now: dt.datetime) -> Path:
    """Copy a damaged database and its -wal, byte for byte and fsynced, to
    `<stem>.damaged-<UTC time>Z.db` beside it, before anything writes to it.

    Each file is written under a `.partial` name and renamed only when all are complete,
    so a failure (a full disk) leaves no copy behind; the error says what to do.
    """
    aside = _damaged_copy_name(db_path, now)
    pairs = [(db_path, aside)]
    wal = _with_suffix_text(db_path, WAL_SUFFIX)
    if wal.is_file():
        # The -wal first: a copy that exists under its final name is always complete.
        pairs.insert(0, (wal, _with_suffix_text(aside, WAL_SUFFIX)))
    finished: list[Path] = []
    try:
        for source, target in pairs:
            partial = _with_suffix_text(target, PARTIAL_SUFFIX)
            try:
                with source.open("rb") as reader, partial.open("wb") as writer:
                    shutil.copyfileobj(reader, writer, COPY_CHUNK_BYTES)
                    writer.flush()
                    os.fsync(writer.fileno())
                os.replace(partial, target)
            finally:
                _remove_quietly(partial)
            finished.append(target)
        _fsync_folder(db_path.parent)
    except OSError as exc:
        for target in finished:
            _remove_quietly(target)
        mapped = _write_error(exc, db_path.parent)
        if mapped is None:
            raise
        raise mapped from exc
    log.info("copied the damaged database %s to %s", db_path, aside)
    return aside


def _put_back(moved: list[tuple[Path, Path]]) -> bool:
    """Undo renames (original, new name), newest first; False when one cannot be undone."""
    undone = True
    for original, renamed in reversed(moved):
        try:
            os.replace(renamed, original)
        except OSError as exc:
            log.error("could not move %s back to %s: %s", renamed, original, exc)
            undone = False
    return undone


def _rename_over_damaged(staging: Path, db_path: Path, damaged_copy: Path) -> None:
    """Put `staging` in place of a database SQLite cannot open at all, by renames.

    The damaged file and its -wal and -shm are renamed onto the names of `damaged_copy`
    (which holds the same bytes; a stale WAL must not meet the new file), then `staging`
    takes the database's name. On Windows a file that a connection holds open cannot be
    renamed: then every rename done is undone, the copy is deleted, the live file is as it
    was, and the error tells the user to restore from the start-up window instead.
    """
    moved: list[tuple[Path, Path]] = []
    try:
        for extra in SQLITE_COMPANIONS:
            companion = _with_suffix_text(db_path, extra)
            if companion.exists():
                target = _with_suffix_text(damaged_copy, extra)
                os.replace(companion, target)
                moved.append((companion, target))
        os.replace(db_path, damaged_copy)
        moved.append((db_path, damaged_copy))
        os.replace(staging, db_path)
    except OSError as exc:
        if not _put_back(moved):
            raise DatabaseDamagedError(
                f"The backup could not be put in place of the damaged database {db_path} "
                f"({exc.strerror or exc}), and the damaged file could not be moved back "
                f"completely: its pieces are {damaged_copy} and the files beside it that "
                "begin with that name. Close CRM Desktop, move them back by hand (or copy "
                "them somewhere safe), then start CRM Desktop again to restore a backup."
            ) from exc
        _discard_damaged_copy(damaged_copy)
        if isinstance(exc, PermissionError):
            raise DatabaseBusyError(
                f"The database {db_path} is too damaged to be restored while it is open, and "
                "CRM Desktop or another program holds it open, so the backup was not restored "
                "and nothing was changed. Close CRM Desktop (and any other program that uses "
                "the file) and start it again: the start-up window finds the damaged file and "
                "offers to restore the newest good backup."
            ) from exc
        raise BackupFailedError(
            f"The backup could not be put in place of the damaged database {db_path} "
            f"({exc.strerror or exc}). Nothing was changed. Close CRM Desktop and start it "
            "again: the start-up window offers to restore the newest good backup."
        ) from exc
    _fsync_folder(db_path.parent)


def _replace_contents(staging: Path, db_path: Path) -> None:
    """Write `staging` over the live database in one write transaction (backup API, all
    pages in one step), waiting up to RESTORE_WAIT_S for other writers."""
    deadline = time.monotonic() + RESTORE_WAIT_S

    def give_up_when_busy(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise DatabaseBusyError(
                f"The database is busy ({db_path}): another window or program is writing to "
                "it, so the backup was not restored and nothing was changed. Close the other "
                "CRM Desktop windows that use this file and try again."
            )

    src = sqlite3.connect(staging, isolation_level=None)
    try:
        live = sqlite3.connect(db_path, timeout=min(1.0, RESTORE_WAIT_S), isolation_level=None)
        try:
            src.backup(live, pages=-1, progress=give_up_when_busy)
        finally:
            live.close()
    finally:
        src.close()


def _is_not_a_database(db_path: Path) -> bool:
    """Whether SQLite cannot read `db_path` as a database at all ("file is not a database").

    Asked through a read-only connection: a read-write one would, on closing, copy the
    file's -wal into it and delete the -wal, changing the damaged file.
    """
    try:
        conn = open_read_only(db_path)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return isinstance(classify(exc, str(db_path)), NotADatabaseError)
    return False


def _restore_over_damaged(staging: Path, db_path: Path, now: dt.datetime) -> tuple[Path, bool]:
    """Restore `staging` over the damaged database `db_path`, keeping a copy of it first.

    Returns the copy and whether the file was replaced by a rename. The backup's pages are
    written over the file in place; only when SQLite cannot open the file as a database at
    all is it renamed aside instead (see `_rename_over_damaged`). A failure deletes the copy
    again: the damaged file is then as it was.
    """
    damaged_copy = _copy_damaged_aside(db_path, now)
    if _is_not_a_database(db_path):
        log.warning("%s cannot be opened as a database; renaming the backup over it", db_path)
    else:
        try:
            _replace_contents(staging, db_path)
        except sqlite3.DatabaseError as exc:
            if not isinstance(classify(exc, str(db_path)), NotADatabaseError):
                _discard_damaged_copy(damaged_copy)
                raise
            log.warning("%s cannot be written as a database (%s); renaming over it", db_path, exc)
        except BaseException:
            _discard_damaged_copy(damaged_copy)
            raise
        else:
            return damaged_copy, False
    _rename_over_damaged(staging, db_path, damaged_copy)
    return damaged_copy, True


def restore_backup(source: Path, db_path: Path, *, now: dt.datetime | None = None) -> RestoreResult:
    """Make `db_path` hold the contents of the backup `source`.

    `source` is verified first (an intact CRM database, not newer than this version); then
    the current database is backed up (or, when it is damaged, copied aside byte for byte);
    then the contents are replaced in one transaction, in the same file, so connections
    other threads hold stay valid. Only a file SQLite cannot open at all is replaced by a
    rename (`replaced_by_rename` in the result). Any failure leaves the current file as it
    was. An older schema is migrated the next time the database is opened.
    """
    source, db_path = Path(source), Path(db_path)
    moment = now or utc_now()
    if not source.is_file():
        raise DatabaseNotFoundError(f"There is no file at {source}. Check the path.")
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise BackupFailedError(f"{source} is the database itself; choose a backup file.")
    folder = backup_folder(db_path)
    staging = folder / f"{db_path.stem}.restoring{BACKUP_SUFFIX}{PARTIAL_SUFFIX}"
    safety: BackupInfo | None = None
    damaged_copy: Path | None = None
    replaced_by_rename = False
    try:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _remove_quietly(staging)
            _stage(source, staging, db_path)
        except (OSError, sqlite3.Error) as exc:
            mapped = classify(exc, str(source))
            if isinstance(exc, sqlite3.Error) and isinstance(
                mapped, NotADatabaseError | DatabaseDamagedError
            ):
                verify_crm_file(source)  # raises the message that names the file
            write_error = _write_error(exc, folder)
            if write_error is None:
                raise
            raise write_error from exc
        version = verify_crm_file(staging)
        if db_path.exists():
            if check_database(db_path).ok:
                safety = create_backup(db_path, REASON_RESTORE, now=moment)
                _replace_contents(staging, db_path)
            else:
                damaged_copy, replaced_by_rename = _restore_over_damaged(staging, db_path, moment)
        else:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging, db_path)
            replaced_by_rename = True
    except (OSError, sqlite3.Error) as exc:
        mapped_error = _backup_error(exc, db_path, folder)
        if mapped_error is exc:
            raise
        raise mapped_error from exc
    finally:
        _remove_quietly(staging)
    log.info("restored %s from %s", db_path, source)
    return RestoreResult(source, safety, damaged_copy, version, replaced_by_rename)


# -- network shares -------------------------------------------------------------------------------


def _unescape_mount_field(field: str) -> str:
    """/proc/mounts writes spaces, tabs, newlines and backslashes as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_proc_mounts(text: str) -> list[tuple[str, str, str]]:
    """(device, mount point, file system type) from /proc/mounts (Linux)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(
                (_unescape_mount_field(fields[0]), _unescape_mount_field(fields[1]), fields[2])
            )
    return mounts


_MAC_MOUNT_LINE = re.compile(r"^(?P<device>.+?) on (?P<point>.+) \((?P<type>[^,)]+)")


def parse_mount_output(text: str) -> list[tuple[str, str, str]]:
    """(device, mount point, file system type) from the `mount` command's output (macOS)."""
    mounts = []
    for line in text.splitlines():
        match = _MAC_MOUNT_LINE.match(line.strip())
        if match:
            mounts.append((match["device"], match["point"], match["type"].strip()))
    return mounts


def _mount_of(path: str, mounts: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The mount that holds `path`: the longest mount point that is a prefix of it."""
    target = PurePosixPath(path)
    best: tuple[str, str, str] | None = None
    for mount in mounts:
        point = PurePosixPath(mount[1])
        if (target == point or point in target.parents) and (
            best is None or len(point.parts) > len(PurePosixPath(best[1]).parts)
        ):
            best = mount
    return best


def _read_mount_table(platform: str) -> list[tuple[str, str, str]]:
    try:
        if platform.startswith("linux"):
            return parse_proc_mounts(Path("/proc/mounts").read_text(encoding="utf-8"))
        if platform == "darwin":
            output = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
            return parse_mount_output(output)
    except (OSError, subprocess.SubprocessError, UnicodeDecodeError) as exc:
        log.warning("could not read the mount table: %s", exc)
    return []


def _windows_drive_type(root: str) -> int:
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def network_share_reason(
    path: Path | str,
    *,
    platform: str | None = None,
    mounts: list[tuple[str, str, str]] | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """Why `path` is on a network share (SQLite's locking is unsafe there), or None.

    Windows: a UNC path (\\\\server\\share) or a drive letter that GetDriveTypeW calls
    remote. macOS and Linux: the file system of the mount holding the path (smbfs, nfs,
    afpfs, cifs, sshfs, ...). `platform`, `mounts` and `drive_type` are for tests.
    """
    system = platform or sys.platform
    text = str(path)
    if system == "win32":
        windows_path = PureWindowsPath(text)
        if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
            return f"the path {text} is a network share (UNC path {windows_path.anchor})"
        drive = windows_path.drive
        if drive and len(drive) == 2 and drive[1] == ":":
            root = drive + "\\"
            if (drive_type or _windows_drive_type)(root) == _DRIVE_REMOTE:
                return f"the drive {drive} is a mapped network drive"
        return None
    absolute = os.path.abspath(text)
    table = mounts if mounts is not None else _read_mount_table(system)
    mount = _mount_of(absolute, table)
    if mount is None:
        return None
    device, point, fs_type = mount
    if fs_type.lower() in NETWORK_FILE_SYSTEMS:
        return f"{point} is a network share ({fs_type} from {device})"
    return None
