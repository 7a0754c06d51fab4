"""`demo --customers N [--seed S]`: add realistic demo customers with their whole history."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from crm_desktop.cli import AddCommand, UserError, emit, open_db

DEFAULT_CUSTOMERS = 2_000


def register(add: AddCommand) -> None:
    parser = add("demo", "add demo customers with three years of history (creates the database)")
    parser.add_argument(
        "--customers",
        type=int,
        default=DEFAULT_CUSTOMERS,
        metavar="N",
        help=f"how many customers to add (default {DEFAULT_CUSTOMERS})",
    )
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.customers < 0:
        raise UserError("--customers must be zero or more")
    from crm_desktop.services.demo import generate_demo

    open_db(args, create=True)

    def report(done: int, total: int) -> None:
        if not args.json:
            print(f"{done:,} / {total:,} customers", file=sys.stderr, flush=True)

    summary = generate_demo(args.customers, seed=args.seed, progress=report)
    emit(
        args,
        asdict(summary),
        f"Added {summary.customers:,} customers, {summary.contacts:,} contacts, "
        f"{summary.follow_ups:,} follow-ups, {summary.deals:,} deals, "
        f"{summary.orders:,} orders and {summary.service_records:,} service records "
        f"in {summary.seconds:.1f} s.",
    )
    return 0
