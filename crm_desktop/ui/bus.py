"""One signal that says what a service call changed; every screen listens and refreshes.

After a service call that writes, a widget calls `changed(changes)`; each tab decides from
the `Changes` whether it needs to refresh (Anki's OpChanges pattern).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from crm_desktop.services.changes import Changes
from crm_desktop.services.customer_list import CustomerFilter


class ChangeBus(QObject):
    sig_changed = Signal(object)
    """Emitted with a `Changes` after every write."""

    sig_open_customer = Signal(int)
    """Emitted with a customer id when something asks to show that customer's detail."""

    sig_show_customers = Signal(object)
    """Emitted with a `CustomerFilter` when something asks to show those customers in the list
    (e.g. a click on a chart's bar)."""


_bus: ChangeBus | None = None


def bus() -> ChangeBus:
    global _bus
    if _bus is None:
        _bus = ChangeBus()
    return _bus


def changed(changes: Changes) -> None:
    bus().sig_changed.emit(changes)


def open_customer(customer_id: int) -> None:
    bus().sig_open_customer.emit(customer_id)


def show_customers(customer_filter: CustomerFilter) -> None:
    bus().sig_show_customers.emit(customer_filter)
