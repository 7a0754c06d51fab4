"""What a service call changed, so each screen refreshes only what is affected."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Changes:
    """A record of what changed. `all_customers` means the list must be queried again."""

    customer_ids: frozenset[int] = field(default_factory=frozenset)
    all_customers: bool = False
    follow_ups: bool = False
    deals: bool = False
    orders: bool = False
    services: bool = False
    tags: bool = False
    staff: bool = False
    settings: bool = False
    operation_id: int | None = None

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            customer_ids=self.customer_ids | other.customer_ids,
            all_customers=self.all_customers or other.all_customers,
            follow_ups=self.follow_ups or other.follow_ups,
            deals=self.deals or other.deals,
            orders=self.orders or other.orders,
            services=self.services or other.services,
            tags=self.tags or other.tags,
            staff=self.staff or other.staff,
            settings=self.settings or other.settings,
            operation_id=other.operation_id or self.operation_id,
        )

    @staticmethod
    def everything(**fields: Any) -> Changes:
        """Anything may have changed (demo data, an import or its undo, a restore): every
        open screen reads its data again."""
        return Changes(
            all_customers=True,
            follow_ups=True,
            deals=True,
            orders=True,
            services=True,
            tags=True,
            staff=True,
            settings=True,
            **fields,
        )

    @staticmethod
    def customers(ids: int | Iterable[int], **flags: Any) -> Changes:
        """Changes to these customers (one id or several)."""
        id_set = frozenset([ids]) if isinstance(ids, int) else frozenset(ids)
        return Changes(customer_ids=id_set, **flags)
