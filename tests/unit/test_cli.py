"""The headless commands: exit codes, one-line errors, JSON output, main.py's dispatch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    assert cli.main(["demo", "--customers", "80", "--seed", "4", "--db", str(path), "--json"]) == 0
    return path


def test_demo_creates_the_database_and_reports_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new" / "crm.db"
    assert cli.main(["demo", "--customers", "25", "--db", str(path), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["customers"] == 25 and summary["orders"] > 0
    assert path.exists()


def test_search_finds_by_name_fragment(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    import sqlite3

    name = sqlite3.connect(demo_db).execute("SELECT name FROM customer WHERE id = 3").fetchone()[0]
    assert cli.main(["search", name[:4], "--db", str(demo_db), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["query"] == name[:4]
    assert 3 in [c["id"] for c in result["customers"]]
    assert result["total"] >= 1


def test_search_text_output_and_no_match(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert cli.main(["search", "不存在的客户名称", "--db", str(demo_db)]) == 0
    assert capsys.readouterr().out.strip() == "No customer matches."


def test_missing_database_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.db"
    assert cli.main(["search", "x", "--db", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: There is no database at") and err.count("\n") == 1
    assert not missing.exists(), "a mistyped path never creates a database"


@pytest.mark.parametrize(
    "argv",
    [
        ["search"],
        ["demo", "--customers", "many"],
        ["no-such-command"],
        ["search", "x", "--limit", "0"],
    ],
)
def test_bad_arguments_exit_non_zero_with_one_line(
    argv: list[str], demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert cli.main([*argv, "--db", str(demo_db)]) != 0
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_locked_database_is_a_clear_message(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from crm_desktop.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(demo_db)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        capsys.readouterr()
        code = cli.main(["demo", "--customers", "5", "--db", str(demo_db)])
    finally:
        holder.rollback()
        holder.close()
    assert code == 2
    assert "busy" in capsys.readouterr().err


def test_main_py_runs_a_command_without_opening_a_window(demo_db: Path) -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(demo_db), "search", "有限公司", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"] > 0
    assert "PySide6" not in result.stderr


def test_refresh_recomputes_a_stale_classification(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    query = "SELECT id, value_class, rfm_segment FROM customer ORDER BY id"
    with sqlite3.connect(demo_db) as connection:
        classified = connection.execute(query).fetchall()
        connection.execute("UPDATE customer SET rfm_segment = NULL, value_class = NULL")
    capsys.readouterr()
    assert cli.main(["refresh", "--db", str(demo_db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["customers"] == 80
    with sqlite3.connect(demo_db) as connection:
        assert connection.execute(query).fetchall() == classified
