"""`refresh`: recompute every customer's derived facts and the whole-base classification."""

from __future__ import annotations

import argparse
import datetime as dt
import time

from crm_desktop.cli import AddCommand, emit, open_db


def register(add: AddCommand) -> None:
    parser = add(
        "refresh", "recompute tiers, stages, value classes, RFM segments and activity scores"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from crm_desktop.services import facts
    from crm_desktop.storage.database import bound_database

    open_db(args)
    started = time.perf_counter()
    today = dt.date.today()
    ids = [row[0] for row in bound_database().execute_sql("SELECT id FROM customer")]
    facts.refresh_customers(ids, today=today)
    facts.refresh_classification(today)
    seconds = time.perf_counter() - started
    emit(
        args,
        {"customers": len(ids), "seconds": round(seconds, 2)},
        f"Recomputed the facts of {len(ids):,} customers in {seconds:.1f} s.",
    )
    return 0
