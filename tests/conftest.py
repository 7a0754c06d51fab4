"""Fixtures shared by both test layers: a fresh database per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from crm_desktop.storage.database import close_database, open_database

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[SqliteDatabase]:
    """An empty, migrated database in a temporary folder, bound to the models."""
    database = open_database(tmp_path / "crm.db")
    try:
        yield database
    finally:
        close_database()


@pytest.fixture
def corpus() -> Path:
    """The shared folder of real third-party spreadsheets; skips, saying so, when absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared spreadsheet corpus is not present at {CORPUS}")
    return CORPUS


@pytest.fixture
def new_customer(db: SqliteDatabase) -> Callable[..., int]:
    """Make customers through services.customers.create_customer: new_customer("名称", **fields)."""
    from crm_desktop.services.customers import create_customer

    def make(name: str = "测试客户", **fields: object) -> int:
        customer_id, _ = create_customer({"name": name, **fields})
        return customer_id

    return make
