"""The window's Print commands: read the report's data on the worker, then show the preview.

- `print_profile(parent, customer_id)`: the one-page customer profile.
- `print_list(parent, list_tab)`: the list as the tab shows it (its ids in order, its
  visible columns, its filter in words).
- `print_labels(parent, list_tab)`: address labels for the selected customers when several
  are selected, else for the whole list.
"""

from __future__ import annotations

from array import array

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.ui import customer_reports, printing, tasks
from crm_desktop.ui.customer_list_tab import CustomerListTab
from crm_desktop.ui.errors import show_error


def tr(text: str) -> str:
    # lupdate files the strings of a module-level tr("...") under the empty context.
    return QCoreApplication.translate("", text)


def _nothing_to_print(parent: QWidget, text: str) -> None:
    QMessageBox.information(parent, tr("Print"), text)


def print_profile(parent: QWidget, customer_id: int | None) -> None:
    if customer_id is None:
        _nothing_to_print(parent, tr("Open a customer first, then print its profile."))
        return
    tasks.run_task(
        parent,
        lambda token: customer_reports.load_profile(customer_id),
        on_success=lambda data: printing.print_with_preview(
            customer_reports.ProfileReport(data), parent
        ),
        on_failure=lambda error: _profile_failed(parent, error),
        label=tr("Preparing the customer profile..."),
    )


def _profile_failed(parent: QWidget, error: BaseException) -> None:
    if isinstance(error, customer_reports.CustomerNotFound):
        _nothing_to_print(parent, tr("This customer no longer exists: it was deleted."))
    else:
        show_error(parent, error)


def _still_loading(parent: QWidget, list_tab: CustomerListTab) -> bool:
    """True (and the user told) while the list shows only its first rows."""
    if not list_tab.model.is_partial():
        return False
    _nothing_to_print(
        parent,
        tr("The list is still loading: print it when the status bar shows its count."),
    )
    return True


def print_list(parent: QWidget, list_tab: CustomerListTab) -> None:
    if _still_loading(parent, list_tab):
        return
    ids = array("q", list_tab.model.ids())
    if not ids:
        _nothing_to_print(parent, tr("The list is empty: there is nothing to print."))
        return
    columns = list_tab.visible_columns()
    description = list_tab.panel.summary() or customer_reports.tr("All customers")
    tasks.run_task(
        parent,
        lambda token: customer_reports.list_data(ids, columns, description),
        on_success=lambda data: printing.print_with_preview(
            customer_reports.ListReport(data), parent
        ),
        label=tr("Preparing the customer list..."),
    )


def print_labels(parent: QWidget, list_tab: CustomerListTab) -> None:
    selected = list_tab.selected_ids()
    if len(selected) <= 1 and _still_loading(parent, list_tab):
        return
    ids = selected if len(selected) > 1 else list(list_tab.model.ids())
    if not ids:
        _nothing_to_print(parent, tr("The list is empty: there are no addresses to print."))
        return
    tasks.run_task(
        parent,
        lambda token: customer_reports.load_labels(ids),
        on_success=lambda entries: printing.print_with_preview(
            customer_reports.LabelReport(entries), parent
        ),
        label=tr("Preparing the address labels..."),
    )
