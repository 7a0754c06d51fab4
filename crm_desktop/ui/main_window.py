"""The main window: tabs, menus, toolbar, status bar, and the state kept between runs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from crm_desktop import APP_NAME
from crm_desktop.services import facts
from crm_desktop.services.changes import Changes
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.ui import bus, print_actions, tasks
from crm_desktop.ui.backup_dialog import BackupDialog, BackupScheduler
from crm_desktop.ui.customer_detail_tab import CustomerDetailTab
from crm_desktop.ui.customer_list_tab import CustomerListTab
from crm_desktop.ui.follow_up_tab import FollowUpTab
from crm_desktop.ui.reports_tab import ReportsTab

log = logging.getLogger(__name__)

TAB_LIST, TAB_DETAIL, TAB_LOG, TAB_REPORTS = range(4)


class MainWindow(QMainWindow):
    """Customer list, customer detail and follow-up log, over one database."""

    def __init__(self, settings: QSettings, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.db_path = db_path
        self.setWindowTitle(f"{APP_NAME} \u2014 {db_path.name}")
        self.setObjectName("MainWindow")

        self.list_tab = CustomerListTab(self)
        self.detail_tab = CustomerDetailTab(self)
        self.log_tab = FollowUpTab(self)
        # Builds its charts (and loads pyqtgraph) when first shown, not at start-up.
        self.reports_tab = ReportsTab(self, list_filter=self.list_tab.current_filter)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.list_tab, self.tr("Customers"))
        self.tabs.addTab(self.detail_tab, self.tr("Customer detail"))
        self.tabs.addTab(self.log_tab, self.tr("Follow-up log"))
        self.tabs.addTab(self.reports_tab, self.tr("Reports"))
        self.setCentralWidget(self.tabs)
        self._current_tab = TAB_LIST
        self.tabs.currentChanged.connect(self._tab_changed)

        self.count_label = QLabel(self)
        self.reminder_label = QLabel(self)
        # Permanent widgets sit on the right, so messages on the left never overlap them.
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.reminder_label)

        self._build_actions()
        self.list_tab.sig_count_changed.connect(self._show_count)
        self.list_tab.sig_searching.connect(self._show_searching)
        self.list_tab.sig_current_changed.connect(self._current_customer_changed)
        self.log_tab.sig_reminders_changed.connect(self._show_reminders)
        bus.bus().sig_open_customer.connect(self.open_customer)
        bus.bus().sig_show_customers.connect(self.show_customers)
        self.restore_state()
        self._reminders_shown = False
        self.backup_scheduler = BackupScheduler(self)

    # -- actions -----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str,
        slot: object,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip or text.replace("&", "").replace("...", ""))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(
            self.tr("&New customer"), QKeySequence.StandardKey.New, self.new_customer
        )
        self.act_find = self._action(
            self.tr("&Find..."), QKeySequence.StandardKey.Find, self.find_customer
        )
        self.act_log = self._action(self.tr("&Log follow-up"), "Ctrl+L", self.log_follow_up)
        self.act_settings = self._action(self.tr("&Settings..."), "Ctrl+,", self.open_settings)
        self.act_backups = self._action(self.tr("&Backups and restore..."), "", self.open_backups)
        self.act_refresh = self._action(
            self.tr("&Recompute classification"),
            "F5",
            self.recompute_classification,
            self.tr("Recompute tiers, value classes and RFM"),
        )
        self.act_quit = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.act_about = self._action(self.tr("&About CRM Desktop"), "", self.about)
        self.act_print = self._action(
            self.tr("&Print..."),
            QKeySequence.StandardKey.Print,
            self.print_current,
            self.tr("Print the customer profile or the customer list, with a preview"),
        )
        self.act_print_labels = self._action(
            self.tr("Print address &labels..."), "", self.print_labels
        )

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        file_menu.addAction(self.act_print)
        file_menu.addAction(self.act_print_labels)
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        file_menu.addAction(self.act_backups)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        customer_menu = self.menuBar().addMenu(self.tr("&Customer"))
        for action in (self.act_new, self.act_find, self.act_log):
            customer_menu.addAction(action)
        customer_menu.addSeparator()
        customer_menu.addAction(self.act_refresh)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("MainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar = toolbar
        for action in (
            self.act_new,
            self.act_find,
            self.act_log,
            self.act_print,
            self.act_settings,
        ):
            toolbar.addAction(action)
        self._build_import_export_actions()

    def _build_import_export_actions(self) -> None:
        """Import, import history, export and the template: first in the File menu."""
        self.act_import = self._action(
            self.tr("&Import..."),
            "Ctrl+I",
            self.import_spreadsheet,
            self.tr("Import customers, follow-ups, deals or orders from Excel or CSV"),
        )
        self.act_import.setObjectName("act_import")
        self.act_import_history = self._action(
            self.tr("Import &history..."), "", self.import_history,
            self.tr("The imports so far; undo one"),
        )
        self.act_export = self._action(
            self.tr("&Export..."), "Ctrl+E", self.export_customers,
            self.tr("Export the current list or all customers to Excel or CSV"),
        )
        self.act_import_template = self._action(
            self.tr("Save import &template..."), "", self.save_import_template,
            self.tr("A blank workbook with the columns the import recognises"),
        )
        actions = [self.act_import, self.act_import_history, self.act_export,
                   self.act_import_template]
        first = self.file_menu.actions()[0] if self.file_menu.actions() else None
        self.file_menu.insertActions(first, actions)  # type: ignore[arg-type]
        self.file_menu.insertSeparator(first)  # type: ignore[arg-type]
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_import)
        self.toolbar.addAction(self.act_export)

    # -- what the actions do -------------------------------------------------------------

    def import_spreadsheet(self) -> None:
        from crm_desktop.ui.import_wizard import open_import_wizard

        open_import_wizard(self)

    def import_history(self) -> None:
        from crm_desktop.ui.import_history import open_import_history

        open_import_history(self)

    def export_customers(self) -> None:
        from crm_desktop.ui.export_dialog import ExportDialog

        model = self.list_tab.model
        dialog = ExportDialog(
            self.list_tab.current_filter(),
            self.list_tab.current_sort(),
            self.list_tab.visible_columns(),
            # While the list shows only its first rows, its length is not known yet (the
            # export runs the whole query itself).
            None if model.is_partial() else model.rowCount(),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_import_template(self) -> None:
        from crm_desktop.ui.export_dialog import save_import_template

        save_import_template(self)

    def _leave_detail_ok(self) -> bool:
        return self.detail_tab.confirm_leave()

    def new_customer(self) -> None:
        if not self._leave_detail_ok():
            return
        self.detail_tab.new_customer()
        self.tabs.setCurrentIndex(TAB_DETAIL)

    def find_customer(self) -> None:
        self.tabs.setCurrentIndex(TAB_LIST)
        self.list_tab.focus_search()

    def log_follow_up(self) -> None:
        in_detail = self.tabs.currentIndex() == TAB_DETAIL
        customer_id = (self.detail_tab.current_customer_id() if in_detail else None) or (
            self.list_tab.current_customer_id() or self.detail_tab.current_customer_id()
        )
        self.log_tab.set_customer(customer_id)
        self.tabs.setCurrentIndex(TAB_LOG)
        self.log_tab.start_quick_entry()

    def open_customer(self, customer_id: int) -> None:
        if customer_id != self.detail_tab.current_customer_id() and not self._leave_detail_ok():
            return
        self.detail_tab.load_customer(customer_id)
        self.log_tab.set_customer(customer_id)
        self.tabs.setCurrentIndex(TAB_DETAIL)

    def show_customers(self, customer_filter: CustomerFilter) -> None:
        """Show the customer list filtered (e.g. to the customers of a chart's bar)."""
        self.list_tab.set_filter(customer_filter)
        self.tabs.setCurrentIndex(TAB_LIST)

    def open_backups(self) -> None:
        BackupDialog(self).exec()

    def open_settings(self) -> None:
        from crm_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.db_path, self)
        dialog.exec()

    def recompute_classification(self) -> None:
        tasks.run_task(
            self,
            lambda token: facts.refresh_classification(),
            on_success=lambda n: bus.changed(Changes(all_customers=True)),
            label=self.tr("Recomputing tiers, value classes and RFM segments..."),
        )

    def print_current(self) -> None:
        """The profile on the detail tab, the analysis on the reports tab, else the list."""
        current = self.tabs.currentWidget()
        if current is self.detail_tab:
            print_actions.print_profile(self, self.detail_tab.current_customer_id())
        elif current is self.reports_tab:
            self.reports_tab.print_report()
        else:
            print_actions.print_list(self, self.list_tab)

    def print_labels(self) -> None:
        print_actions.print_labels(self, self.list_tab)

    def about(self) -> None:
        from crm_desktop.logs import log_file
        from crm_desktop.ui.about_dialog import AboutDialog

        AboutDialog(self.db_path, log_file(), self).exec()

    # -- reacting ------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if self._current_tab == TAB_DETAIL and index != TAB_DETAIL and not self._leave_detail_ok():
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(TAB_DETAIL)
            self.tabs.blockSignals(False)
            return
        # An empty detail tab shows the list's current customer; a new customer's form stays.
        if index == TAB_DETAIL and self.detail_tab.is_empty():
            current = self.list_tab.current_customer_id()
            if current is not None:
                self.detail_tab.load_customer(current)
        self._current_tab = index

    def _current_customer_changed(self, customer_id: object) -> None:
        if isinstance(customer_id, int):
            self.log_tab.set_customer(customer_id)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n customer(s) in this view", "", count))

    def _show_searching(self, shown: int) -> None:
        self.count_label.setText(
            self.tr("Still searching: showing the first %n customer(s)", "", shown)
        )

    def _show_reminders(self, due: int) -> None:
        self.reminder_label.setText(self.tr("%n follow-up(s) due", "", due) if due else "")
        label = self.tr("Follow-up log")
        self.tabs.setTabText(TAB_LOG, f"{label} ({due})" if due else label)
        if due and not self._reminders_shown:
            self._reminders_shown = True
            QTimer.singleShot(0, self._announce_reminders)

    def _announce_reminders(self) -> None:
        """Once per start: say unobtrusively that follow-ups are due (no modal dialog)."""
        text = self.log_tab.reminder_summary()
        if text:
            self.statusBar().showMessage(text, 15_000)

    # -- state ---------------------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for tab in (self.list_tab, self.detail_tab, self.log_tab, self.reports_tab):
            tab.restore_state(self.settings)
        last_tab = self.settings.value("window/tab", TAB_LIST, type=int)
        if isinstance(last_tab, int) and 0 <= last_tab < self.tabs.count():
            self.tabs.setCurrentIndex(last_tab)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        for tab in (self.list_tab, self.detail_tab, self.log_tab, self.reports_tab):
            tab.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_detail_ok():
            event.ignore()
            return
        self.save_state()
        # Threads still running at exit crash the process: cancel them, wait, and end the
        # workers, their database connections closed.
        tasks.shutdown()
        event.accept()
