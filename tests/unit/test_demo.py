"""Demo data: every class the product shows appears, the same seed gives the same data."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import SqliteDatabase

from crm_desktop.domain.settings import (
    CUSTOMER_STAGES,
    LIFECYCLE_STAGES,
    RFM_SEGMENTS,
    TIERS,
    VALUE_CLASSES,
)
from crm_desktop.services import customer_list, demo
from crm_desktop.storage import search

TODAY = dt.date(2026, 11, 23)


def _column_values(db: SqliteDatabase, column: str) -> set[str]:
    return {row[0] for row in db.execute_sql(f"SELECT DISTINCT {column} FROM customer")}


def _table_counts(db: SqliteDatabase) -> dict[str, int]:
    tables = ("customer", "contact", "follow_up", "deal", "orders", "service_record", "need")
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_two_hundred_customers_cover_every_class(db: SqliteDatabase) -> None:
    summary = demo.generate_demo(200, seed=3, today=TODAY)

    assert summary.customers == 200
    assert summary.orders > 0 and summary.follow_ups > 0 and summary.deals > 0
    assert _column_values(db, "tier") == set(TIERS)
    assert set(RFM_SEGMENTS) <= _column_values(db, "rfm_segment")
    assert set(VALUE_CLASSES) <= _column_values(db, "value_class")
    assert set(CUSTOMER_STAGES) <= _column_values(db, "stage")
    rows = customer_list.fetch_rows(
        customer_list.query_ids(customer_list.CustomerFilter()), today=TODAY
    )
    assert {row["lifecycle"] for row in rows} == set(LIFECYCLE_STAGES)
    names = [row["name"] for row in rows]
    assert any(name.isascii() for name in names), "English names appear"
    assert any(not name.isascii() for name in names), "Chinese names appear"


def test_history_spans_three_years_and_reaches_ahead(db: SqliteDatabase) -> None:
    demo.generate_demo(200, seed=3, today=TODAY)
    first, last = db.execute_sql(
        "SELECT min(occurred_at), max(occurred_at) FROM follow_up"
    ).fetchone()
    assert dt.date.fromisoformat(first[:10]) <= TODAY - dt.timedelta(days=900)
    assert dt.date.fromisoformat(last[:10]) <= TODAY
    upcoming = db.execute_sql(
        "SELECT count(*) FROM customer WHERE next_follow_up > ?", (TODAY.isoformat(),)
    ).fetchone()[0]
    assert upcoming > 0


def test_same_seed_gives_same_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.storage.database import close_database, open_database

    dumps = []
    for name in ("a.db", "b.db"):
        db = open_database(tmp_path / name)
        demo.generate_demo(60, seed=11, today=TODAY)
        dumps.append(
            list(
                db.execute_sql(
                    "SELECT name, code, tier, mobiles, purchase_total_cents FROM customer "
                    "ORDER BY id"
                )
            )
        )
        close_database()
    assert dumps[0] == dumps[1]


def test_search_index_is_filled(db: SqliteDatabase) -> None:
    demo.generate_demo(100, seed=5, today=TODAY)
    name = db.execute_sql("SELECT name FROM customer WHERE id = 1").fetchone()[0]
    clause = search.match_clause(name[:4])
    assert clause is not None
    found = customer_list.query_ids(customer_list.CustomerFilter(text=name[:4]), today=TODAY)
    assert 1 in found


def test_adds_to_an_existing_base_and_reports_progress(db: SqliteDatabase) -> None:
    demo.generate_demo(30, seed=1, today=TODAY)
    before = _table_counts(db)
    seen: list[tuple[int, int]] = []
    summary = demo.generate_demo(30, seed=2, today=TODAY, progress=lambda d, t: seen.append((d, t)))
    after = _table_counts(db)
    assert after["customer"] == before["customer"] + 30
    assert summary.first_id == 31 and summary.last_id == 60
    assert seen[-1] == (30, 30)
    codes = [r[0] for r in db.execute_sql("SELECT code FROM customer WHERE code IS NOT NULL")]
    assert len(codes) == len(set(codes)), "customer codes stay unique"


def test_cancel_keeps_what_was_committed(db: SqliteDatabase) -> None:
    summary = demo.generate_demo(10, seed=1, today=TODAY, cancel=lambda: True)
    assert summary.cancelled and summary.customers == 0
    assert _table_counts(db)["customer"] == 0


def test_negative_count_is_refused(db: SqliteDatabase) -> None:
    with pytest.raises(ValueError, match="negative"):
        demo.generate_demo(-1)
