"""A broad search shows its first matches before its full query ends, and nothing treats
that first page as the whole result."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from crm_desktop.services import customer_list
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.storage.database import database_path
from crm_desktop.ui import customer_list_model as list_model
from crm_desktop.ui import tasks
from crm_desktop.ui.customer_list_model import CustomerListModel
from crm_desktop.ui.customer_list_tab import CustomerListTab
from crm_desktop.ui.export_dialog import ExportDialog
from crm_desktop.ui.main_window import MainWindow
from tests.gui.conftest import MessageBoxes


@pytest.fixture
def companies(db: SqliteDatabase, new_customer: Callable[..., int]) -> list[int]:
    """Five companies a search for 有限公司 finds, and two it does not."""
    found = [new_customer(f"{city}有限公司") for city in ("北京", "上海", "广州", "深圳", "杭州")]
    new_customer("张三")
    new_customer("李四")
    return found


@pytest.fixture
def small_preview(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(list_model, "PREVIEW_ROWS", 2)
    monkeypatch.setattr(list_model, "PREVIEW_AFTER_S", 0)


@dataclass
class HeldTasks:
    """The list's query tasks kept until the test runs them, in the order it chooses (the
    preview runs on a background worker beside the full query: either may finish first).
    Other widgets' tasks run as usual."""

    run_now: Callable[..., Any]
    held: list[tuple[Callable[[Any], Any], Callable[[Any], None] | None, bool]] = field(
        default_factory=list
    )
    failure_handlers: dict[int, Callable[[BaseException], None]] = field(default_factory=dict)

    def run_task(
        self,
        parent: Any,
        work: Callable[[Any], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        background: bool = False,
        **options: Any,
    ) -> Any:
        if not work.__qualname__.startswith("CustomerListModel.query"):
            return self.run_now(
                parent, work, on_success=on_success, background=background, **options
            )
        self.held.append((work, on_success, background))
        if options.get("on_failure") is not None:
            self.failure_handlers[id(work)] = options["on_failure"]
        return None

    def finish(self, background: bool) -> None:
        """Run the first held task of that kind and hand its result back."""
        index = next(i for i, task in enumerate(self.held) if task[2] == background)
        work, on_success, _ = self.held.pop(index)
        try:
            result = work(tasks.CancelToken(lambda done, total: None))
        except Exception as exc:
            self.failure_handlers[id(work)](exc)
            return
        if on_success is not None:
            on_success(result)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldTasks]:
    holder = HeldTasks(tasks.run_task)
    monkeypatch.setattr(tasks, "run_task", holder.run_task)
    yield holder


def _shown(model: CustomerListModel) -> list[int | None]:
    return [model.customer_id(row) for row in range(model.rowCount())]


def test_a_search_shows_its_first_matches_then_the_whole_result(
    qtbot: QtBot, qtmodeltester: Any, companies: list[int], small_preview: None
) -> None:
    model = CustomerListModel()
    model.query(CustomerFilter())
    seen: list[tuple[list[int | None], bool]] = []
    previews: list[int] = []
    model.modelReset.connect(lambda: seen.append((_shown(model), model.is_partial())))
    model.sig_preview_shown.connect(previews.append)

    model.query(CustomerFilter(text="有限公司"))

    (first, first_partial), (full, full_partial) = seen
    assert sorted(full) == sorted(companies)  # type: ignore[type-var]
    assert first == full[:2], "the preview is the first page of the list, in its order"
    assert first_partial and not full_partial
    assert previews == [2]
    qtmodeltester.check(model)


def test_the_preview_shows_only_while_the_whole_result_is_not_in(
    qtbot: QtBot, qtmodeltester: Any, companies: list[int], small_preview: None, held: HeldTasks
) -> None:
    model = CustomerListModel()
    model.query(CustomerFilter(text="有限公司"))
    held.finish(background=True)
    assert model.rowCount() == 2 and model.is_partial() and model.is_busy()
    assert all(cid in companies for cid in _shown(model)), "rows found, no placeholders"
    qtmodeltester.check(model)
    held.finish(background=False)
    assert model.rowCount() == 5 and not model.is_partial()

    # The full result first: the late preview must not replace it.
    model.query(CustomerFilter(text="公司"))
    held.finish(background=False)
    held.finish(background=True)
    assert model.rowCount() == 5 and not model.is_partial()

    # A preview of a search the user has typed past is dropped.
    model.query(CustomerFilter(text="有限"))
    model.query(CustomerFilter(text="张三"))
    held.finish(background=True)
    assert model.rowCount() == 5 and not model.is_partial()
    while held.held:
        held.finish(background=held.held[0][2])
    assert _shown(model) == [model.customer_id(0)] and model.rowCount() == 1


