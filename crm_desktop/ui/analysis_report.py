"""The analysis report: the headline figures, every chart as an image, and its table.

The same sections as the reports tab (ui/analysis_views), printed through the shared page
framework (ui/printing: header with the company and date, page numbers, preview, PDF).
Charts are drawn by the chart widgets off-screen (`charts.render_chart`), so the printout
looks like the tab. That needs a QApplication (widgets), not only a QGuiApplication;
`write_analysis_pdf` starts an offscreen one when none is running.

    write_analysis_pdf(path, Period.last_12_months(today), Scope())  # the headless report
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from crm_desktop.services import staff, tags
from crm_desktop.services.analytics import Analysis, Period, Scope, analyse
from crm_desktop.ui import analysis_views, labels, printing
from crm_desktop.ui.charts import render_chart

# Drawn at about a screen's size, so its text prints at a readable size once scaled to the
# page width.
CHART_WIDTH_PX = 820
CHART_HEIGHT_PX = 360
CHART_MAX_HEIGHT_MM = 80.0
HEADLINE_COLUMNS = 4  # five to a row cut the bigger money figures short
SECTION_GAP_PT = 14.0


def scope_text(scope: Scope) -> str:
    """What the scope covers, in words, for the page."""
    parts = []
    if scope.owner_id is not None:
        names = {member.id: member.name for member in staff.list_staff()}
        parts.append(
            QCoreApplication.translate("AnalysisReport", "owner {name}").format(
                name=names.get(scope.owner_id, str(scope.owner_id))
            )
        )
    if scope.tier is not None:
        parts.append(
            QCoreApplication.translate("AnalysisReport", "tier {tier}").format(
                tier=labels.tiers().get(scope.tier, scope.tier)
            )
        )
    if scope.tag_id is not None:
        found = {tag.tag_id: tag.label for tag in tags.list_tags()}
        parts.append(
            QCoreApplication.translate("AnalysisReport", "tag {tag}").format(
                tag=found.get(scope.tag_id, str(scope.tag_id))
            )
        )
    if scope.customer_filter is not None and not scope.customer_filter.is_empty():
        parts.append(QCoreApplication.translate("AnalysisReport", "the customer list's filter"))
    if not parts:
        return QCoreApplication.translate("AnalysisReport", "All customers")
    return QCoreApplication.translate("AnalysisReport", "Customers of {parts}").format(
        parts=", ".join(parts)
    )


class AnalysisReport(printing.FlowReport):
    """One analysis on paper: period and scope, headline tiles, then chart and table pairs."""

    def __init__(self, analysis: Analysis, page_setup: printing.PageSetup | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("AnalysisReport", "Analysis report"), page_setup
        )
        self.analysis = analysis
        self.sections = analysis_views.sections(analysis)
        self.scope_line = scope_text(analysis.scope)
        # Rendered once: laying the report out again (another paper size) reuses them.
        self.images = {
            section.code: self._chart_image(section) for section in self.sections if section.rows
        }

    @staticmethod
    def _chart_image(section: analysis_views.Section) -> QImage:
        chart = analysis_views.make_chart(section.title, section.chart_kind)
        try:
            # The caption above the picture names the chart; the button is for the screen.
            chart.title_label.hide()
            chart.save_button.hide()
            analysis_views.fill_chart(chart, section)
            return render_chart(chart, CHART_WIDTH_PX, CHART_HEIGHT_PX)
        finally:
            chart.deleteLater()

    def blocks(self, ctx: printing.PageContext) -> Sequence[printing.Block]:
        period = self.analysis.period
        subtitle = QCoreApplication.translate(
            "AnalysisReport", "{start} to {end} (as of {as_of}) · {scope}"
        ).format(
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            as_of=self.analysis.as_of.isoformat(),
            scope=self.scope_line,
        )
        blocks: list[printing.Block] = [
            printing.Heading(self.title, subtitle=subtitle),
            printing.FigureTiles(
                analysis_views.headline_items(self.analysis.headline), columns=HEADLINE_COLUMNS
            ),
        ]
        for section in self.sections:
            if not section.rows:
                blocks.append(printing.Heading(section.title, size_pt=printing.BODY_PT + 1))
                blocks.append(
                    printing.Paragraph(
                        QCoreApplication.translate(
                            "AnalysisReport", "No data for this period and scope."
                        ),
                        muted=True,
                    )
                )
                blocks.append(printing.Spacer(SECTION_GAP_PT))
                continue
            blocks.append(
                printing.Picture(
                    self.images[section.code], CHART_MAX_HEIGHT_MM, caption=section.title
                )
            )
            columns = [
                printing.TableColumn(
                    c.header,
                    numeric=c.kind != analysis_views.TEXT,
                    stretch=1.0 if c.kind == analysis_views.TEXT else 0.0,
                )
                for c in section.columns
            ]
            rows = [
                [analysis_views.cell_text(c.kind, row.get(c.key)) for c in section.columns]
                for row in section.rows
            ]
            blocks.append(printing.Table(columns, rows))
            blocks.append(printing.Spacer(SECTION_GAP_PT))
        return blocks


def _application() -> QApplication:
    """The running QApplication, or a new offscreen one (the headless command)."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if existing is not None:
        raise RuntimeError(
            "the analysis report draws its charts with widgets: start a QApplication, "
            "not a QGuiApplication or QCoreApplication"
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(["crm_desktop"])


def write_analysis_pdf(
    path: str | os.PathLike[str],
    period: Period,
    scope: Scope,
    today: dt.date | None = None,
    page_setup: printing.PageSetup | None = None,
) -> int:
    """Compute the analysis and write its report to a PDF; returns the number of pages."""
    app = _application()
    report = AnalysisReport(analyse(period, scope, today=today), page_setup)
    pages = printing.save_pdf(report, path)
    del app  # kept alive until the PDF is written
    return pages
