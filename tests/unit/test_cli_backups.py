"""The headless backup commands: backup [OUT], restore FILE, backups, check."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from crm_desktop import cli
from crm_desktop.services import customers
from crm_desktop.storage.database import close_database, open_database


def _make_db(path: Path, names: list[str]) -> None:
    open_database(path)
    try:
        for name in names:
            customers.create_customer({"name": name})
    finally:
        close_database()


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        names = sorted(str(row[0]) for row in conn.execute("SELECT name FROM customer"))
    conn.close()
    return names


def _run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert cli.main([*argv, "--json"]) == 0, capsys.readouterr().err
    payload = json.loads(capsys.readouterr().out)
    assert isinstance(payload, dict)
    return payload


def test_backup_list_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "shop.db"
    _make_db(path, ["甲公司", "乙公司"])
    made = _run_json(capsys, "backup", "--db", str(path))
    assert made["customers"] == 2 and made["reason"] == "manual"
    assert Path(str(made["path"])).parent == tmp_path / "backups"

    out = tmp_path / "usb" / "copy.db"
    out.parent.mkdir()
    assert _run_json(capsys, "backup", str(out), "--db", str(path))["path"] == str(out)
    into_folder = _run_json(capsys, "backup", str(out.parent), "--db", str(path))
    assert Path(str(into_folder["path"])).parent == out.parent

    _make_db(path, ["丙公司"])  # opens the existing file and adds a third customer
    listed = _run_json(capsys, "backups", "--db", str(path))
    backups = listed["backups"]
    assert isinstance(backups, list) and len(backups) == 1
    assert backups[0]["customers"] == 2

    restored = _run_json(capsys, "restore", str(out), "--db", str(path))
    assert restored["safety_backup"] is not None and restored["damaged_copy"] is None
    assert _names(path) == ["乙公司", "甲公司"]
    assert _names(Path(str(restored["safety_backup"]))) == ["丙公司", "乙公司", "甲公司"]

    assert cli.main(["backups", "--db", str(path)]) == 0
    text = capsys.readouterr().out
    assert "restore" in text and "manual" in text and "customers" in text


def test_check_reports_ok_and_damage_with_the_newest_good_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crm.db"
    _make_db(path, [f"客户{i}" for i in range(60)])
    checked = _run_json(capsys, "check", "--full", "--db", str(path))
    assert checked["ok"] is True and checked["problems"] == []
    good = _run_json(capsys, "backup", "--db", str(path))

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xff" * 8192)
    assert cli.main(["check", "--db", str(path)]) == 1
    text = capsys.readouterr().out
    assert "damaged" in text and str(good["path"]) in text and "restore" in text

    restored = _run_json(capsys, "restore", str(good["path"]), "--db", str(path))
    assert restored["damaged_copy"] is not None and Path(str(restored["damaged_copy"])).is_file()
    assert _run_json(capsys, "check", "--db", str(path))["ok"] is True
    assert len(_names(path)) == 60


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["backups"], "no database at"),
        (["check"], "no database at"),
        (["backup"], "no database at"),
        (["restore", "missing.db"], "no file at"),
    ],
)
def test_missing_files_get_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code = cli.main([*argv, "--db", str(tmp_path / "none.db")])
    err = capsys.readouterr().err
    assert code != 0
    assert err.startswith("error: ") and message in err and err.count("\n") == 1


def test_restoring_something_else_refuses_and_keeps_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crm.db"
    _make_db(path, ["甲公司"])
    sheet = tmp_path / "customers.csv"
    sheet.write_text("name,phone\n甲公司,13800138000\n", encoding="utf-8")
    assert cli.main(["restore", str(sheet), "--db", str(path)]) != 0
    assert "not a CRM Desktop database" in capsys.readouterr().err
    assert _names(path) == ["甲公司"]
    existing = tmp_path / "taken.db"
    existing.write_bytes(b"")
    assert cli.main(["backup", str(existing), "--db", str(path)]) != 0
    assert "already exists" in capsys.readouterr().err
    assert existing.read_bytes() == b""