def test_a_search_that_finds_nothing_or_too_few_shows_no_preview(
    qtbot: QtBot, companies: list[int], small_preview: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = CustomerListModel()
    previews: list[int] = []
    model.sig_preview_shown.connect(previews.append)
    model.query(CustomerFilter(text="没有这家"))
    assert previews == [] and model.rowCount() == 0
    # The walk to the one match in a big base spends the preview's budget: no preview.
    monkeypatch.setattr(customer_list, "PREVIEW_STEPS", 100)
    model.query(CustomerFilter(text="深圳"))
    assert previews == [] and model.rowCount() == 1 and not model.is_partial()


def test_the_count_says_it_is_still_searching_until_the_whole_result(
    qtbot: QtBot,
    companies: list[int],
    small_preview: None,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(qsettings, database_path())
    qtbot.addWidget(window)
    window.show()
    tab = window.list_tab
    assert window.count_label.text() == "7 customer(s) in this view"
    holder = HeldTasks(tasks.run_task)
    monkeypatch.setattr(tasks, "run_task", holder.run_task)

    tab.search_edit.setText("有限公司")
    tab._search_now()
    holder.finish(background=True)
    assert window.count_label.text() == "Still searching: showing the first 2 customer(s)"
    window.export_customers()
    (export,) = window.findChildren(ExportDialog)
    assert "2" not in export.current_button.text(), "no count claimed for a partial list"
    export.close()
    assert tab.model.rowCount() == 2
    holder.finish(background=False)
    assert window.count_label.text() == "5 customer(s) in this view"
    window.close()


def test_bulk_actions_wait_for_the_whole_list(
    make_preview_tab: Callable[[], tuple[CustomerListTab, HeldTasks]],
) -> None:
    tab, holder = make_preview_tab()
    tab.view.selectRow(1)
    assert tab.model.is_partial()
    assert not tab.act_archive.isEnabled() and not tab.act_delete.isEnabled()
    assert tab.selection_label.text() == "1 selected (the list is still loading)"
    chosen = tab.model.customer_id(1)
    holder.finish(background=False)
    assert not tab.model.is_partial()
    assert tab.selected_ids() == [chosen], "the chosen customer stays selected"
    assert tab.act_archive.isEnabled() and tab.act_delete.isEnabled()
    assert tab.selection_label.text() == "1 selected"


def test_select_all_on_a_preview_selects_the_whole_result(
    make_preview_tab: Callable[[], tuple[CustomerListTab, HeldTasks]], companies: list[int]
) -> None:
    tab, holder = make_preview_tab()
    tab.view.selectAll()
    assert tab.selection_label.text() == "All selected (the list is still loading)"
    assert not tab.act_archive.isEnabled()
    holder.finish(background=False)
    assert sorted(tab.selected_ids()) == sorted(companies)
    assert tab.act_archive.isEnabled()


def test_choosing_a_row_after_select_all_on_a_preview_keeps_that_row(
    make_preview_tab: Callable[[], tuple[CustomerListTab, HeldTasks]],
) -> None:
    tab, holder = make_preview_tab()
    tab.act_select_all.trigger()
    tab.view.selectRow(0)
    chosen = tab.model.customer_id(0)
    holder.finish(background=False)
    assert tab.selected_ids() == [chosen]


@pytest.fixture
def make_preview_tab(
    qtbot: QtBot,
    companies: list[int],
    small_preview: None,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[], tuple[CustomerListTab, HeldTasks]]]:
    """A list tab showing the preview of a search for 有限公司, its full query held back."""
    from crm_desktop.ui import bus

    made: list[CustomerListTab] = []

    def make() -> tuple[CustomerListTab, HeldTasks]:
        tab = CustomerListTab()
        qtbot.addWidget(tab)
        tab.resize(1000, 400)
        tab.show()
        made.append(tab)
        holder = HeldTasks(tasks.run_task)
        monkeypatch.setattr(tasks, "run_task", holder.run_task)
        tab.search_edit.setText("有限公司")
        tab._search_now()
        holder.finish(background=True)
        return tab, holder

    yield make
    for tab in made:
        bus.bus().sig_changed.disconnect(tab._bus_changed)


def test_printing_the_list_waits_for_the_whole_list(
    make_preview_tab: Callable[[], tuple[CustomerListTab, HeldTasks]],
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.ui import print_actions, printing

    printed: list[object] = []
    monkeypatch.setattr(
        printing, "print_with_preview", lambda report, parent: printed.append(report)
    )
    tab, holder = make_preview_tab()
    print_actions.print_list(tab, tab)
    print_actions.print_labels(tab, tab)
    assert printed == []
    assert len(message_boxes.shown) == 2 and "still loading" in message_boxes.shown[-1][1]
    holder.finish(background=False)
    print_actions.print_list(tab, tab)
    assert len(printed) == 1


def test_a_search_done_within_the_wait_runs_no_preview(
    qtbot: QtBot, companies: list[int], held: HeldTasks, monkeypatch: pytest.MonkeyPatch
) -> None:
    walked: list[str] = []
    monkeypatch.setattr(list_model, "PREVIEW_AFTER_S", 0.02)
    monkeypatch.setattr(
        customer_list, "first_matches", lambda flt, *args, **kwargs: walked.append(flt.text)
    )
    model = CustomerListModel()
    model.query(CustomerFilter(text="有限公司"))
    held.finish(background=False)
    held.finish(background=True)
    assert walked == [], "the full query came first: no walk competes with it"
    assert model.rowCount() == 5 and not model.is_partial()


def test_a_full_query_that_fails_after_its_preview_leaves_no_partial_list(
    make_preview_tab: Callable[[], tuple[CustomerListTab, HeldTasks]],
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.storage.errors import DatabaseBusyError

    tab, holder = make_preview_tab()
    assert tab.model.is_partial()
    finished: list[int] = []
    tab.model.sig_query_finished.connect(finished.append)

    def busy(*args: object, **kwargs: object) -> None:
        raise DatabaseBusyError("The database is busy: another program is writing to it.")

    monkeypatch.setattr(customer_list, "query_ids", busy)
    holder.finish(background=False)
    assert not tab.model.is_partial() and not tab.model.is_busy()
    assert tab.model.rowCount() == 0 and finished == [0]
    assert message_boxes.shown and "busy" in message_boxes.shown[-1][1]
