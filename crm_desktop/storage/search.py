"""The customer search index: SQLite FTS5 with the trigram tokenizer, plus a short side table.

This is the only module with SQLite-specific search SQL (a server database would replace it).

- `customer_fts(body)`: one row per customer (rowid = customer id) holding names, contact
  names, phones, e-mails and pinyin. The trigram tokenizer finds any substring of three or
  more characters, Chinese included.
- `customer_short(chars, text)`: names and pinyin initials only. Chinese characters are
  indexed one per token, Latin words (initials such as zxm, English names) whole with
  prefix indexes. Trigrams cannot answer one- or two-character queries (张三, zs); this
  index does: Chinese as a phrase of characters, Latin letters as a word prefix (zs finds
  the initials zsf and the name Zsolt).

Every write that changes what a customer is found by calls `reindex_customers` in the same
transaction, so the index never drifts from the data.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

import peewee
from peewee import Database

from crm_desktop.domain.search_text import normalize_query, search_document

TRIGRAM = 3
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
# GLOB's wildcard characters, each written as a one-character class so it matches itself.
_GLOB_LITERAL = {"*": "[*]", "?": "[?]", "[": "[[]"}


def create_index(db: Database) -> None:
    db.execute_sql(
        # detail=none keeps no token positions: a quarter of the size. Substring queries go
        # through GLOB, which the trigram index answers and then checks against the text.
        "CREATE VIRTUAL TABLE IF NOT EXISTS customer_fts "
        "USING fts5(body, tokenize='trigram', detail=none)"
    )
    # One token per Chinese character ("曾 小 明"), Latin words whole ("zxm"): a short query
    # is a phrase or a prefix answered from the index instead of a scan of every name.
    db.execute_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS customer_short "
        "USING fts5(chars, text UNINDEXED, tokenize='unicode61 remove_diacritics 0', "
        "prefix='1 2')"
    )


def _documents(db: Database, ids: Sequence[int]) -> list[tuple[int, str, str]]:
    """Build the index text for customers `ids` from their rows and contacts."""
    docs: list[tuple[int, str, str]] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        contacts: dict[int, list[tuple[str, str, str, str]]] = {}
        for cid, name, mobile, phone, email in db.execute_sql(
            f"SELECT customer_id, name, mobile, phone, email FROM contact "
            f"WHERE customer_id IN ({marks})",
            chunk,
        ):
            contacts.setdefault(cid, []).append((name, mobile, phone, email))
        for cid, name, short_name, phones, mobiles, email in db.execute_sql(
            f"SELECT id, name, short_name, phones, mobiles, email FROM customer "
            f"WHERE id IN ({marks})",
            chunk,
        ):
            people = contacts.get(cid, [])
            body, short = search_document(
                names=[name, short_name, *(p[0] for p in people)],
                phones=[*mobiles.split(), *phones.split(), *(n for p in people for n in p[1:3])],
                emails=[email, *(p[3] for p in people)],
            )
            docs.append((cid, body, short))
    return docs


def write_documents(db: Database, docs: Iterable[tuple[int, str, str]]) -> None:
    """Insert index rows for customers that have none yet (bulk import, demo data)."""
    rows = list(docs)
    cursor = db.cursor()
    cursor.executemany(
        "INSERT INTO customer_fts(rowid, body) VALUES (?, ?)", [(r[0], r[1]) for r in rows]
    )
    cursor.executemany(
        "INSERT INTO customer_short(rowid, chars, text) VALUES (?, ?, ?)",
        [(r[0], short_tokens(r[2]), r[2]) for r in rows],
    )


_INDEX_TABLES = ("customer_fts", "customer_short")
_FTS5_AUTOMERGE = 4  # FTS5's default
_FINAL_MERGE_PAGES = 2000  # the merge budget when a bulk load ends: enough for its segments


def defer_merges(db: Database) -> None:
    """For a bulk load: FTS5 stops merging the index segments each transaction adds
    (merging after every batch of 10,000 customers took a quarter of the time spent
    filling the index); `merge_segments` merges them once at the end. The setting is
    stored in the index: `restore_merging` puts it back."""
    for table in _INDEX_TABLES:
        db.execute_sql(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 0)")


def restore_merging(db: Database) -> None:
    """Turn FTS5's automatic merging back on where `defer_merges` turned it off (also at
    open, after a load that was killed)."""
    for table in _INDEX_TABLES:
        row = db.execute_sql(f"SELECT v FROM {table}_config WHERE k = 'automerge'").fetchone()
        if row is not None and row[0] != _FTS5_AUTOMERGE:
            db.execute_sql(
                f"INSERT INTO {table}({table}, rank) VALUES ('automerge', {_FTS5_AUTOMERGE})"
            )


def merge_segments(db: Database) -> None:
    """Merge the segments a bulk load left unmerged (`defer_merges`)."""
    for table in _INDEX_TABLES:
        db.execute_sql(f"INSERT INTO {table}({table}, rank) VALUES ('merge', {_FINAL_MERGE_PAGES})")


# Removing at least this many customers, and at least as many as stay, builds the index
# again from the rows that stay (`_rebuild_without`).
REBUILD_MIN_REMOVED = 10_000


def remove_customers(db: Database, ids: Sequence[int]) -> None:
    """Take these customers out of the index.

    FTS5 deletes a row by reading its text back and taking each of its tokens out: 4.3 s
    for the 100,000 customers of an undone import. When the removal outweighs what stays
    (undoing the first big import, above all), copying the rows that stay into a new index
    is cheaper.
    """
    if len(ids) >= REBUILD_MIN_REMOVED:
        # Count only the ids the index holds: undoing a delete reindexes customers that
        # are not in it yet.
        (indexed,) = db.execute_sql("SELECT count(*) FROM customer_fts_docsize").fetchone()
        (present,) = db.execute_sql(
            "SELECT count(*) FROM customer_fts_docsize "
            "WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(ids))],
        ).fetchone()
        if present >= REBUILD_MIN_REMOVED and 2 * present >= indexed:
            _rebuild_without(db, ids)
            return
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        db.execute_sql(f"DELETE FROM customer_fts WHERE rowid IN ({marks})", chunk)
        db.execute_sql(f"DELETE FROM customer_short WHERE rowid IN ({marks})", chunk)


def _rebuild_without(db: Database, ids: Sequence[int]) -> None:
    """Build both index tables again with every row but those of customers `ids`, keeping
    their settings (a bulk load's deferred merging). In a transaction of its own, or the
    caller's: the old index stays until the new one is complete."""
    with db.atomic():
        db.execute_sql("DROP TABLE IF EXISTS temp.kept_documents")
        db.execute_sql(
            "CREATE TEMP TABLE kept_documents AS "
            "SELECT f.rowid AS id, f.body AS body, s.chars AS chars, s.text AS text "
            "FROM customer_fts f JOIN customer_short s ON s.rowid = f.rowid "
            "WHERE f.rowid NOT IN (SELECT value FROM json_each(?))",
            [json.dumps(list(ids))],
        )
        settings = {
            table: db.execute_sql(
                f"SELECT k, v FROM {table}_config WHERE k <> 'version'"
            ).fetchall()
            for table in _INDEX_TABLES
        }
        for table in _INDEX_TABLES:
            db.execute_sql(f"DROP TABLE {table}")
        create_index(db)
        for table, rows in settings.items():
            for key, value in rows:
                db.execute_sql(f"INSERT INTO {table}({table}, rank) VALUES (?, ?)", [key, value])
        db.execute_sql("INSERT INTO customer_fts(rowid, body) SELECT id, body FROM kept_documents")
        db.execute_sql(
            "INSERT INTO customer_short(rowid, chars, text) "
            "SELECT id, chars, text FROM kept_documents"
        )
        db.execute_sql("DROP TABLE temp.kept_documents")


def reindex_customers(db: Database, ids: Iterable[int]) -> None:
    """Rebuild the index rows of these customers (deleted customers simply drop out)."""
    id_list = sorted(set(ids))
    if not id_list:
        return
    remove_customers(db, id_list)
    write_documents(db, _documents(db, id_list))


def match_clause(text: str) -> tuple[str, list[object]] | None:
    """SQL for `customer.id IN (...)` matching `text`, or None for an empty query.

    Three or more characters use the trigram index (a GLOB substring pattern, so the
    characters must be adjacent). Shorter queries use the per-character index of names and
    initials: a phrase of the query's characters, checked with instr() against the text
    (the phrase alone could span two names).
    """
    query = normalize_query(text)
    if not query:
        return None
    if len(query) >= TRIGRAM:
        return "SELECT rowid FROM customer_fts WHERE body GLOB ?", [_substring_glob(query)]
    if query.isascii() and query.isalnum():
        return "SELECT rowid FROM customer_short WHERE customer_short MATCH ?", [f"{query}*"]
    tokens = short_tokens(query).split()
    if not tokens:
        return "SELECT rowid FROM customer_short WHERE instr(text, ?) > 0", [query]
    phrase = '"' + " ".join(tokens) + '"'
    return (
        "SELECT rowid FROM customer_short WHERE customer_short MATCH ? AND instr(text, ?) > 0",
        [phrase, query],
    )


def _substring_glob(query: str) -> str:
    """A GLOB pattern matching text that contains `query` literally."""
    return "*" + "".join(_GLOB_LITERAL.get(char, char) for char in query) + "*"


def short_tokens(text: str) -> str:
    """The short index's tokens: every Chinese character apart, Latin words kept whole."""
    return _CJK_RUN.sub(_spaced, text)


def _spaced(run: re.Match[str]) -> str:
    return " " + " ".join(run.group()) + " "


def row_test_clause(text: str) -> tuple[str, list[object]] | None:
    """SQL testing one row of `customer c` against `text`, or None for an empty query.

    True for exactly the customers `match_clause(text)` finds, but asked row by row: each
    test looks the customer's index text up by rowid. A walk along a sort index can then
    stop at the first page of matches instead of collecting and ordering every match.
    """
    query = normalize_query(text)
    if not query:
        return None
    if len(query) >= TRIGRAM:
        return "(SELECT body FROM customer_fts WHERE rowid = c.id) GLOB ?", [_substring_glob(query)]
    contains = "instr((SELECT text FROM customer_short WHERE rowid = c.id), ?) > 0"
    confirm = "EXISTS (SELECT 1 FROM customer_short WHERE customer_short MATCH ? AND rowid = c.id)"
    if query.isascii() and query.isalnum():
        # A word that starts with the query contains it, so instr() is a cheap first test
        # that rules out nearly every row; the index confirms the word start for the rest.
        return f"{contains} AND {confirm}", [query, f"{query}*"]
    tokens = short_tokens(query).split()
    if not tokens or _CJK_RUN.fullmatch(query):
        # As in match_clause, instr() alone decides a query without tokens; and Chinese
        # characters are indexed one a token, so text containing them holds the phrase.
        return contains, [query]
    return f"{contains} AND {confirm}", [query, '"' + " ".join(tokens) + '"']


# The progress handler runs every this many virtual machine steps.
_STEPS_PER_CHECK = 1000


class QueryStopped(Exception):
    """A query run under `stoppable` was given up: over its budget, or no longer wanted."""


@contextmanager
def stoppable(
    db: Database, *, steps: int | None = None, stop: Callable[[int], bool] | None = None
) -> Iterator[None]:
    """Queries run inside stop with QueryStopped after about `steps` SQLite virtual machine
    steps (None: no limit), or soon after `stop(steps_so_far)` turns true (it is asked
    every thousand steps).

    For reads worth finishing only while they are quick or still wanted: a preview that
    the full query replaces anyway, a query the user has typed past. The check is set on
    this thread's connection and removed on leaving.
    """
    interval = _STEPS_PER_CHECK if steps is None else max(1, min(steps, _STEPS_PER_CHECK))
    limit = None if steps is None else max(steps // interval, 1) * interval
    used = 0
    gave_up = False

    def check() -> bool:
        nonlocal used, gave_up
        used += interval
        gave_up = (limit is not None and used >= limit) or (stop is not None and stop(used))
        return gave_up

    connection = db.connection()
    connection.set_progress_handler(check, interval)
    try:
        yield
    except (sqlite3.OperationalError, peewee.OperationalError) as exc:
        if gave_up:  # SQLite interrupted the query because the check said so
            raise QueryStopped(str(exc)) from exc
        raise
    finally:
        connection.set_progress_handler(None, 0)
