"""Backups headless: `backup [OUT]`, `restore FILE`, `backups` (list) and `check`.

None of them needs the database to open cleanly: `check` and `restore` are what a user
reaches for when it does not.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crm_desktop.cli import AddCommand, UserError, emit, open_db
from crm_desktop.storage import backup
from crm_desktop.storage.backup import BackupInfo
from crm_desktop.storage.database import close_database, resolve_db_path


def register(add: AddCommand) -> None:
    parser = add(
        "backup",
        "back up the database (into its backups folder, or into the new file OUT)",
    )
    parser.add_argument("out", nargs="?", metavar="OUT", help="a new file or a folder")
    parser.set_defaults(run=run_backup)

    parser = add(
        "restore",
        "replace the database's contents with a backup (the current contents are backed "
        "up first; a damaged database is first kept as an unchanged copy)",
    )
    parser.add_argument("file", metavar="FILE", help="the backup file to restore")
    parser.set_defaults(run=run_restore)

    parser = add("backups", "list the database's backups, newest first")
    parser.set_defaults(run=run_list)

    parser = add("check", "check the database's integrity (exit code 1 when damaged)")
    parser.add_argument(
        "--full", action="store_true", help="the thorough integrity_check instead of quick_check"
    )
    parser.set_defaults(run=run_check)


def _db_path(args: argparse.Namespace) -> Path:
    path = resolve_db_path(args.db)
    if not path.is_file():
        raise UserError(f"there is no database at {path}; check the path or --db")
    return path


def _local_time(info: BackupInfo) -> str:
    return info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _as_dict(info: BackupInfo) -> dict[str, Any]:
    return {
        "path": str(info.path),
        "taken_at": info.taken_at.isoformat(),
        "reason": info.reason,
        "size": info.size,
        "customers": info.customers,
    }


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size / 1024:.0f} KB"


def run_backup(args: argparse.Namespace) -> int:
    path = _db_path(args)
    if args.out:
        out = Path(args.out).expanduser()
        if out.is_dir():
            out = out / backup.backup_name(path, backup.utc_now(), backup.REASON_MANUAL)
        made = backup.create_backup(path, backup.REASON_MANUAL, destination=out)
    else:
        made = backup.create_backup(path, backup.REASON_MANUAL)
        backup.rotate_backups(path)
    emit(
        args,
        _as_dict(made),
        f"Backed up {made.customers or 0:,} customers to {made.path} ({_size(made.size)}).",
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"there is no file at {source}; give the path of a backup file")
    path = resolve_db_path(args.db)
    result = backup.restore_backup(source, path)
    # Opening brings an older schema up to date and proves the result opens.
    open_db(args)
    close_database()
    lines = [f"Restored {path} from {source}."]
    if result.safety_backup is not None:
        lines.append(f"The previous contents were backed up to {result.safety_backup.path}.")
    if result.damaged_copy is not None:
        lines.append(f"The damaged database was kept, unchanged, as {result.damaged_copy}.")
    emit(
        args,
        {
            "database": str(path),
            "restored_from": str(source),
            "safety_backup": str(result.safety_backup.path) if result.safety_backup else None,
            "damaged_copy": str(result.damaged_copy) if result.damaged_copy else None,
            "schema_version": result.schema_version,
        },
        "\n".join(lines),
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    path = _db_path(args)
    found = backup.list_backups(path)
    if found:
        rows = [
            f"{_local_time(info)}  {_size(info.size):>9}  "
            f"{'?' if info.customers is None else f'{info.customers:,}':>9} customers  "
            f"{info.reason:<9}  {info.path.name}"
            for info in found
        ]
        text = "\n".join([f"Backups in {backup.backup_folder(path)}:", *rows])
    else:
        text = f"No backups yet in {backup.backup_folder(path)}."
    emit(
        args,
        {"folder": str(backup.backup_folder(path)), "backups": [_as_dict(i) for i in found]},
        text,
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    path = _db_path(args)
    result = backup.check_database(path, full=args.full)
    share = backup.network_share_reason(path)
    payload: dict[str, Any] = {
        "database": str(path),
        "ok": result.ok,
        "problems": list(result.problems),
        "network_share": share,
    }
    if result.ok:
        lines = [f"{path}: ok ({'integrity_check' if args.full else 'quick_check'})."]
    else:
        good = backup.newest_good_backup(path)
        payload["newest_good_backup"] = str(good.path) if good else None
        lines = [str(backup.damaged_database_error(path, result, good))]
    if share:
        lines.append(
            f"Warning: {share}. SQLite databases on network shares can be corrupted; "
            "keep the database on a local disk."
        )
    emit(args, payload, "\n".join(lines))
    return 0 if result.ok else 1
