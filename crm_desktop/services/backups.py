"""When backups are taken, over the open database; restore and checks for the screens. No Qt.

- On start: `backup_if_due()` takes one when none was taken yet today (local date).
- Before an import, an undo, a restore or a bulk change (more than one customer):
  `backup_before(reason)`. The importer calls `backup_before(backup.REASON_IMPORT)` before
  its transaction starts; a failed backup raises a StorageError and the work does not start.
  Migrations are backed up by `storage.database.open_database` itself.
- While the window is open: `scheduled_backup()` from a timer (every SCHEDULE_INTERVAL).

Every backup is rotated right after it is made (storage/backup.py describes the rules and
where the files live). All of these open their own connection to the file, so they can run
on any thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.services.changes import Changes
from crm_desktop.storage import backup
from crm_desktop.storage.backup import BackupInfo, CheckResult, RestoreResult
from crm_desktop.storage.database import (
    bound_database,
    close_database,
    database_path,
    migrate,
    open_database,
)

SCHEDULE_INTERVAL = dt.timedelta(hours=2)
# A scheduled backup is skipped when another one is younger than this (e.g. taken on start).
SCHEDULE_MIN_GAP = dt.timedelta(hours=1)
BEFORE_REASONS = (
    backup.REASON_IMPORT,
    backup.REASON_UNDO,
    backup.REASON_BULK,
    backup.REASON_MIGRATION,
    backup.REASON_RESTORE,
)


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.UTC)


# A quick check reads the whole file (about a second per 100 MB here): up to this size the
# start waits for it; a bigger file is checked just after the window opens, in the
# background, so that a large customer base still opens in a second or two.
QUICK_CHECK_BEFORE_OPEN_BYTES = 256 * 1024 * 1024


def take_backup(reason: str, *, now: dt.datetime | None = None) -> BackupInfo:
    """Back up the open database now, then rotate its backups."""
    moment = _now(now)
    path = database_path()
    made = backup.create_backup(path, reason, now=moment)
    backup.rotate_backups(path, moment)
    return made


def is_daily_backup_due(newest: dt.datetime | None, now: dt.datetime) -> bool:
    """Due when no backup was taken on today's local date (or the newest is in the future,
    after a clock change)."""
    if newest is None:
        return True
    return newest.astimezone().date() < now.astimezone().date() or newest > now


def backup_if_due(now: dt.datetime | None = None) -> BackupInfo | None:
    """On start: a backup, unless one was already taken today. Returns it, or None."""
    moment = _now(now)
    if not is_daily_backup_due(backup.newest_backup_time(database_path()), moment):
        return None
    return take_backup(backup.REASON_START, now=moment)


def backup_before(reason: str, *, rows: int | None = None) -> BackupInfo | None:
    """A backup before work a user could regret; call it before the work's transaction.

    `reason` is one of BEFORE_REASONS. For a bulk change, `rows` is the number of
    customers it touches: a change to one customer is covered by undo alone.
    """
    if reason not in BEFORE_REASONS:
        raise ValueError(f"not a reason for a backup before work: {reason!r}")
    if reason == backup.REASON_BULK and rows is not None and rows < 2:
        return None
    return take_backup(reason)


def scheduled_backup(now: dt.datetime | None = None) -> BackupInfo | None:
    """From the window's timer: a backup unless a recent one exists. Returns it, or None."""
    moment = _now(now)
    newest = backup.newest_backup_time(database_path())
    if newest is not None and dt.timedelta(0) <= moment - newest < SCHEDULE_MIN_GAP:
        return None
    return take_backup(backup.REASON_SCHEDULED, now=moment)


def backup_now() -> BackupInfo:
    """The "back up now" button."""
    return take_backup(backup.REASON_MANUAL)


def list_backups() -> list[BackupInfo]:
    """The open database's backups, newest first."""
    return backup.list_backups(database_path())


def backup_folder() -> Path:
    return backup.backup_folder(database_path())


def check(*, full: bool = False) -> CheckResult:
    """Integrity check of the open database."""
    return backup.check_database(database_path(), full=full)


def restore(source: Path, *, now: dt.datetime | None = None) -> tuple[RestoreResult, Changes]:
    """Replace the open database's contents with the backup `source` (backing up the
    current contents first, or copying a damaged file aside); an older schema is migrated
    at once. Every screen must reload.

    The contents are written into the same file, so the connections other threads hold
    stay valid; it may run on a worker thread while the window keeps its connection.
    """
    path = database_path()
    result = backup.restore_backup(Path(source), path, now=_now(now))
    if result.replaced_by_rename:
        # A damaged file SQLite could not open was renamed aside: this thread's connection
        # still points at it. (Any other thread's connection does too; that file could not
        # be read anyway.)
        close_database()
        open_database(path)
    else:
        # An older schema is brought up to date; the backup file still holds the old one.
        migrate(bound_database())
    return result, Changes.everything()


@dataclass(frozen=True)
class StartCheck:
    """What the window must know before it opens a database file."""

    path: Path
    damage: CheckResult | None  # the failed check when the file is damaged, else None
    newest_good: BackupInfo | None  # the backup to offer when it is damaged
    network_share: str | None  # why the file is on a network share, or None
    deferred: bool = False  # too big to check before opening: check it once the window is up

    @property
    def damaged(self) -> bool:
        return self.damage is not None


def check_before_open(path: Path, *, check_now: bool | None = None) -> StartCheck:
    """Quick integrity check and network-share test of a file before it is opened.

    A file that does not exist yet (it will be created) is fine. Nothing is written. A file
    over QUICK_CHECK_BEFORE_OPEN_BYTES is not checked here unless `check_now` says so: the
    result is then `deferred`, and the window checks it in the background (`check`).
    """
    path = Path(path)
    share = backup.network_share_reason(path.parent if not path.exists() else path)
    if not path.is_file():
        return StartCheck(path, None, None, share)
    if check_now is None:
        check_now = path.stat().st_size <= QUICK_CHECK_BEFORE_OPEN_BYTES
    if not check_now:
        return StartCheck(path, None, None, share, deferred=True)
    result = backup.check_database(path)
    if result.ok:
        return StartCheck(path, None, None, share)
    return StartCheck(path, result, backup.newest_good_backup(path), share)


def restore_before_open(source: Path, path: Path) -> RestoreResult:
    """Restore `source` into the database file `path` before it is opened (a damaged file
    is first copied aside, unchanged)."""
    return backup.restore_backup(Path(source), Path(path))
