"""The first page of a search, found row by row along the sort index, agrees with the full
query: the same customers match, in the same order, and a narrow search gives up in time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from peewee import SqliteDatabase

from crm_desktop.services import contacts, customer_list
from crm_desktop.services.customer_list import CustomerFilter, first_matches, query_ids
from crm_desktop.storage import search
from crm_desktop.storage.database import bound_database

QUERIES = (
    "张",
    "伟",
    "张伟",
    "伟明",
    "明李",
    "赵六",
    "有限",
    "公司",
    "有限公司",
    "z",
    "zw",
    "zs",
    "zx",
    "cx",
    "zhangwei",
    "huawei",
    "1",
    "13",
    "139",
    "1391",
    "13912345678",
    "021-5555",
    "5555",
    "a*b",
    "a?b",
    "a*",
    "*",
    "?",
    "[",
    "[x]",
    "x]",
    "ab",
    "ac",
    "tr",
    "acme",
    "example",
    "@",
    ".com",
    "é",
    "ém",
    "ｂ",
    "ａｂ",
    "co",
    "a-",
    "王w",
    "nobody at all",
)


@pytest.fixture
def varied(db: SqliteDatabase, new_customer: Callable[..., int]) -> list[int]:
    """Customers found by Chinese names, pinyin, phones, e-mails and GLOB's own characters."""
    ids = [
        new_customer("张伟", mobiles="13912345678"),
        new_customer("张伟明科技有限公司", short_name="伟明"),
        new_customer("北京华为科技有限公司", email="info@huawei.com"),
        new_customer("曾小明", short_name="李四"),
        new_customer("Acme Trading", email="sales@acme.example"),
        new_customer("A*B Studio"),
        new_customer("AXB Studio"),
        new_customer("A?B Lab"),
        new_customer("[X] Works"),
        new_customer("Zsolt Kiss"),
        new_customer("上海张江有限公司", phones="021-5555 1391"),
        new_customer("Émile & Co"),
        new_customer("ＡＢＣ贸易"),
        new_customer("王w商行", email="wang.wu@example.com"),
        new_customer("A-Z Supplies"),
    ]
    contacts.add_contact(ids[2], {"name": "赵六", "mobile": "13700001111"})
    return ids


def _matched(sql: str, params: list[object]) -> list[int]:
    rows = bound_database().execute_sql(sql, params)
    return sorted(row[0] for row in rows)


@pytest.mark.parametrize("text", QUERIES)
def test_the_row_test_finds_exactly_what_the_index_finds(varied: list[int], text: str) -> None:
    match = search.match_clause(text)
    row_test = search.row_test_clause(text)
    assert match is not None and row_test is not None
    by_index = _matched(f"SELECT c.id FROM customer c WHERE c.id IN ({match[0]})", match[1])
    by_row = _matched(f"SELECT c.id FROM customer c WHERE {row_test[0]}", row_test[1])
    assert by_row == by_index


def test_the_varied_base_exercises_the_queries(varied: list[int]) -> None:
    # The equality above is only worth something if the queries find different sets.
    found = {text: tuple(query_ids(CustomerFilter(text=text))) for text in QUERIES}
    assert found["a*b"] == (varied[5],)
    assert found["a?b"] == (varied[7],)
    assert found["[x]"] == (varied[8],)
    assert varied[0] in found["zw"] and varied[2] in found["赵六"]
    assert varied[10] in found["1391"] and varied[10] in found["021-5555"]
    assert found["nobody at all"] == ()
    assert len(set(found.values())) >= 20


def test_an_empty_query_has_no_row_test() -> None:
    assert search.row_test_clause("   ") is None


@pytest.fixture
def companies(db: SqliteDatabase, new_customer: Callable[..., int]) -> list[int]:
    """Twelve matches of 有限公司 among others, with equal values to sort (tier, dates)."""
    ids = []
    for number in range(24):
        name = f"{'有限公司' if number % 2 else '个体户'}{number:02d}号"
        ids.append(new_customer(name))
    db.execute_sql(
        "UPDATE customer SET purchase_total_cents = (id % 5) * 100, "
        "last_contact_at = CASE WHEN id % 3 = 0 THEN NULL ELSE '2026-01-0' || (id % 4 + 1) END"
    )
    return ids


@pytest.mark.parametrize(
    ("sort", "descending"),
    [
        ("name", False),
        ("name", True),
        ("tier", False),
        ("tier", True),
        ("purchase_total", True),
        ("purchase_total", False),
        ("last_contact", True),
        ("created", True),
    ],
)
def test_first_matches_are_the_first_page_of_the_full_query(
    companies: list[int], sort: str, descending: bool
) -> None:
    flt = CustomerFilter(text="有限公司")
    full = list(query_ids(flt, sort, descending))
    assert len(full) == 12
    for limit in (1, 5, 12, 30):
        first = first_matches(flt, sort, descending, limit=limit)
        assert first is not None
        assert list(first) == full[:limit]


