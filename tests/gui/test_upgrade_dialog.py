"""Opening a database an older version wrote: backed up and upgraded under a progress window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from crm_desktop.storage import backup, database
from crm_desktop.storage.database import SCHEMA_VERSION, close_database, schema_version
from crm_desktop.storage.models import Customer
from crm_desktop.ui.upgrade_dialog import open_upgrading
from tests.unit.test_migrations import NAMES, build_current, build_v1


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    yield
    close_database()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The label of every progress window shown."""
    labels: list[str] = []
    original = QProgressDialog.show

    def record(dialog: QProgressDialog) -> None:
        labels.append(dialog.labelText())
        original(dialog)

    monkeypatch.setattr(QProgressDialog, "show", record)
    return labels


def test_an_older_database_is_backed_up_and_upgraded_under_a_progress_window(
    qtbot: QtBot, tmp_path: Path, shown: list[str]
) -> None:
    path = tmp_path / "crm.db"
    build_v1(path)
    assert database.pending_upgrade(path) == (1, SCHEMA_VERSION)

    open_upgrading(path)

    assert len(shown) == 1 and "backup" in shown[0] and str(path) in shown[0]
    assert schema_version(database.bound_database()) == SCHEMA_VERSION
    assert sorted(c.name for c in Customer.select()) == sorted(NAMES)
    assert [b.reason for b in backup.list_backups(path)] == ["migration"]
    assert database.pending_upgrade(path) is None


def test_a_current_database_opens_without_a_window(
    qtbot: QtBot, tmp_path: Path, shown: list[str]
) -> None:
    path = tmp_path / "crm.db"
    build_current(path)
    open_upgrading(path)
    assert shown == []
    assert Customer.select().count() == len(NAMES)


def test_a_failed_upgrade_is_raised_and_leaves_the_file_as_it_was(
    qtbot: QtBot, tmp_path: Path, shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.db"
    build_v1(path)

    def broken(db: SqliteDatabase) -> None:
        db.execute_sql("UPDATE customer SET name = 'half-upgraded'")
        raise RuntimeError("upgrade step failed")

    monkeypatch.setattr(database, "MIGRATIONS", {**database.MIGRATIONS, SCHEMA_VERSION: broken})
    with pytest.raises(RuntimeError, match="upgrade step failed"):
        open_upgrading(path)
    assert database.pending_upgrade(path) == (1, SCHEMA_VERSION)
