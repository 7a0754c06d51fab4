"""`search TEXT`: the customers the list's search box would find, best known first."""

from __future__ import annotations

import argparse

from crm_desktop.cli import AddCommand, UserError, emit, open_db

DEFAULT_LIMIT = 50
SHOWN_COLUMNS = ("id", "code", "name", "tier", "owner_name", "mobiles", "email", "city")


def register(add: AddCommand) -> None:
    parser = add("search", "find customers by name, contact, phone fragment, e-mail or pinyin")
    parser.add_argument("text", help="what to look for, e.g. 张, zhangwei, zw, 1380013")
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        help=f"at most this many (default {DEFAULT_LIMIT})",
    )
    parser.add_argument(
        "--archived", action="store_true", help="search the archived customers instead"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.text.strip():
        raise UserError("give some text to search for")
    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    from crm_desktop.services import customer_list

    open_db(args)
    flt = customer_list.CustomerFilter(text=args.text, archived=args.archived)
    ids = customer_list.query_ids(flt, sort="name")
    rows = customer_list.fetch_rows(ids[: args.limit])
    found = [{column: row[column] for column in SHOWN_COLUMNS} for row in rows]
    emit(
        args, {"query": args.text, "total": len(ids), "customers": found}, _as_text(found, len(ids))
    )
    return 0


def _as_text(rows: list[dict[str, object]], total: int) -> str:
    if not rows:
        return "No customer matches."
    lines = [
        "  ".join(str(row[column] or "") for column in SHOWN_COLUMNS if column != "owner_name")
        + (f"  ({row['owner_name']})" if row["owner_name"] else "")
        for row in rows
    ]
    more = total - len(rows)
    if more > 0:
        lines.append(f"... and {more:,} more (use --limit)")
    return "\n".join(lines)
