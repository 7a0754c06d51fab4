"""The search index answers substrings exactly: no wildcard leaks, no match across names;
removing most customers builds it again from the rest."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from peewee import SqliteDatabase

from crm_desktop.domain.search_text import pinyin_spellings
from crm_desktop.services import customers
from crm_desktop.services.customer_list import CustomerFilter, query_ids
from crm_desktop.storage import search
from crm_desktop.storage.models import Customer
from tests.unit.tracing import statements_run


def _found(text: str) -> set[int]:
    return set(query_ids(CustomerFilter(text=text)))


def test_glob_characters_in_a_query_are_literal(
    db: SqliteDatabase, new_customer: Callable[..., int]
) -> None:
    star = new_customer("A*B Studio")
    plain = new_customer("AXB Studio")
    assert _found("a*b") == {star}
    assert _found("a?b") == set()
    assert plain in _found("axb")


def test_two_character_query_does_not_span_two_names(
    db: SqliteDatabase, new_customer: Callable[..., int]
) -> None:
    # The short index holds 曾小明 then 李四 for one customer: 明李 is not in either name.
    customer = new_customer("曾小明", short_name="李四")
    assert customer in _found("小明")
    assert customer in _found("李四")
    assert customer in _found("明")
    assert _found("明李") == set()


def test_pinyin_is_read_in_context_with_every_surname_reading() -> None:
    full, initials = pinyin_spellings("长沙银行")
    assert full[0] == "changshayinhang"  # 长 as in 长沙, 行 as in 银行
    assert "zhangshayinhang" in full  # the first character in its other reading
    assert all(spelling.endswith("yinhang") for spelling in full)  # no rare 行 readings
    assert initials[0] == "csyh"
    full, _ = pinyin_spellings("单田芳")
    assert {"shantianfang", "dantianfang"} <= set(full)
    full, _ = pinyin_spellings("李解放")
    assert {"lijiefang", "lixiefang"} <= set(full)  # 解 is a polyphonic surname anywhere
    # Only the Chinese characters are read: a branch number changes nothing.
    assert pinyin_spellings("长沙银行 No.3") == pinyin_spellings("长沙银行")
    assert pinyin_spellings("No.3") == ([], [])


def test_one_or_two_latin_letters_find_initials_and_words_by_their_start(
    db: SqliteDatabase, new_customer: Callable[..., int]
) -> None:
    zeng = new_customer("曾小明")
    acme = new_customer("Acme Trading")
    assert zeng in _found("zx") and zeng in _found("z")
    assert acme in _found("tr") and acme in _found("Ac")
    assert zeng not in _found("xm"), "initials match from their start"


def test_removing_most_customers_builds_the_index_again_from_the_rest(
    db: SqliteDatabase, new_customer: Callable[..., int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "REBUILD_MIN_REMOVED", 3)
    staying = new_customer("曾小明", mobiles="13800138000")
    leaving = [new_customer(f"长沙银行{i}", mobiles=f"1390000000{i}") for i in range(4)]
    schema = _index_schema(db)
    search.defer_merges(db)  # as during a bulk load: the rebuilt index keeps the setting
    statements = _delete_and_unindex(db, leaving)
    assert "DROP TABLE customer_fts" in statements, "rebuilt, not deleted row by row"
    assert _index_schema(db) == schema
    for table in ("customer_fts", "customer_short"):
        config = db.execute_sql(f"SELECT k, v FROM {table}_config ORDER BY k").fetchall()
        assert config == [("automerge", 0), ("version", 4)]
    assert _found("曾小明") == _found("zengxiaoming") == _found("zx") == {staying}
    assert _found("13800138000") == _found("明") == {staying}
    assert _found("长沙银行") == _found("csyh") == _found("1390000000") == set()
    indexed = db.execute_sql("SELECT rowid FROM customer_short").fetchall()
    assert indexed == [(staying,)]


def test_removing_fewer_customers_than_stay_deletes_them_row_by_row(
    db: SqliteDatabase, new_customer: Callable[..., int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "REBUILD_MIN_REMOVED", 3)
    staying = [new_customer(f"老客户{i}") for i in range(4)]
    leaving = [new_customer(f"新客户{i}") for i in range(3)]
    statements = _delete_and_unindex(db, leaving)
    assert not any(s.startswith("DROP TABLE") for s in statements)
    assert _found("客户") == set(staying)


def test_undoing_a_big_delete_indexes_the_customers_again_without_a_rebuild(
    db: SqliteDatabase, new_customer: Callable[..., int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "REBUILD_MIN_REMOVED", 3)
    everyone = [new_customer(f"长沙银行{i}") for i in range(10)]
    removal = customers.delete_customers(everyone[:6])
    assert _found("长沙银行") == set(everyone[6:])
    with statements_run(db) as statements:
        # The six come back before their index rows: there is nothing of them to remove.
        customers.undo_operation(removal.operation_id or 0)
    assert not any(s.startswith("DROP TABLE") for s in statements)
    assert _found("长沙银行") == _found("csyh") == set(everyone)


def _delete_and_unindex(db: SqliteDatabase, ids: list[int]) -> list[str]:
    """Delete customers and take them out of the index; returns the statements run."""
    with statements_run(db) as statements, db.atomic():
        Customer.delete().where(Customer.id.in_(ids)).execute()
        search.remove_customers(db, ids)
    return statements


def _index_schema(db: SqliteDatabase) -> list[tuple[str, str]]:
    return db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE name LIKE 'customer_fts%' "
        "OR name LIKE 'customer_short%' ORDER BY name"
    ).fetchall()
