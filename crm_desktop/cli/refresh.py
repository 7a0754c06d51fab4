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

    open_db(args)
    started = time.perf_counter()
    customers = facts.refresh_all(dt.date.today())
    seconds = time.perf_counter() - started
    emit(
        args,
        {"customers": customers, "seconds": round(seconds, 2)},
        f"Recomputed the facts of {customers:,} customers in {seconds:.1f} s.",
    )
    return 0