def test_first_matches_keeps_the_other_filters(companies: list[int]) -> None:
    bound_database().execute_sql("UPDATE customer SET tier = 'vip' WHERE id % 4 = 2")
    flt = CustomerFilter(text="公司", tiers=["vip"])
    first = first_matches(flt, "name", limit=200)
    assert first is not None and len(first) > 0
    assert list(first) == list(query_ids(flt, "name"))


def test_first_matches_of_the_archive(companies: list[int]) -> None:
    bound_database().execute_sql(
        "UPDATE customer SET archived_at = '2026-0' || (id % 3 + 1) || '-01' WHERE id % 2 = 0"
    )
    flt = CustomerFilter(text="有限公司", archived=True)
    for descending in (False, True):
        first = first_matches(flt, "tier", descending, limit=4)
        assert first is not None
        assert list(first) == list(query_ids(flt, "tier", descending))[:4]


def test_a_narrow_search_gives_up_when_its_budget_is_spent(
    companies: list[int], new_customer: Callable[..., int]
) -> None:
    target = new_customer("只此一家")
    flt = CustomerFilter(text="只此一家")
    # Walking 25 rows by name to reach it takes more than a hundred SQLite steps.
    assert first_matches(flt, "name", limit=200, steps=100) is None
    assert list(first_matches(flt, "name", limit=200) or []) == [target]
    assert first_matches(flt, "name", limit=200, steps=100, stop=lambda: False) is None
    none_found = first_matches(CustomerFilter(text="无此客户"), "name", limit=200)
    assert none_found is not None and len(none_found) == 0, "a walk to the end is complete"


def test_a_search_whose_matches_come_too_slowly_gives_up_early(
    companies: list[int], new_customer: Callable[..., int]
) -> None:
    for number in range(60):  # 客户 (kehu) sorts between 个体户 (geti) and 有限公司 (youxian)
        new_customer(f"客户{number:02d}")
    flt = CustomerFilter(text="有限公司")
    row_test = search.row_test_clause(flt.text)
    assert row_test is not None
    used: list[int] = []
    db = bound_database()
    with search.stoppable(db, stop=lambda steps: used.append(steps) or False):
        db.execute_sql(
            f"SELECT c.id FROM customer c WHERE {row_test[0]} ORDER BY c.sort_name", row_test[1]
        ).fetchall()
    whole_walk = max(used)
    budget = whole_walk * 2
    # The budget would finish the walk, but the matches all come last: at a quarter of it
    # none is found, a pace that cannot reach the twelve asked for.
    assert first_matches(flt, "name", limit=12, steps=budget) is None
    # Walked the other way the matches come first, and the same budget finds them.
    descending = first_matches(flt, "name", descending=True, limit=12, steps=budget)
    assert descending is not None and list(descending) == list(query_ids(flt, "name", True))


def test_a_superseded_walk_stops(companies: list[int], new_customer: Callable[..., int]) -> None:
    for number in range(60):  # enough rows for the walk to reach its first check
        new_customer(f"客户{number:02d}")
    asked: list[bool] = []

    def superseded() -> bool:
        asked.append(True)
        return True

    flt = CustomerFilter(text="只此一家")
    assert first_matches(flt, "name", limit=200, steps=10_000_000, stop=superseded) is None
    assert asked == [True], "stopped at the first check"


def test_the_full_query_stops_when_asked(
    companies: list[int], new_customer: Callable[..., int]
) -> None:
    for number in range(60):  # enough rows for the query to reach its first check
        new_customer(f"客户{number:02d}")
    flt = CustomerFilter(text="客户")
    with pytest.raises(customer_list.QueryStopped):
        query_ids(flt, "name", stop=lambda: True)
    assert len(query_ids(flt, "name", stop=lambda: False)) == 60
    assert len(query_ids(flt, "name")) == 60, "the check is gone after a stopped query"


def test_the_budget_is_removed_after_the_walk(companies: list[int]) -> None:
    assert first_matches(CustomerFilter(text="只此一家"), "name", limit=9, steps=100) is None
    # A long query on the same connection afterwards runs to its end.
    assert len(query_ids(CustomerFilter(), "name")) == 24


def test_without_search_text_there_is_nothing_to_preview(companies: list[int]) -> None:
    assert first_matches(CustomerFilter(tiers=["ordinary"]), "name", limit=5) is None


def test_the_walk_follows_the_sort_index_and_looks_rows_up_by_id(companies: list[int]) -> None:
    row_test = search.row_test_clause("有限公司")
    assert row_test is not None
    db = bound_database()
    db.execute_sql("ANALYZE")  # as a real base would be: statistics guide the plan
    where, params = customer_list.build_where(
        CustomerFilter(), dt.date.today(), customer_list.settings_service.business_settings()
    )
    plan = " | ".join(
        str(row[3])
        for row in db.execute_sql(
            f"EXPLAIN QUERY PLAN SELECT c.id FROM customer c WHERE {where} AND {row_test[0]} "
            f"ORDER BY c.sort_name LIMIT 200",
            [*params, *row_test[1]],
        )
    )
    assert "SCAN c USING COVERING INDEX customer_sort_name_archived_at" in plan
    assert "customer_fts VIRTUAL TABLE INDEX 0:=" in plan
    assert "TEMP B-TREE" not in plan
