"""The search index answers substrings exactly: no wildcard leaks, no match across names."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from crm_desktop.domain.search_text import pinyin_spellings
from crm_desktop.services.customer_list import CustomerFilter, query_ids


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


def test_one_or_two_latin_letters_find_initials_and_words_by_their_start(
    db: SqliteDatabase, new_customer: Callable[..., int]
) -> None:
    zeng = new_customer("曾小明")
    acme = new_customer("Acme Trading")
    assert zeng in _found("zx") and zeng in _found("z")
    assert acme in _found("tr") and acme in _found("Ac")
    assert zeng not in _found("xm"), "initials match from their start"
